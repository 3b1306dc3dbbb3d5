package app.outlay.service.ledger;

import app.outlay.data.Database;
import app.outlay.testing.TestDatabases;

/** The currency contract on a real PostgreSQL server (embedded, or the one OUTLAY_TEST_PG_URL names). */
class PostgresCurrencyTest extends CurrencyContractTest {

    @Override
    protected Database database() {
        return TestDatabases.postgres();
    }
}
