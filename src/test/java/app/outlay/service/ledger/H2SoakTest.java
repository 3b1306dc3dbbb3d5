package app.outlay.service.ledger;

import app.outlay.data.Database;
import app.outlay.data.DatabaseSettings;
import app.outlay.testing.TestDatabases;

import java.nio.file.Path;

/** The soak run on the embedded H2 database; it switches to new H2 files. */
class H2SoakTest extends SoakContractTest {

    @Override
    protected Database database() {
        return TestDatabases.h2();
    }

    @Override
    protected DatabaseSettings anotherDatabase(Path folder) {
        return DatabaseSettings.h2(folder.resolve("outlay"));
    }
}
