package app.outlay.settings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Moves what an earlier Outlay kept in folders that have changed (logs on Linux and macOS; database, backups and
 * logs on Windows, see {@link AppPaths}) to where this version keeps it, once: whatever is moved is gone from the old
 * place, so the next start finds nothing to do. Nothing is ever replaced or lost: a file whose name is taken in the new
 * place stays where it was, and so does anything that cannot be moved (e.g. open in another program); the notes say so.
 * The database stays where it is when the settings name its file ({@code db.h2.path}).
 */
public final class FolderMigration {

    private FolderMigration() {
    }

    /** Moves from {@code earlier} to {@code now} (folders of {@code now} exist already) and returns notes for the log. */
    public static List<String> run(AppPaths earlier, AppPaths now) {
        List<String> notes = new ArrayList<>();
        move(earlier.logDir(), now.logDir(), notes);
        if (!earlier.dataDir().equals(now.dataDir())) {
            if (settingsNameTheDatabase(now.settingsFile())) {
                if (isNonEmptyFolder(earlier.databaseDir())) {
                    notes.add("Left the database in " + earlier.databaseDir() + ": settings.properties names its file (db.h2.path)");
                }
            } else {
                move(earlier.databaseDir(), now.databaseDir(), notes);
            }
            move(earlier.backupDir(), now.backupDir(), notes);
        }
        return notes;
    }

    private static void move(Path from, Path to, List<String> notes) {
        if (from.equals(to) || !isNonEmptyFolder(from)) {
            return;
        }
        int moved = 0;
        List<String> left = new ArrayList<>();
        try (Stream<Path> entries = Files.list(from)) {
            for (Path entry : entries.sorted().toList()) {
                Path target = to.resolve(entry.getFileName().toString());
                if (Files.exists(target)) {
                    left.add(entry.getFileName() + " (" + target + " exists)");
                    continue;
                }
                try {
                    moveEntry(entry, target);
                    moved++;
                } catch (IOException e) {
                    left.add(entry.getFileName() + " (" + e + ")");
                }
            }
        } catch (IOException e) {
            notes.add("Could not look into " + from + " to move it to " + to + ": " + e);
            return;
        }
        if (moved > 0) {
            notes.add("Moved " + moved + (moved == 1 ? " entry" : " entries") + " from " + from + " to " + to
                    + ", where this version of Outlay keeps them");
        }
        if (!left.isEmpty()) {
            notes.add("Left in " + from + ": " + String.join(", ", left));
        } else {
            deleteIfEmpty(from);
        }
    }

    /** A rename where the file system allows it; else a copy, checked by size, and only then the original deleted. */
    private static void moveEntry(Path entry, Path target) throws IOException {
        try {
            Files.move(entry, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        } catch (IOException | UnsupportedOperationException differentFileSystem) {
            // Another drive or file system: copy below.
        }
        List<Path> tree;
        try (Stream<Path> walk = Files.walk(entry)) {
            tree = walk.toList();
        }
        try {
            for (Path source : tree) {
                Path copy = target.resolve(entry.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy, StandardCopyOption.COPY_ATTRIBUTES);
                    if (Files.size(copy) != Files.size(source)) {
                        throw new IOException("copy of " + source + " is incomplete");
                    }
                }
            }
        } catch (IOException e) {
            deleteTree(target);
            throw e;
        }
        deleteTree(entry);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static void deleteIfEmpty(Path folder) {
        try {
            Files.deleteIfExists(folder);
        } catch (DirectoryNotEmptyException stillUsed) {
            // Something else lives there: it stays.
        } catch (IOException e) {
            // Only tidying up.
        }
    }

    private static boolean isNonEmptyFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean settingsNameTheDatabase(Path settingsFile) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(settingsFile)) {
            properties.load(in);
        } catch (IOException missingOrUnreadable) {
            return false;
        }
        String path = properties.getProperty("db.h2.path");
        return path != null && !path.isBlank();
    }
}
