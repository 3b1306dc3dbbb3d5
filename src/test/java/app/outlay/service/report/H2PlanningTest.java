package app.outlay.service.report;

import app.outlay.data.Database;
import app.outlay.testing.TestDatabases;

/** Categories, budgets, recurring expenses and reports on H2. */
class H2PlanningTest extends PlanningContractTest {

    @Override
    protected Database database() {
        return TestDatabases.h2();
    }
}
