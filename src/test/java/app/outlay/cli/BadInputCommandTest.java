package app.outlay.cli;

import app.outlay.Launcher;
import app.outlay.data.DatabaseSettings;
import app.outlay.settings.AppPaths;
import app.outlay.testing.MigrationScripts;
import app.outlay.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the command line says about bad settings and an unwritable data folder. */
class BadInputCommandTest {

    @TempDir
    Path home;

    @Test
    void unreadableSettingsAreAWarningAndTheDefaultsAreUsed() throws Exception {
        Files.write(home.resolve("settings.properties"), new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'x', '=', (byte) 0x80});
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = CommandLineApp.run(AppPaths.under(home).createFolders(), new String[] {"db", "migrate"},
                new PrintWriter(out), new PrintWriter(err));

        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).isEqualTo("outlay: warning: The settings file " + home.resolve("settings.properties")
                + " could not be read (it is not UTF-8 text), so Outlay uses the defaults. The unreadable file was kept as "
                + home.resolve("settings.properties.bad") + "." + System.lineSeparator());
        assertThat(out.toString()).contains("H2 · " + home.resolve("data/outlay"), "schema v" + MigrationScripts.newest(DatabaseSettings.Kind.H2));
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
