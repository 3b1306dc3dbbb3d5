package app.outlay.service.importing;

import app.outlay.data.Database;
import app.outlay.testing.TestDatabases;

/** Refunds and income on the embedded H2 database. */
class H2MoneyInTest extends MoneyInContractTest {

    @Override
    protected Database database() {
        return TestDatabases.h2();
    }
}
