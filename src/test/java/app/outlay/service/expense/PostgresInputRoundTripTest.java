package app.outlay.service.expense;

import app.outlay.data.Database;
import app.outlay.testing.TestDatabases;

/** Input round trips on a real PostgreSQL server. */
class PostgresInputRoundTripTest extends InputRoundTripContractTest {

    @Override
    protected Database database() {
        return TestDatabases.postgres();
    }
}
