package app.outlay.service.split;

import app.outlay.data.Database;
import app.outlay.testing.TestDatabases;

/** Split payments on the embedded H2 database. */
class H2SplitsTest extends SplitsContractTest {

    @Override
    protected Database database() {
        return TestDatabases.h2();
    }
}
