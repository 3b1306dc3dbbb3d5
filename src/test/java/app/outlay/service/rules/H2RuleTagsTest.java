package app.outlay.service.rules;

import app.outlay.data.Database;
import app.outlay.testing.TestDatabases;

/** Rules that add tags on the H2 database. */
class H2RuleTagsTest extends RuleTagsContractTest {

    @Override
    protected Database database() {
        return TestDatabases.h2();
    }
}
