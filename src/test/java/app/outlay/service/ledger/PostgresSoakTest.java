package app.outlay.service.ledger;

import app.outlay.data.Database;
import app.outlay.data.DatabaseSettings;
import app.outlay.testing.TestDatabases;
import app.outlay.testing.TestPostgres;

import java.nio.file.Path;

/** The soak run on a real PostgreSQL server; it switches to new databases on the same server. */
class PostgresSoakTest extends SoakContractTest {

    @Override
    protected Database database() {
        return TestDatabases.postgres();
    }

    @Override
    protected DatabaseSettings anotherDatabase(Path folder) {
        return TestPostgres.freshDatabase();
    }

    /** Dropped too, so runs against a lasting server (CI's) do not pile up databases. */
    @Override
    protected void discard(Database database) {
        super.discard(database);
        TestPostgres.drop(database.settings());
    }
}
