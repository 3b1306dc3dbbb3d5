package app.outlay.data;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives back the room a large write left in an embedded ledger's file, when the ledger is closed.
 * <p>
 * H2 cannot reuse the space a long transaction frees until it ends, so one all-or-nothing import of 1,000,000 lines
 * left a file of 3.4 GB holding about 0.13 GB of data (measured: 300,000 lines, 715 MB, 36 MB after compaction, its
 * indexes by amount and description are filled in random order). H2 then compacts it in the background while the
 * ledger is open — megabytes written and seconds of CPU in sessions that only read (issue #17). Closing such a file
 * with {@code SHUTDOWN COMPACT} rewrites only its data: 2.5 s for those 300,000 lines, once. A file that grew less
 * than {@link #GROWN_TIMES} its size at opening, or stayed small, the everyday case, is closed as before (H2 itself
 * then compacts for up to 200 ms).
 * <p>
 * H2 shares one open database per file within a JVM, and {@code SHUTDOWN} ends it for every pool on it: only the
 * last {@link Database} of a file in this process compacts it.
 */
final class H2Compaction {

    private static final Logger log = LoggerFactory.getLogger(H2Compaction.class);

    /** Smaller files are left alone: at most this much to give back, never worth a wait at closing. */
    static final long AT_LEAST_BYTES = 32L * 1024 * 1024;
    /**
     * Compacted when the file grew to more than this many times its size at opening. H2's own fill rate cannot tell:
     * while the file is open, the space a transaction freed still counts as used for its retention time (45 s).
     */
    static final int GROWN_TIMES = 2;

    /** How many {@link Database}s have a file open in this process, and its size when the first opened it. */
    private record Open(int count, long sizeAtOpening) {
    }

    private static final Map<Path, Open> openHere = new ConcurrentHashMap<>();

    private H2Compaction() {
    }

    static void opened(DatabaseSettings settings) {
        if (settings.kind() == DatabaseSettings.Kind.H2) {
            openHere.merge(key(settings), new Open(1, fileSize(settings)),
                    (was, now) -> new Open(was.count() + 1, was.sizeAtOpening()));
        }
    }

    /** Call before the pool closes (the file is open, so this connection does not open it again); compacts when this was the file's last {@link Database} here and it is mostly free. */
    static void closing(DatabaseSettings settings) {
        if (settings.kind() != DatabaseSettings.Kind.H2) {
            return;
        }
        Open[] was = new Open[1];
        openHere.computeIfPresent(key(settings), (file, open) -> {
            was[0] = open;
            return open.count() == 1 ? null : new Open(open.count() - 1, open.sizeAtOpening());
        });
        if (was[0] == null || was[0].count() > 1) {
            return;
        }
        long size = fileSize(settings);
        if (size < AT_LEAST_BYTES || size <= GROWN_TIMES * was[0].sizeAtOpening()) {
            return;
        }
        // Not through the pool: a pooled connection is reset as it goes back, and on a closed file that reset failed
        // into H2's own trace file in the data folder.
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.connectionPassword());
             Statement statement = connection.createStatement()) {
            long started = System.nanoTime();
            statement.execute("shutdown compact");
            log.info("Compacted {} at closing: {} MiB (opened at {} MiB), now {} MiB, in {} ms", settings.displayName(),
                    size >> 20, was[0].sizeAtOpening() >> 20, fileSize(settings) >> 20, (System.nanoTime() - started) / 1_000_000);
        } catch (SQLException e) {
            // Still a good file, only larger than it needs to be: the next close tries again.
            log.warn("Could not compact {} at closing", settings.displayName(), e);
        }
    }

    private static long fileSize(DatabaseSettings settings) {
        try {
            return Files.size(Path.of(settings.h2Base() + ".mv.db"));
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static Path key(DatabaseSettings settings) {
        return settings.h2Base().toAbsolutePath().normalize();
    }
}
