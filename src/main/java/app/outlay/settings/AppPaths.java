package app.outlay.settings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;

/**
 * Where Outlay keeps its files (docs/design.md §3): everything under {@code OUTLAY_HOME} / {@code -Doutlay.home}
 * when set, otherwise the platform's conventional folders.
 */
public record AppPaths(Path settingsDir, Path dataDir) {

    public static final String HOME_PROPERTY = "outlay.home";
    public static final String HOME_VARIABLE = "OUTLAY_HOME";

    /** The folders for this process: system property first, then the environment, then the platform. */
    public static AppPaths fromEnvironment() {
        return resolve(System.getProperty(HOME_PROPERTY), System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }

    /** Everything under one folder, as with {@code OUTLAY_HOME}. */
    public static AppPaths under(Path home) {
        Path root = home.toAbsolutePath().normalize();
        return new AppPaths(root, root);
    }

    static AppPaths resolve(String homeProperty, Map<String, String> env, String osName, Path userHome) {
        if (notBlank(homeProperty)) {
            return under(Path.of(homeProperty));
        }
        if (notBlank(env.get(HOME_VARIABLE))) {
            return under(Path.of(env.get(HOME_VARIABLE)));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = notBlank(appData) ? Path.of(appData) : userHome.resolve("AppData").resolve("Roaming");
            return under(base.resolve("Outlay"));
        }
        if (os.contains("mac")) {
            return under(userHome.resolve("Library").resolve("Application Support").resolve("Outlay"));
        }
        Path config = notBlank(env.get("XDG_CONFIG_HOME")) ? Path.of(env.get("XDG_CONFIG_HOME")) : userHome.resolve(".config");
        Path data = notBlank(env.get("XDG_DATA_HOME")) ? Path.of(env.get("XDG_DATA_HOME")) : userHome.resolve(".local").resolve("share");
        return new AppPaths(config.resolve("outlay").toAbsolutePath(), data.resolve("outlay").toAbsolutePath());
    }

    public Path settingsFile() {
        return settingsDir.resolve("settings.properties");
    }

    /** Folder of the embedded database files. */
    public Path databaseDir() {
        return dataDir.resolve("data");
    }

    /** H2 file base name: H2 appends {@code .mv.db}. */
    public Path defaultH2Base() {
        return databaseDir().resolve("outlay");
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    public Path backupDir() {
        return dataDir.resolve("backups");
    }

    /**
     * Creates the folders that are missing, readable by their owner only (they hold money matters), and checks that
     * each can be written to, so an unwritable folder is reported at start rather than at the first save.
     *
     * @throws UncheckedIOException "cannot write to FOLDER: reason"
     */
    public AppPaths createFolders() {
        for (Path folder : new Path[] {settingsDir, dataDir, databaseDir(), logDir(), backupDir()}) {
            try {
                if (!Files.isDirectory(folder)) {
                    Files.createDirectories(folder);
                    ownerOnly(folder);
                }
                Files.delete(Files.createTempFile(folder, ".outlay-write-check", ".tmp"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write to " + folder + ": " + reason(folder, e), e);
            }
        }
        return this;
    }

    private static String reason(Path folder, IOException e) {
        Path existing = folder;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            return existing + " is a file, not a folder";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason() + (fs.getFile() == null ? "" : " (" + fs.getFile() + ")");
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void ownerOnly(Path folder) throws IOException {
        try {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the user's profile folders are private already.
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
