package app.outlay.service.report;

import app.outlay.data.Database;
import app.outlay.testing.TestDatabases;

/** Categories, budgets, recurring expenses and reports on a real PostgreSQL server. */
class PostgresPlanningTest extends PlanningContractTest {

    @Override
    protected Database database() {
        return TestDatabases.postgres();
    }
}
