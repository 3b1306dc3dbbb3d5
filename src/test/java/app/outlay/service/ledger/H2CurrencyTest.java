package app.outlay.service.ledger;

import app.outlay.data.Database;
import app.outlay.testing.TestDatabases;

/** The currency contract on the embedded H2 database. */
class H2CurrencyTest extends CurrencyContractTest {

    @Override
    protected Database database() {
        return TestDatabases.h2();
    }
}
