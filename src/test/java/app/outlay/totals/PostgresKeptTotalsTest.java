package app.outlay.totals;

import app.outlay.data.Database;
import app.outlay.testing.TestDatabases;

/** The kept totals on a real PostgreSQL server (embedded, or the one OUTLAY_TEST_PG_URL names). */
class PostgresKeptTotalsTest extends KeptTotalsContractTest {

    @Override
    protected Database database() {
        return TestDatabases.postgres();
    }
}
