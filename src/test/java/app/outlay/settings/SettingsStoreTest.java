package app.outlay.settings;

import app.outlay.data.DatabaseSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsStoreTest {

    @TempDir
    Path home;

    @Test
    void defaultsToTheEmbeddedDatabaseInTheDataFolder() {
        AppPaths paths = AppPaths.under(home);
        DatabaseSettings settings = new SettingsStore(paths.settingsFile()).databaseSettings(paths);
        assertThat(settings.kind()).isEqualTo(DatabaseSettings.Kind.H2);
        assertThat(settings.h2Base()).isEqualTo(home.resolve("data/outlay"));
        assertThat(settings.user()).isEqualTo("outlay");
    }

    @Test
    void roundTripKeepsUnknownKeysAndNeverWritesThePassword() throws IOException {
        AppPaths paths = AppPaths.under(home);
        Files.writeString(paths.settingsFile(), "ui.theme=dark\ndb.kind=h2\n");
        SettingsStore store = new SettingsStore(paths.settingsFile());

        store.saveDatabaseSettings(DatabaseSettings.postgresql("db.example", 5433, "ledger", "ann",
                DatabaseSettings.SslMode.VERIFY_FULL, "s3cret-password"));

        String written = Files.readString(paths.settingsFile());
        assertThat(written).contains("ui.theme=dark", "db.kind=postgresql", "db.pg.sslmode=verify-full")
                .doesNotContain("s3cret-password");
        DatabaseSettings read = store.databaseSettings(paths);
        assertThat(read.host()).isEqualTo("db.example");
        assertThat(read.port()).isEqualTo(5433);
        assertThat(read.database()).isEqualTo("ledger");
        assertThat(read.user()).isEqualTo("ann");
        assertThat(read.password()).isNull();
        assertThat(read.toString()).doesNotContain("s3cret");
        try (var files = Files.list(home)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void unknownDatabaseKindIsNamed() throws IOException {
        AppPaths paths = AppPaths.under(home);
        Files.writeString(paths.settingsFile(), "db.kind=oracle\n");
        assertThatThrownBy(() -> new SettingsStore(paths.settingsFile()).databaseSettings(paths))
                .hasMessageContaining("db.kind").hasMessageContaining("oracle");
    }

    @Test
    void typedUiSettingsKeepOtherKeysAndShrugOffTypos() throws IOException {
        Path file = home.resolve("settings.properties");
        Files.writeString(file, "future.key=kept\nui.window.width=wide\n");
        SettingsStore store = new SettingsStore(file);
        assertThat(store.theme()).isEqualTo(ThemeChoice.LIGHT);
        assertThat(store.getDouble("ui.window.width")).isEmpty();

        store.saveTheme(ThemeChoice.DARK);
        store.put(java.util.Map.of("ui.window.width", "900.5", "ui.window.maximized", "true"));

        assertThat(store.theme()).isEqualTo(ThemeChoice.DARK);
        assertThat(store.getDouble("ui.window.width")).hasValue(900.5);
        assertThat(store.getBoolean("ui.window.maximized", false)).isTrue();
        assertThat(store.get("future.key")).contains("kept");
        assertThat(Files.readString(file)).contains("ui.theme=dark");
        assertThat(ThemeChoice.parse("Sepia")).isEqualTo(ThemeChoice.LIGHT);
    }

    @Test
    void theLanguageIsRememberedAndAChosenOneKeepsTheSystemsCountryWhereItCan() throws IOException {
        SettingsStore store = new SettingsStore(home.resolve("settings.properties"));
        assertThat(store.language()).as("nothing chosen: the system's").isEqualTo(LanguageChoice.SYSTEM);

        store.saveLanguage(LanguageChoice.GERMAN);

        assertThat(store.language()).isEqualTo(LanguageChoice.GERMAN);
        assertThat(Files.readString(home.resolve("settings.properties"))).contains("ui.language=de");
        assertThat(LanguageChoice.parse("fr")).as("a language this version does not have").isEqualTo(LanguageChoice.SYSTEM);
        assertThat(LanguageChoice.GERMAN.locale(java.util.Locale.US)).isEqualTo(java.util.Locale.GERMANY);
        assertThat(LanguageChoice.GERMAN.locale(java.util.Locale.forLanguageTag("de-AT"))).isEqualTo(java.util.Locale.forLanguageTag("de-AT"));
        assertThat(LanguageChoice.ENGLISH.locale(java.util.Locale.GERMANY)).isEqualTo(java.util.Locale.UK);
        assertThat(LanguageChoice.SYSTEM.locale(java.util.Locale.CANADA_FRENCH)).isEqualTo(java.util.Locale.CANADA_FRENCH);
    }
}
