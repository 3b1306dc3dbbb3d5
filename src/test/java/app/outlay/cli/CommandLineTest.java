package app.outlay.cli;

import app.outlay.testing.CliRun;
import app.outlay.testing.CliRun.Result;
import app.outlay.data.DatabaseSettings;
import app.outlay.testing.MigrationScripts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineTest {

    @TempDir
    Path home;

    private Result run(String... args) {
        return CliRun.in(home, args);
    }

    @Test
    void versionPrintsTheVersion() {
        Result result = run("--version");
        assertThat(result.code()).isZero();
        assertThat(result.out()).startsWith("Outlay ").doesNotContain("${");
    }

    @Test
    void infoOnAnEmptyHomeChangesNothing() {
        Result result = run("db", "info");
        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("H2 · " + home.resolve("data/outlay"), "No database yet");
        assertThat(home.resolve("data/outlay.mv.db")).doesNotExist();
    }

    @Test
    void migrateCreatesTheDatabaseAndInfoReportsIt() {
        Result migrate = run("db", "migrate");
        assertThat(migrate.code()).as(migrate.err()).isZero();
        List<String> versions = MigrationScripts.versions(DatabaseSettings.Kind.H2);
        String newest = versions.get(versions.size() - 1);
        assertThat(migrate.out()).contains("schema v" + newest + " (" + versions.size() + " migrations applied, up to date)");
        assertThat(home.resolve("data/outlay.mv.db")).exists();

        Result info = run("db", "info");
        assertThat(info.code()).isZero();
        assertThat(info.out()).contains("Schema:      v" + newest, "Expenses:    0", "Categories:  13", "H2 2.");
    }

    @Test
    void badUsageExitsTwo() {
        Result result = run("db", "explode");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("explode");
    }

    @Test
    void failureExitsOneWithAOneLineReason() throws Exception {
        Files.writeString(home.resolve("settings.properties"), "db.kind=oracle\n");
        Result result = run("db", "migrate");
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err().strip()).startsWith("outlay: ").contains("db.kind").doesNotContain("\n");
    }

    @Test
    void unreachableServerIsExplainedInOneLine() throws Exception {
        int deadPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            deadPort = socket.getLocalPort();
        }
        Files.writeString(home.resolve("settings.properties"),
                "db.kind=postgresql\ndb.pg.host=localhost\ndb.pg.port=" + deadPort + "\ndb.pg.database=ledger\ndb.pg.user=ann\n");
        Result result = run("db", "info");
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err().strip())
                .isEqualTo("outlay: Nothing answers at the server localhost:" + deadPort
                        + " (connection refused). Is PostgreSQL running there, and are host and port right?");
    }
}
