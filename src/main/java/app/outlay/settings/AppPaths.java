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
 * when set, otherwise where each platform keeps such files:
 * <ul>
 *   <li>Linux (XDG base directories): settings in {@code $XDG_CONFIG_HOME/outlay}, database and backups in
 *   {@code $XDG_DATA_HOME/outlay}, logs in {@code $XDG_STATE_HOME/outlay}; a relative {@code XDG_*} value is ignored,
 *   as the specification says, and the default ({@code ~/.config}, {@code ~/.local/share}, {@code ~/.local/state})
 *   used instead;</li>
 *   <li>Windows: settings in {@code %APPDATA%\Outlay} (they may roam with the user), database, backups and logs in
 *   {@code %LOCALAPPDATA%\Outlay} (never roaming: a database does not belong on a roaming profile);</li>
 *   <li>macOS: {@code ~/Library/Application Support/Outlay}, logs in {@code ~/Library/Logs/Outlay}.</li>
 * </ul>
 * Files that earlier versions kept elsewhere are moved once by {@link FolderMigration}.
 */
public record AppPaths(Path settingsDir, Path dataDir, Path logDir) {

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
        return new AppPaths(root, root, root.resolve("logs"));
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
            Path roaming = absolute(env.get("APPDATA")).orElse(userHome.resolve("AppData").resolve("Roaming")).resolve("Outlay");
            Path local = absolute(env.get("LOCALAPPDATA")).orElse(userHome.resolve("AppData").resolve("Local")).resolve("Outlay");
            return new AppPaths(roaming, local, local.resolve("logs"));
        }
        if (os.contains("mac")) {
            Path library = userHome.resolve("Library");
            Path support = library.resolve("Application Support").resolve("Outlay");
            return new AppPaths(support, support, library.resolve("Logs").resolve("Outlay"));
        }
        Path config = xdg(env, "XDG_CONFIG_HOME", userHome.resolve(".config"));
        Path data = xdg(env, "XDG_DATA_HOME", userHome.resolve(".local").resolve("share"));
        Path state = xdg(env, "XDG_STATE_HOME", userHome.resolve(".local").resolve("state"));
        return new AppPaths(config.resolve("outlay"), data.resolve("outlay"), state.resolve("outlay"));
    }

    /**
     * The folders an earlier Outlay (before logs moved to the state folder, and Windows data to the local profile)
     * used with the same environment; empty with {@code OUTLAY_HOME}, whose layout did not change.
     */
    public static java.util.Optional<AppPaths> earlierLayout() {
        return earlierLayout(System.getProperty(HOME_PROPERTY), System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }

    static java.util.Optional<AppPaths> earlierLayout(String homeProperty, Map<String, String> env, String osName, Path userHome) {
        if (notBlank(homeProperty) || notBlank(env.get(HOME_VARIABLE))) {
            return java.util.Optional.empty();
        }
        AppPaths now = resolve(null, env, osName, userHome);
        String os = osName.toLowerCase(Locale.ROOT);
        Path earlierData = os.contains("win") ? now.settingsDir : now.dataDir;
        return java.util.Optional.of(new AppPaths(now.settingsDir, earlierData, earlierData.resolve("logs")));
    }

    /** An XDG base directory: the variable when it holds an absolute path, else the default (the spec's rule). */
    private static Path xdg(Map<String, String> env, String variable, Path fallback) {
        return absolute(env.get(variable)).orElse(fallback).toAbsolutePath();
    }

    private static java.util.Optional<Path> absolute(String value) {
        if (!notBlank(value)) {
            return java.util.Optional.empty();
        }
        try {
            Path path = Path.of(value);
            return path.isAbsolute() ? java.util.Optional.of(path) : java.util.Optional.empty();
        } catch (java.nio.file.InvalidPathException e) {
            return java.util.Optional.empty();
        }
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
        for (Path folder : new Path[] {settingsDir, dataDir, databaseDir(), logDir, backupDir()}) {
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
