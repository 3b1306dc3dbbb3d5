package app.outlay.data;

import app.outlay.text.ExplainedException;
import app.outlay.text.UserText;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * {@code outlay backup} and {@code outlay restore}: a backup is an H2 file made with {@link DatabaseCopy}, so it is
 * verified (counts and sums per category) and the same for an embedded database and a PostgreSQL one.
 */
public final class Backups {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss");
    private static final String SUFFIX = ".mv.db";

    private Backups() {
    }

    /** {@code <folder>/<prefix>-<now>.mv.db}, not yet taken (a counter is added within the same second). */
    public static Path newFile(Path folder, String prefix, LocalDateTime now) {
        String name = prefix + "-" + now.format(STAMP);
        Path file = folder.resolve(name + SUFFIX);
        for (int n = 2; Files.exists(file); n++) {
            file = folder.resolve(name + "-" + n + SUFFIX);
        }
        return file;
    }

    /** The H2 base name of a backup file: {@code x.mv.db} and {@code x} both mean {@code x.mv.db}. */
    public static Path h2Base(Path file) {
        String name = file.toAbsolutePath().normalize().toString();
        return Path.of(name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name);
    }

    /**
     * Copies {@code source} into the new H2 file {@code file}, verified. A file that exists already is refused; a
     * copy that fails leaves no file behind, so a backup file that exists is a complete one.
     */
    public static DatabaseCopy.Contents backUp(Database source, Path file) {
        // The backup of a protected ledger is protected with the same password: no readable copy is made.
        DatabaseSettings target = DatabaseSettings.h2(h2Base(file))
                .withPassword(source.settings().isProtected() ? source.settings().password() : null);
        Path h2File = target.h2File();
        if (Files.exists(h2File)) {
            throw new ExplainedException(UserText.of("problem.backup.exists", h2File.toString()));
        }
        try {
            Files.createDirectories(h2File.getParent());
        } catch (IOException e) {
            throw new ExplainedException(UserText.of("problem.folder.cannotCreate", h2File.getParent().toString(), String.valueOf(e.getMessage())), e);
        }
        try {
            createOwnerOnly(h2File);
            // H2 makes the empty file a database (keeping its permissions) before Outlay opens and migrates it.
            DriverManager.getConnection(target.jdbcUrl(), target.user(), target.connectionPassword()).close();
        } catch (IOException | SQLException e) {
            deleteQuietly(target, new IllegalStateException(e));
            throw new ExplainedException(UserText.of("problem.file.unwritable", h2File.toString(), String.valueOf(e.getMessage())), e);
        }
        try (Database backup = Database.open(target, h2File.getParent())) {
            return DatabaseCopy.copy(source, backup, false);
        } catch (RuntimeException e) {
            deleteQuietly(target, e);
            throw e;
        }
    }

    /**
     * Refuses, having changed nothing, to restore into a {@code target} that holds expenses unless {@code replaceExisting}.
     */
    public static void refuseIfNotEmpty(Path file, Database target, boolean replaceExisting) {
        long existing = DatabaseCopy.contents(target).expenses();
        if (existing > 0 && !replaceExisting) {
            throw new ExplainedException(UserText.of("problem.backup.targetNotEmpty", target.displayName(), existing,
                    h2File(file).toString()));
        }
    }

