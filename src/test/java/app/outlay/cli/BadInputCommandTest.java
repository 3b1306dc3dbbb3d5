package app.outlay.cli;

import app.outlay.testing.CliRun;
import app.outlay.testing.CliRun.Result;
import app.outlay.Launcher;
import app.outlay.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the command line says about bad settings and an unwritable data folder. */
class BadInputCommandTest {

    @TempDir
    Path home;

    @Test
    void unreadableSettingsStopTheCommandAndCreateNoLedger() throws Exception {
        Path settings = home.resolve("settings.properties");
        Files.write(settings, new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'x', '=', (byte) 0x80});

        Result result = run("db", "migrate");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("outlay: The settings file " + settings + " could not be read (it is not UTF-8 text). "
                + "Nothing was done: without its settings Outlay would not know which ledger to use. Correct the file, or delete it "
                + "to use the defaults." + System.lineSeparator());
        assertThat(home.resolve("data/outlay.mv.db")).as("no ledger the user did not ask for").doesNotExist();
        assertThat(settings).as("left for the user to correct").exists();
        assertThat(home.resolve("settings.properties.bad")).doesNotExist();
    }

    /** Issue 25.5: one bad escape used to send the import into a new embedded ledger instead of the PostgreSQL one. */
    @Test
    void aBadEscapeInTheSettingsOfAPostgresqlLedgerFailsTheImportNamingTheLine() throws Exception {
        Path settings = home.resolve("settings.properties");
        Files.writeString(settings, "db.kind=postgresql\ndb.pg.host=localhost\ndb.note=C:\\users\\ann\ndb.pg.database=outlay\n");
        Path csv = Files.writeString(home.resolve("in.csv"), "date,description,amount,category,notes\n2026-01-02,Bread,2.50,Food,\n");

        Result result = run("import", csv.toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).startsWith("outlay: The settings file " + settings + " could not be read (line 3 has a backslash "
                + "followed by u that is not a \\uXXXX character code; write a backslash in a path as \\\\ or /). Nothing was done");
        assertThat(result.out()).isEmpty();
        assertThat(home.resolve("data/outlay.mv.db")).as("no ledger the user did not ask for").doesNotExist();
        assertThat(Files.readString(settings)).contains("db.kind=postgresql");
    }

    /** Issue 25.7: a file of a million columns got a 76 KB line listing them all. */
    @Test
    void aFileOfVeryManyColumnsGetsAShortMessage() throws Exception {
        int columns = 200_000;
        StringBuilder header = new StringBuilder();
        for (int i = 0; i < columns; i++) {
            header.append(i == 0 ? "" : ",").append('c').append(i);
        }
        header.append("-and-a-very-long-name-that-goes-on-and-on-and-on\n");
        Path csv = Files.writeString(home.resolve("wide.csv"), header + "1,2\n");

        for (String[] args : List.of(new String[] {"import", csv.toString()}, new String[] {"import", csv.toString(), "--map", "date=nope"})) {
            Result result = run(args);
            assertThat(result.code()).isEqualTo(1);
            assertThat(result.err().length()).as(result.err()).isLessThan(600);
            assertThat(result.err()).contains("c0, c1, c2").containsPattern("c19, \u2026 \\(\\d+ columns\\)");
        }
    }

    @Test
    void helpAndVersionNeedNoSettings() throws Exception {
        Files.writeString(home.resolve("settings.properties"), "db.note=C:\\users\n");
        assertThat(run("--version").code()).isZero();
    }

    private Result run(String... args) {
        return CliRun.in(home, args);
    }

    @Test
    void launcherRefusesADataFolderItCannotWriteTo() throws Exception {
        Path file = Files.writeString(home.resolve("a-file"), "not a folder");
        Path outlayHome = file.resolve("outlay");
        try (ChildJvm outlay = ChildJvm.start(List.of("-Doutlay.home=" + outlayHome), Launcher.class.getName(), "--version")) {
            assertThat(outlay.waitFor(60_000)).isEqualTo(1);
            assertThat(outlay.err()).isEqualTo("outlay: cannot write to " + outlayHome + ": " + file + " is a file, not a folder\n");
            assertThat(outlay.outLines()).isEmpty();
        }
    }
}
