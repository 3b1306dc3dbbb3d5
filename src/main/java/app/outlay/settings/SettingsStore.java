package app.outlay.settings;

import app.outlay.data.DatabaseSettings;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * Reads and writes {@code settings.properties}. Writes are atomic (temp file + rename) and keep keys this
 * version does not know, so a newer Outlay's settings survive a round trip through an older one.
 * Passwords are never written here.
 */
public final class SettingsStore {

    private final Path file;

    public SettingsStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public Properties load() {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read settings from " + file + ": " + e.getMessage(), e);
            }
        }
        return properties;
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

    public void save(Properties properties) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "settings", ".tmp");
            try {
                try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                    properties.store(writer, "Outlay settings");
                }
                moveIntoPlace(temp);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write settings to " + file + ": " + e.getMessage(), e);
        }
    }

    private void moveIntoPlace(Path temp) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
