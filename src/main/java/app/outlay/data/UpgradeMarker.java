package app.outlay.data;

import app.outlay.files.AtomicReplace;
import app.outlay.text.ExplainedException;
import app.outlay.text.UserText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

/**
 * Says that an upgrade of an embedded database has begun and where the copy taken before it is: the file
 * {@code <base>.upgrading} beside the database (e.g. {@code data/outlay.upgrading}), written before the first
 * migration runs and deleted once the schema is current.
 * <p>
 * H2 commits DDL statement by statement, so a kill or power cut during an upgrade leaves a schema half-way between two
 * versions that no migration can finish. The marker is how the next start knows that: it puts the copy back (the
 * database as the last successful version left it) and migrates again, reusing that copy rather than taking a new one
 * of a broken file. The second line, {@code restored}, says the copy is already back in place (an upgrade that failed
 * with an error), so the next start need not copy it again.
 */
final class UpgradeMarker {

    private static final String RESTORED = "restored";

    /** An upgrade that began and did not finish: the copy from before it, and whether that is back in place. */
    record Interrupted(Path backup, boolean restored) {
    }

    private UpgradeMarker() {
    }

    static Path file(DatabaseSettings settings) {
        Path base = settings.h2Base().toAbsolutePath();
        return base.resolveSibling(base.getFileName() + ".upgrading");
    }

    static Optional<Interrupted> read(DatabaseSettings settings) {
        if (settings.kind() != DatabaseSettings.Kind.H2 || !Files.exists(file(settings))) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file(settings), StandardCharsets.UTF_8);
            if (lines.isEmpty() || lines.get(0).isBlank()) {
                return Optional.empty(); // cut short while being written: the database was not touched yet
            }
            return Optional.of(new Interrupted(Path.of(lines.get(0).strip()), lines.size() > 1 && lines.get(1).strip().equals(RESTORED)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Written (temp file, flushed to disk, rename) before the first statement of an upgrade runs. */
    static void write(DatabaseSettings settings, Interrupted state) {
        Path marker = file(settings);
        String text = state.backup().toAbsolutePath() + "\n" + (state.restored() ? RESTORED + "\n" : "");
        try {
            Path temp = Files.createTempFile(marker.getParent(), ".outlay-marker", ".tmp");
            try {
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                    channel.write(StandardCharsets.UTF_8.encode(text));
                    channel.force(true);
                }
                AtomicReplace.move(temp, marker);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(DatabaseSettings settings) {
        try {
            Files.deleteIfExists(file(settings));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Puts the copy from before the interrupted upgrade back in place of the database file, unless another program
     * has the file open (then it is left alone, and opening it fails as usual with "already open").
     */
    static void putBack(DatabaseSettings settings, Interrupted interrupted) {
        Path file = settings.h2File();
        if (!Files.exists(interrupted.backup())) {
            throw new ExplainedException(UserText.of("problem.upgrade.interruptedNoBackup", file.toString(),
                    interrupted.backup().toString(), file(settings).toString()));
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = tryLock(channel);
            if (lock == null) {
                return;
            }
            try {
                UpgradeBackups.restore(interrupted.backup(), file);
            } finally {
                lock.release();
            }
        } catch (java.nio.file.NoSuchFileException gone) {
            copyBack(interrupted.backup(), file);
        } catch (IOException e) {
            throw new ExplainedException(UserText.of("problem.upgrade.interruptedNotRestored", file.toString(),
                    String.valueOf(e.getMessage()), interrupted.backup().toString()), e);
        }
        write(settings, new Interrupted(interrupted.backup(), true));
    }

    private static void copyBack(Path backup, Path file) {
        try {
            UpgradeBackups.restore(backup, file);
        } catch (IOException e) {
            throw new ExplainedException(UserText.of("problem.upgrade.interruptedNotRestored", file.toString(),
                    String.valueOf(e.getMessage()), backup.toString()), e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldHere) {
            return null;
        }
    }
}
