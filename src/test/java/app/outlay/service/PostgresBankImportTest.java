package app.outlay.service;

import app.outlay.data.Database;
import app.outlay.testing.TestDatabases;

class PostgresBankImportTest extends BankImportContractTest {

    @Override
    protected Database database() {
        return TestDatabases.postgres();
    }
}
