package app.outlay.service.importing;

import app.outlay.data.Database;
import app.outlay.testing.TestDatabases;

/** The import contract on the embedded H2 database. */
class H2ImportTest extends ImportContractTest {

    @Override
    protected Database database() {
        return TestDatabases.h2();
    }
}
