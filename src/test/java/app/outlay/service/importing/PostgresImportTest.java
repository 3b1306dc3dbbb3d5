package app.outlay.service.importing;

import app.outlay.data.Database;
import app.outlay.testing.TestDatabases;

/** The import contract on a real PostgreSQL server (embedded, or the one OUTLAY_TEST_PG_URL names). */
class PostgresImportTest extends ImportContractTest {

    @Override
    protected Database database() {
        return TestDatabases.postgres();
    }
}
