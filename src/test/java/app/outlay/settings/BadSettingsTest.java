package app.outlay.settings;

import app.outlay.text.UserText;

import app.outlay.data.DatabaseSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad input from the disk: a settings file that cannot be read, a data folder that cannot be written. */
class BadSettingsTest {

    @TempDir
    Path home;

    @Test
    void settingsThatAreNotTextFallBackToTheDefaultsAndAreKeptAsBad() throws Exception {
        AppPaths paths = AppPaths.under(home);
        byte[] garbage = {'d', 'b', '.', 'k', 'i', 'n', 'd', '=', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '\n'};
        Files.write(paths.settingsFile(), garbage);
        SettingsStore store = new SettingsStore(paths.settingsFile());

        DatabaseSettings settings = store.databaseSettings(paths);

        assertThat(settings).isEqualTo(DatabaseSettings.h2(paths.defaultH2Base()));
        Path bad = home.resolve("settings.properties.bad");
        assertThat(store.lastProblem().map(UserText::english)).contains("The settings file " + paths.settingsFile() + " could not be read (it is not "
                + "UTF-8 text), so Outlay uses the defaults. The unreadable file was kept as " + bad + ".");
        assertThat(Files.readAllBytes(bad)).isEqualTo(garbage);
        assertThat(paths.settingsFile()).doesNotExist();

        store.saveDatabaseSettings(DatabaseSettings.h2(home.resolve("elsewhere/ledger")));
        assertThat(Files.readAllBytes(bad)).as("a save never overwrites the kept file").isEqualTo(garbage);
        assertThat(new SettingsStore(paths.settingsFile()).databaseSettings(paths).h2Base()).isEqualTo(home.resolve("elsewhere/ledger"));
    }

    @Test
    void aBrokenEscapeIsBadToo() throws Exception {
        AppPaths paths = AppPaths.under(home);
        Files.writeString(paths.settingsFile(), "db.kind=h2\ndb.h2.path=C:\\users\\ann\\outlay\n");
        SettingsStore store = new SettingsStore(paths.settingsFile());
        assertThat(store.load()).isEmpty();
        assertThat(store.lastProblem().map(UserText::english)).hasValueSatisfying(problem -> assertThat(problem)
                .contains("could not be read (Malformed \\uxxxx encoding.)").endsWith("settings.properties.bad."));
    }

    @Test
    void readableSettingsReportNoProblem() throws Exception {
        AppPaths paths = AppPaths.under(home);
        Files.writeString(paths.settingsFile(), "db.kind=h2\n");
        SettingsStore store = new SettingsStore(paths.settingsFile());
        assertThat(store.load()).containsEntry("db.kind", "h2");
        assertThat(store.lastProblem()).isEmpty();
    }

    @Test
    void aPortThatIsNotANumberIsNamed() throws Exception {
        AppPaths paths = AppPaths.under(home);
        Files.writeString(paths.settingsFile(), "db.kind=postgresql\ndb.pg.port=54x2\n");
        assertThatThrownBy(() -> new SettingsStore(paths.settingsFile()).databaseSettings(paths))
                .hasMessage("settings.properties: db.pg.port must be a port number (1-65535), not '54x2'");
    }

    @Test
    void aDataFolderThatCannotBeCreatedIsNamed() throws Exception {
        // Tests run as root here, where permissions stop nothing; a folder under a regular file cannot be created by anyone.
        Path file = Files.writeString(home.resolve("a-file"), "not a folder");
        AppPaths paths = AppPaths.under(file.resolve("outlay"));
        assertThatThrownBy(paths::createFolders)
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot write to " + file.resolve("outlay") + ": " + file + " is a file, not a folder");
    }
}
