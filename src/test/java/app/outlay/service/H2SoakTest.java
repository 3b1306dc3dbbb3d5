package app.outlay.service;

import app.outlay.data.Database;
import app.outlay.testing.TestDatabases;

/** The soak run on the embedded H2 database. */
class H2SoakTest extends SoakContractTest {

    @Override
    protected Database database() {
        return TestDatabases.h2();
    }
}
