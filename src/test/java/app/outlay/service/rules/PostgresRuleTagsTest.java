package app.outlay.service.rules;

import app.outlay.data.Database;
import app.outlay.testing.TestDatabases;

/** Rules that add tags on the PostgreSQL database. */
class PostgresRuleTagsTest extends RuleTagsContractTest {

    @Override
    protected Database database() {
        return TestDatabases.postgres();
    }
}
