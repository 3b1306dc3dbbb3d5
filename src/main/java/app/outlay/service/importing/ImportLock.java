package app.outlay.service.importing;

import app.outlay.data.DatabaseSettings;
import org.hibernate.StatelessSession;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One import at a time per ledger, so that the second sees what the first committed: duplicate detection reads
 * committed rows only, and two imports of one statement running side by side each booked it in full.
 * <p>
 * PostgreSQL: a transaction-level advisory lock, taken in the import's transaction before anything is read, so every
 * Outlay (window or command line, on any computer) waits there; it ends with the transaction. H2: one process has the
 * file (H2 locks it), so a lock in this JVM per database file serves.
 */
final class ImportLock implements AutoCloseable {

    /** "outlay-i" in ASCII: advisory-lock keys are per database and shared by every application using it. */
    static final long ADVISORY_KEY = 0x6f75746c61792d69L;

    private static final Map<Path, ReentrantLock> EMBEDDED = new ConcurrentHashMap<>();

    private final ReentrantLock held;

    private ImportLock(ReentrantLock held) {
        this.held = held;
    }

    /** Waits until no other import of this ledger runs; call it inside the import's transaction, before reading. */
    static ImportLock acquire(StatelessSession session, DatabaseSettings settings) {
        if (settings.kind() == DatabaseSettings.Kind.POSTGRESQL) {
            session.doWork(connection -> {
                try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
                    lock.setLong(1, ADVISORY_KEY);
                    lock.execute();
                }
            });
            return new ImportLock(null);
        }
        ReentrantLock lock = EMBEDDED.computeIfAbsent(settings.h2Base().toAbsolutePath().normalize(), file -> new ReentrantLock());
        lock.lock();
        return new ImportLock(lock);
    }

    /** PostgreSQL's lock ends with the transaction; this JVM's is released here. */
    @Override
    public void close() {
        if (held != null) {
            held.unlock();
        }
    }
}
