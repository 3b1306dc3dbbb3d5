package app.outlay.service.importing;

import app.outlay.data.Database;
import app.outlay.testing.TestDatabases;

class H2BankImportTest extends BankImportContractTest {

    @Override
    protected Database database() {
        return TestDatabases.h2();
    }
}
