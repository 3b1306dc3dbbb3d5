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
                .contains("could not be read (line 2 has a backslash followed by u that is not a ").endsWith("settings.properties.bad."));
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
    void anUnknownSslModeNamesTheKeyTheValueAndTheAllowedValues() throws Exception {
        AppPaths paths = AppPaths.under(home);
        Files.writeString(paths.settingsFile(), "db.kind=postgresql\ndb.pg.sslmode=maybe\n");
        assertThatThrownBy(() -> new SettingsStore(paths.settingsFile()).databaseSettings(paths))
                .hasMessage("settings.properties: db.pg.sslmode must be one of disable, prefer, require, verify-full, not 'maybe'");
        Files.writeString(paths.settingsFile(), "db.kind=postgresql\ndb.pg.sslmode=Verify-Full\n");
        assertThat(new SettingsStore(paths.settingsFile()).databaseSettings(paths).sslMode()).isEqualTo(DatabaseSettings.SslMode.VERIFY_FULL);
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

    /** The window starts with the defaults and says so, but does not make a new ledger from them (issue 25.5). */
    @Test
    void theWindowCreatesNoLedgerFromDefaultsThatStandInForUnreadableSettings() throws Exception {
        AppPaths paths = AppPaths.under(home);
        Files.writeString(paths.createFolders().settingsFile(), "db.kind=postgresql\ndb.note=C:\\users\n");
        app.outlay.AppContext context = new app.outlay.AppContext(paths, java.util.Locale.ENGLISH);
        assertThat(context.settings().lastProblem()).isPresent();
        DatabaseSettings defaults = context.configuredDatabase();

        assertThatThrownBy(() -> context.databases().refuseNewLedgerFromDefaults(defaults))
                .hasMessage("The settings were unreadable, so Outlay did not create a new, empty ledger at " + paths.defaultH2Base()
                        + ".mv.db. Choose the database in Settings (or put the settings file back), then try again.");
        // Also at the next start, while the settings stay set aside and none were saved.
        app.outlay.AppContext next = new app.outlay.AppContext(paths, java.util.Locale.ENGLISH);
        assertThatThrownBy(() -> next.databases().refuseNewLedgerFromDefaults(defaults)).hasMessageContaining("did not create a new, empty ledger");
        assertThat(Path.of(paths.defaultH2Base() + ".mv.db")).doesNotExist();

        next.settings().saveDatabaseSettings(defaults); // the user chose the embedded ledger in Settings
        next.databases().refuseNewLedgerFromDefaults(defaults);
    }
}