    /**
     * Opens the backup {@code file} so that nothing in it can run (see {@link ForeignH2}) and checks it before a single
     * row is read: it must exist, be an H2 database, hold only what Outlay's migrations make at its schema version
     * (see {@link OutlaySchema}), and not be newer than this Outlay. The file is never changed.
     *
     * @param password the password of a protected backup (a protected ledger's backups have the ledger's), or null
     * @throws ExplainedException naming the file and what is wrong with it
     */
    public static CheckedBackup check(Path file, String password) {
        Path h2File = h2File(file);
        if (!Files.isRegularFile(h2File)) {
            throw new ExplainedException(UserText.of("problem.backup.missing", h2File.toString()));
        }
        String key = LedgerFiles.isEncrypted(h2File) ? password : null;
        if (LedgerFiles.isEncrypted(h2File) && password == null) {
            throw new ExplainedException(UserText.of("problem.backup.protected", h2File.toString()));
        }
        ForeignH2.refuseForeignObjects(h2File, key);
        Connection connection;
        try {
            connection = ForeignH2.openReadOnly(h2Base(file), key);
        } catch (SQLException e) {
            throw ForeignH2.damaged(h2File, e);
        }
        try {
            MigrationVersion version = OutlaySchema.version(connection).orElseThrow(() -> new ExplainedException(
                    UserText.of("problem.backup.notOutlay", h2File.toString(), UserText.of("backup.schema.noHistory"))));
            List<MigrationVersion> known = OutlaySchema.knownVersions();
            MigrationVersion newest = known.get(known.size() - 1);
            if (version.isNewerThan(newest.getVersion())) {
                throw new ExplainedException(UserText.of("problem.backup.newer", h2File.toString(), version.getVersion(),
                        newest.getVersion()));
            }
            List<String> expected = OutlaySchema.at(version);
            List<String> actual = OutlaySchema.of(connection);
            if (!known.contains(version) || !expected.equals(actual)) {
                throw new ExplainedException(UserText.of("problem.backup.notOutlay", h2File.toString(),
                        firstDifference(expected, actual)));
            }
            return new CheckedBackup(h2File, connection, version.equals(newest), key);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection, e);
            throw e instanceof ExplainedException explained ? explained : ForeignH2.damaged(h2File, e);
        }
    }

    /**
     * Copies a checked backup into {@code target}, verified (counts and sums). A backup at the newest schema is read
     * straight from its read-only connection; an older one is first copied into a folder of its own in
     * {@code workFolder} (in the data folder, readable by its owner only) and brought up to date there; that folder is
     * deleted afterwards, or, after a kill, by the next backup or restore ({@link #removeStaleWork}).
     */
    public static DatabaseCopy.Contents restore(CheckedBackup backup, Database target, boolean replaceExisting, Path workFolder) {
        if (backup.current()) {
            return DatabaseCopy.copy(backup.connection(), backup.file().toString(), target, replaceExisting);
        }
        removeStaleWork(workFolder);
        try (RestoreWork work = RestoreWork.create(workFolder)) {
            Path working = work.folder().resolve("backup");
            Files.copy(backup.file(), h2File(working));
            try (Database older = Database.open(DatabaseSettings.h2(working).withPassword(backup.password()), work.folder())) {
                return DatabaseCopy.copy(older, target, replaceExisting);
            }
        } catch (IOException e) {
            throw new ExplainedException(UserText.of("problem.backup.unreadable", backup.file().toString(), String.valueOf(e.getMessage())), e);
        }
    }

    /** Deletes what a restore that was killed left in {@code workFolder} (see {@link RestoreWork}). */
    public static void removeStaleWork(Path workFolder) {
        RestoreWork.removeStale(workFolder);
    }

    /** A backup that passed {@link #check}: read-only, open until closed; its password (if any) is never shown. */
    public record CheckedBackup(Path file, Connection connection, boolean current, String password) implements AutoCloseable {
        @Override
        public void close() {
            closeQuietly(connection, null);
        }

        @Override
        public String toString() {
            return file.toString();
        }
    }

    private static Path h2File(Path file) {
        return Path.of(h2Base(file) + SUFFIX);
    }

    /** The first line of a backup's schema that Outlay's lacks, else the first it lacks (see {@link OutlaySchema}). */
    private static UserText firstDifference(List<String> expected, List<String> actual) {
        for (String line : actual) {
            if (!expected.contains(line)) {
                return UserText.of("backup.schema.has", line);
            }
        }
        for (String line : expected) {
            if (!actual.contains(line)) {
                return UserText.of("backup.schema.lacks", line);
            }
        }
        return UserText.of("backup.schema.unknownVersion");
    }

    private static void closeQuietly(Connection connection, Exception failure) {
        try {
            connection.close();
        } catch (SQLException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            }
        }
    }

    /**
     * The backup holds the whole ledger: wherever it goes (outside the data folder too), only its owner may read it.
     * H2 writes into the empty file as into a new one and keeps its permissions.
     */
    private static void createOwnerOnly(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file); // Windows: a new file inherits the folder's access list
        }
    }

    private static void deleteQuietly(DatabaseSettings target, RuntimeException failure) {
        Path base = target.h2Base();
        for (String suffix : new String[] {SUFFIX, ".trace.db", ".lock.db"}) {
            try {
                Files.deleteIfExists(Path.of(base + suffix));
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
    }
}
