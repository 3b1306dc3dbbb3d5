package app.outlay.data;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** "Is this the same database?", defined once: for the copy, the copy command and the settings' switch. */
class SameDatabaseTest {

    private static final DatabaseSettings SERVER = DatabaseSettings.postgresql("db.example.org", 5432, "ledger", "ann",
            DatabaseSettings.SslMode.REQUIRE, null);

    @Test
    void anEmbeddedFileIsTheSameWhicheverWayItsPathIsWritten() {
        Path base = Path.of("/tmp/outlay-same/ledger");
        assertThat(DatabaseSettings.h2(base).sameDatabase(DatabaseSettings.h2(Path.of("/tmp/outlay-same/../outlay-same/ledger")))).isTrue();
        assertThat(DatabaseSettings.h2(base).sameDatabase(DatabaseSettings.h2(base.resolveSibling("other")))).isFalse();
        assertThat(DatabaseSettings.h2(base).sameDatabase(SERVER)).isFalse();
    }

    @Test
    void aServerDatabaseIsTheSameForAnyUserButNotTheSameConnection() {
        DatabaseSettings bob = DatabaseSettings.postgresql("DB.example.org", 5432, "ledger", "bob", DatabaseSettings.SslMode.REQUIRE, "pw");
        assertThat(SERVER.sameDatabase(bob)).isTrue();
        assertThat(SERVER.sameConnection(bob)).isFalse();
        assertThat(SERVER.sameConnection(SERVER.withPassword("another"))).as("passwords aside").isTrue();
        assertThat(SERVER.sameConnection(DatabaseSettings.postgresql("db.example.org", 5432, "ledger", "ann",
                DatabaseSettings.SslMode.VERIFY_FULL, null))).isFalse();
        assertThat(SERVER.sameDatabase(DatabaseSettings.postgresql("db.example.org", 5433, "ledger", "ann",
                DatabaseSettings.SslMode.REQUIRE, null))).isFalse();
    }
}
