package app.outlay.service.rules;

import app.outlay.data.Database;
import app.outlay.testing.TestDatabases;

/** The rules contract on a real PostgreSQL server (embedded, or the one OUTLAY_TEST_PG_URL names). */
class PostgresRulesTest extends RulesContractTest {

    @Override
    protected Database database() {
        return TestDatabases.postgres();
    }
}
