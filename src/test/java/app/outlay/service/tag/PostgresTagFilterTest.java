package app.outlay.service.tag;

import app.outlay.data.Database;
import app.outlay.testing.TestDatabases;

/** The tag filter on the PostgreSQL database. */
class PostgresTagFilterTest extends TagFilterContractTest {

    @Override
    protected Database database() {
        return TestDatabases.postgres();
    }
}
