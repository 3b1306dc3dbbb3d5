package app.outlay.service.importing;

import app.outlay.data.DatabaseSettings;
import app.outlay.text.ExplainedException;
import app.outlay.text.UserText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Stops an import into an embedded database while the disk holding it still has room. H2 keeps an open
 * transaction's rows in its file: on a disk that fills up, its rollback spun for about 27 minutes at 100% CPU before
 * failing with a misleading message. Stopping at {@value #RESERVE_MB} MB free leaves it room to roll back at once.
 * PostgreSQL's disk is the server's, which reports a full disk itself.
 */
final class DiskRoom {

    static final long RESERVE_MB = 32;
    private static final long MB = 1024 * 1024;

    /** The bytes a program may still write in {@code folder}'s file system; a seam for tests. */
    interface UsableSpace {
        long bytes(Path folder) throws IOException;
    }

    static final UsableSpace FILE_STORE = folder -> Files.getFileStore(folder).getUsableSpace();

    private final Path folder;
    private final UsableSpace space;

    private DiskRoom(Path folder, UsableSpace space) {
        this.folder = folder;
        this.space = space;
    }

    static DiskRoom of(DatabaseSettings settings, UsableSpace space) {
        return new DiskRoom(settings.kind() == DatabaseSettings.Kind.H2 ? settings.h2Base().toAbsolutePath().getParent() : null, space);
    }

    /** @throws ExplainedException saying which disk is full and how much is free, when less than the reserve is */
    void check() {
        if (folder == null) {
            return;
        }
        long free;
        try {
            free = space.bytes(folder);
        } catch (IOException cannotTell) {
            return; // the import goes on; a real full disk still fails it, only more slowly
        }
        if (free < RESERVE_MB * MB) {
            throw new ExplainedException(UserText.of("problem.import.diskFull", folder.toString(), free / MB));
        }
    }
}
