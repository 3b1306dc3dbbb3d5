package app.outlay.settings;

import app.outlay.files.AtomicReplace;
import app.outlay.text.ExplainedException;
import app.outlay.text.UserText;

import app.outlay.data.DatabaseSettings;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Properties;

/**
 * Reads and writes {@code settings.properties}. Writes are atomic (temp file + rename) and keep keys this
 * version does not know, so a newer Outlay's settings survive a round trip through an older one.
 * Passwords are never written here.
 */
public final class SettingsStore {

    public static final String THEME_KEY = "ui.theme";
    public static final String LANGUAGE_KEY = "ui.language";

    private final Path file;
    private final boolean failOnUnreadable;
    private volatile UserText lastProblem;

    /** For the window: an unreadable file is set aside and the defaults are used (see {@link #load()}). */
    public SettingsStore(Path file) {
        this(file, false);
    }

    private SettingsStore(Path file, boolean failOnUnreadable) {
        this.file = file;
        this.failOnUnreadable = failOnUnreadable;
    }

    /**
     * For the command line: an unreadable file is an error that names the reason, and it stays where it is. A script
     * must not go on with the defaults, e.g. import into a new embedded ledger instead of the configured PostgreSQL one.
     */
    public static SettingsStore failingOnUnreadable(Path file) {
        return new SettingsStore(file, true);
    }

    public Path file() {
        return file;
    }

    /**
     * The settings, or none (the defaults) when the file is missing. A file that cannot be read or parsed is set
     * aside as {@code settings.properties.bad} — kept for the user, never overwritten by the next save — and the
     * defaults are used; {@link #lastProblem()} then says so.
     */
    public Properties load() {
        Properties properties = new Properties();
        if (!Files.exists(file)) {
            return properties;
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
            return properties;
        } catch (IOException | IllegalArgumentException e) {
            if (failOnUnreadable) {
                throw new ExplainedException(UserText.of("problem.settingsFile.unreadableCli", file.toString(), reason(e)), e);
            }
            lastProblem = setAside(e);
            return new Properties();
        }
    }

    /**
     * True when an earlier start found the settings unreadable and set them aside, and no settings have been saved
     * since: the defaults in use then are not what the user chose, so no new ledger is created from them.
     */
    public boolean setAsideUnreplaced() {
        return lastProblem != null || (!Files.exists(file) && Files.exists(file.resolveSibling(file.getFileName() + ".bad")));
    }

    /**
     * What went wrong with the settings file the last time it was read, for the command line to print as a warning
     * and the window to show; empty while all is well.
     */
    public Optional<UserText> lastProblem() {
        return Optional.ofNullable(lastProblem);
    }

    private UserText setAside(Exception failure) {
        Path bad = file.resolveSibling(file.getFileName() + ".bad");
        UserText problem = UserText.of("problem.settingsFile.unreadable", file.toString(), reason(failure));
        try {
            Files.move(file, bad, StandardCopyOption.REPLACE_EXISTING);
            return UserText.of("problem.settingsFile.keptAs", problem, bad.toString());
        } catch (IOException e) {
            return UserText.of("problem.settingsFile.notSetAside", problem, bad.toString(), String.valueOf(e.getMessage()));
        }
    }

    private UserText reason(Exception failure) {
        if (failure instanceof CharacterCodingException) {
            return UserText.of("problem.settingsFile.notUtf8");
        }
        int line = badEscapeLine();
        if (line > 0) {
            return UserText.of("problem.settingsFile.badEscape", line);
        }
        return UserText.of("verbatim", failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
    }

    /**
     * The line (from 1) of the first {@code \\u} not followed by four hex digits, which {@link Properties#load} refuses
     * without saying where (a Windows path such as {@code C:\\users} is the usual one); 0 when there is none.
     */
    private int badEscapeLine() {
        try {
            java.util.List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            java.util.regex.Pattern bad = java.util.regex.Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*\\\\u(?![0-9a-fA-F]{4})");
            for (int i = 0; i < lines.size(); i++) {
                if (bad.matcher(lines.get(i)).find()) {
                    return i + 1;
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // the reason given is then Properties' own
        }
        return 0;
    }

    /** The database configured in the settings file, or the embedded default. */
    public DatabaseSettings databaseSettings(AppPaths paths) {
        return DatabaseSettings.fromProperties(load(), paths.defaultH2Base());
    }

    /** Writes the database settings, keeping every other key of the file. */
    public void saveDatabaseSettings(DatabaseSettings settings) {
        Properties properties = load();
        properties.keySet().removeIf(key -> key.toString().startsWith("db."));
        settings.writeTo(properties);
        save(properties);
    }

    /** One setting's value, or empty when it is not set. */
    public Optional<String> get(String key) {
        return Optional.ofNullable(load().getProperty(key)).map(String::trim).filter(value -> !value.isEmpty());
    }

    /** A number setting; empty when it is missing or not a number, so a hand-edited typo falls back to the default. */
    public OptionalDouble getDouble(String key) {
        try {
            return get(key).map(value -> OptionalDouble.of(Double.parseDouble(value))).orElse(OptionalDouble.empty());
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    public boolean getBoolean(String key, boolean fallback) {
        return get(key).map(Boolean::parseBoolean).orElse(fallback);
    }

    /** Writes these keys in one atomic save, keeping every other key of the file. */
    public void put(Map<String, String> values) {
        Properties properties = load();
        properties.putAll(values);
        save(properties);
    }

    public ThemeChoice theme() {
        return ThemeChoice.parse(load().getProperty(THEME_KEY));
    }

    public void saveTheme(ThemeChoice theme) {
        put(Map.of(THEME_KEY, theme.settingValue()));
    }

    public LanguageChoice language() {
        return LanguageChoice.parse(load().getProperty(LANGUAGE_KEY));
    }

    public void saveLanguage(LanguageChoice language) {
        put(Map.of(LANGUAGE_KEY, language.settingValue()));
    }

    public void save(Properties properties) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "settings", ".tmp");
            try {
                try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                    properties.store(writer, "Outlay settings");
                }
                AtomicReplace.move(temp, file);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new ExplainedException(UserText.of("problem.settingsFile.unwritable", file.toString(), String.valueOf(e.getMessage())), e);
        }
    }
}
