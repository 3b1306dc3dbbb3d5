package app.outlay.service.tag;

import app.outlay.data.Database;
import app.outlay.testing.TestDatabases;

/** The tag filter on the H2 database. */
class H2TagFilterTest extends TagFilterContractTest {

    @Override
    protected Database database() {
        return TestDatabases.h2();
    }
}
