package app.outlay.service.attachment;

import app.outlay.data.Database;
import app.outlay.testing.TestDatabases;

/** Receipts and tags on a real PostgreSQL server (embedded, or the one OUTLAY_TEST_PG_URL names). */
class PostgresReceiptsAndTagsTest extends ReceiptsAndTagsContractTest {

    @Override
    protected Database database() {
        return TestDatabases.postgres();
    }
}
