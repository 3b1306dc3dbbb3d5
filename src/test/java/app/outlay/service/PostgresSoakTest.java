package app.outlay.service;

import app.outlay.data.Database;
import app.outlay.testing.TestDatabases;

/** The soak run on a real PostgreSQL server. */
class PostgresSoakTest extends SoakContractTest {

    @Override
    protected Database database() {
        return TestDatabases.postgres();
    }
}
