package app.outlay.service.split;

import app.outlay.data.Database;
import app.outlay.testing.TestDatabases;

/** Split payments on a real PostgreSQL server (embedded, or the one OUTLAY_TEST_PG_URL names). */
class PostgresSplitsTest extends SplitsContractTest {

    @Override
    protected Database database() {
        return TestDatabases.postgres();
    }
}
