package app.outlay.service.attachment;

import app.outlay.data.Database;
import app.outlay.testing.TestDatabases;

/** Receipts and tags on the embedded H2 database. */
class H2ReceiptsAndTagsTest extends ReceiptsAndTagsContractTest {

    @Override
    protected Database database() {
        return TestDatabases.h2();
    }
}
