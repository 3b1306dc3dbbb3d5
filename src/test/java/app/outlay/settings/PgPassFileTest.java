package app.outlay.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PgPassFileTest {

    @TempDir
    Path home;

    @Test
    void writesAnOwnerOnlyEntryAndReplacesItsOwnLineOnly() throws Exception {
        PgPassFile file = PgPassFile.forUser(Map.of(), "Linux", home);
        assertThat(file.file()).isEqualTo(home.resolve(".pgpass"));
        Files.writeString(file.file(), "other.host:5432:*:bob:bobs-secret\n");

        file.remember("db.example", 5432, "ledger", "ann", "first");
        file.remember("db.example", 5432, "ledger", "ann", "pa:ss\\word");

        assertThat(Files.readAllLines(file.file())).containsExactly(
                "db.example:5432:ledger:ann:pa\\:ss\\\\word",
                "other.host:5432:*:bob:bobs-secret");
        assertThat(file.permissions()).isEqualTo("rw-------");
    }

    @Test
    void pgpassfileVariableWins() {
        assertThat(PgPassFile.forUser(Map.of("PGPASSFILE", "/secure/pw"), "Linux", home).file()).isEqualTo(Path.of("/secure/pw"));
        assertThat(PgPassFile.forUser(Map.of("APPDATA", "/c/AppData"), "Windows 10", home).file())
                .isEqualTo(Path.of("/c/AppData/postgresql/pgpass.conf"));
    }

    /** Issue 25.7: the driver takes the first matching line, so a wildcard line before it hid the remembered password. */
    @Test
    void theRememberedPasswordWinsOverAWildcardLineAsTheDriverReadsTheFile() throws Exception {
        PgPassFile file = PgPassFile.forUser(Map.of(), "Linux", home);
        Files.writeString(file.file(), "# mine\n*:*:*:ann:old-everywhere\n");

        file.remember("db.example", 5432, "ledger", "ann", "remembered");

        String previous = System.setProperty("org.postgresql.pgpassfile", file.file().toString());
        try {
            assertThat(org.postgresql.jdbcurlresolver.PgPassParser.getPassword("db.example", "5432", "ledger", "ann"))
                    .isEqualTo("remembered");
            assertThat(org.postgresql.jdbcurlresolver.PgPassParser.getPassword("other.host", "5432", "ledger", "ann"))
                    .isEqualTo("old-everywhere");
        } finally {
            if (previous == null) {
                System.clearProperty("org.postgresql.pgpassfile");
            } else {
                System.setProperty("org.postgresql.pgpassfile", previous);
            }
        }
        assertThat(Files.readAllLines(file.file())).containsExactly("# mine", "db.example:5432:ledger:ann:remembered",
                "*:*:*:ann:old-everywhere");
    }
}
