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
                "other.host:5432:*:bob:bobs-secret",
                "db.example:5432:ledger:ann:pa\\:ss\\\\word");
        assertThat(file.permissions()).isEqualTo("rw-------");
    }

    @Test
    void pgpassfileVariableWins() {
        assertThat(PgPassFile.forUser(Map.of("PGPASSFILE", "/secure/pw"), "Linux", home).file()).isEqualTo(Path.of("/secure/pw"));
        assertThat(PgPassFile.forUser(Map.of("APPDATA", "/c/AppData"), "Windows 10", home).file())
                .isEqualTo(Path.of("/c/AppData/postgresql/pgpass.conf"));
    }
}
