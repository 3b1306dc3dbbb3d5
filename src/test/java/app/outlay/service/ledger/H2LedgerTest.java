package app.outlay.service.ledger;

import app.outlay.data.Database;
import app.outlay.testing.TestDatabases;

/** The ledger contract on the embedded H2 database. */
class H2LedgerTest extends LedgerContractTest {

    @Override
    protected Database database() {
        return TestDatabases.h2();
    }
}
