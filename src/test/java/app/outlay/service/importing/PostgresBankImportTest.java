package app.outlay.service.importing;

import app.outlay.data.Database;
import app.outlay.testing.TestDatabases;

class PostgresBankImportTest extends BankImportContractTest {

    @Override
    protected Database database() {
        return TestDatabases.postgres();
    }
}
