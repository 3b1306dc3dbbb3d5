package app.outlay.service.expense;

import app.outlay.data.Database;
import app.outlay.testing.TestDatabases;

/** Entries in other currencies on a real PostgreSQL server (embedded, or the one OUTLAY_TEST_PG_URL names). */
class PostgresForeignCurrencyTest extends ForeignCurrencyContractTest {

    @Override
    protected Database database() {
        return TestDatabases.postgres();
    }
}
