package app.outlay.service.rules;

import app.outlay.data.Database;
import app.outlay.testing.TestDatabases;

/** The rules contract on the embedded H2 database. */
class H2RulesTest extends RulesContractTest {

    @Override
    protected Database database() {
        return TestDatabases.h2();
    }
}
