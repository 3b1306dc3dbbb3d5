package app.outlay.service.importing;

import app.outlay.data.Database;
import app.outlay.testing.TestDatabases;

/** Refunds and income on a real PostgreSQL server (embedded, or the one OUTLAY_TEST_PG_URL names). */
class PostgresMoneyInTest extends MoneyInContractTest {

    @Override
    protected Database database() {
        return TestDatabases.postgres();
    }
}
