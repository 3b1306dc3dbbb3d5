package app.outlay.data;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A folder of its own for a restore's working copy, {@code <work folder>/.outlay-restore-<random>}, in the data
 * folder rather than the system's temporary folder, readable by its owner only. While the restore runs, it holds a
 * lock on {@code in-use} inside; a folder whose lock can be taken was left by a restore that was killed, and is
 * deleted by the next backup or restore.
 */
record RestoreWork(Path folder, FileChannel channel, FileLock lock) implements AutoCloseable {

    private static final String PREFIX = ".outlay-restore-";
    private static final String LOCK = "in-use";

    static RestoreWork create(Path workFolder) throws IOException {
        Files.createDirectories(workFolder);
        Path folder = workFolder.resolve(PREFIX + UUID.randomUUID());
        try {
            Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createDirectory(folder);
        }
        FileChannel channel = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        return new RestoreWork(folder, channel, channel.lock());
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // deleted below, or by the next restore
        }
        deleteTree(folder);
    }

    /** Deletes the working folders in {@code workFolder} that no running restore holds. */
    static void removeStale(Path workFolder) {
        if (!Files.isDirectory(workFolder)) {
            return;
        }
        try (Stream<Path> folders = Files.list(workFolder)) {
            folders.filter(p -> p.getFileName().toString().startsWith(PREFIX) && Files.isDirectory(p))
                    .filter(RestoreWork::abandoned)
                    .forEach(RestoreWork::deleteTree);
        } catch (IOException ignored) {
            // tried again at the next restore
        }
    }

    private static boolean abandoned(Path folder) {
        Path lockFile = folder.resolve(LOCK);
        if (!Files.exists(lockFile)) {
            return true;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            return lock != null;
        } catch (OverlappingFileLockException | IOException inUse) {
            return false;
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // tried again at the next restore
        }
    }
}
