package app.outlay.totals;

import app.outlay.data.Database;
import app.outlay.testing.TestDatabases;

/** The kept totals on the embedded H2 database. */
class H2KeptTotalsTest extends KeptTotalsContractTest {

    @Override
    protected Database database() {
        return TestDatabases.h2();
    }
}
