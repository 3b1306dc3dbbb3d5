package app.outlay.service.expense;

import app.outlay.data.Database;
import app.outlay.testing.TestDatabases;

/** Input round trips on the embedded H2 database. */
class H2InputRoundTripTest extends InputRoundTripContractTest {

    @Override
    protected Database database() {
        return TestDatabases.h2();
    }
}
