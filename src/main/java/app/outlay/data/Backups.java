package app.outlay.data;

import app.outlay.text.ExplainedException;
import app.outlay.text.UserText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.stream.Stream;

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
        DatabaseSettings target = DatabaseSettings.h2(h2Base(file));
        Path h2File = DatabaseInspector.h2File(target);
        if (Files.exists(h2File)) {
            throw new ExplainedException(UserText.of("problem.backup.exists", h2File.toString()));
        }
        try {
            Files.createDirectories(h2File.getParent());
        } catch (IOException e) {
            throw new ExplainedException(UserText.of("problem.folder.cannotCreate", h2File.getParent().toString(), String.valueOf(e.getMessage())), e);
        }
        try (Database backup = Database.open(target, h2File.getParent())) {
            return DatabaseCopy.copy(source, backup, false);
        } catch (RuntimeException e) {
            deleteQuietly(target, e);
            throw e;
        }
    }

    /**
     * Copies the backup {@code file} into {@code target}, verified. The backup file itself is never changed: a copy of
     * it is opened (and migrated, when an older Outlay made it).
     *
     * @throws IllegalStateException when there is no such file, or when {@code target} holds expenses and
     *                               {@code replaceExisting} is false (then nothing is changed)
     */
    public static DatabaseCopy.Contents restore(Path file, Database target, boolean replaceExisting) {
        Path h2File = DatabaseInspector.h2File(DatabaseSettings.h2(h2Base(file)));
        if (!Files.isRegularFile(h2File)) {
            throw new ExplainedException(UserText.of("problem.backup.missing", h2File.toString()));
        }
        long existing = DatabaseCopy.contents(target).expenses();
        if (existing > 0 && !replaceExisting) {
            throw new ExplainedException(UserText.of("problem.backup.targetNotEmpty", target.displayName(), existing, h2File.toString()));
        }
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("outlay-restore");
            Path working = scratch.resolve("backup");
            Files.copy(h2File, DatabaseInspector.h2File(DatabaseSettings.h2(working)));
            try (Database backup = Database.open(DatabaseSettings.h2(working), scratch)) {
                return DatabaseCopy.copy(backup, target, replaceExisting);
            }
        } catch (IOException e) {
            throw new ExplainedException(UserText.of("problem.backup.unreadable", h2File.toString(), String.valueOf(e.getMessage())), e);
        } finally {
            deleteTree(scratch);
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

    private static void deleteTree(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder; the system cleans it up eventually
        }
    }
}
