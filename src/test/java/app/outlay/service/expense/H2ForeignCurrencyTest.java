package app.outlay.service.expense;

import app.outlay.data.Database;
import app.outlay.testing.TestDatabases;

/** Entries in other currencies on the embedded H2 database. */
class H2ForeignCurrencyTest extends ForeignCurrencyContractTest {

    @Override
    protected Database database() {
        return TestDatabases.h2();
    }
}
