package app.outlay.data;

import org.hibernate.SessionFactory;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The database in use. Services ask it for the current SessionFactory on every call, so a live switch
 * (build the new database, swap it in, close the old one) needs no service to be rebuilt.
 */
public final class DatabaseHolder {

    private final AtomicReference<Database> current = new AtomicReference<>();

    public DatabaseHolder() {
    }

    public DatabaseHolder(Database database) {
        current.set(database);
    }

    /** The database in use; fails with a clear message while none is open yet. */
    public Database get() {
        Database database = current.get();
        if (database == null) {
            throw new IllegalStateException("The database is not open yet");
        }
        return database;
    }

    public Optional<Database> current() {
        return Optional.ofNullable(current.get());
    }

    public SessionFactory sessionFactory() {
        return get().sessionFactory();
    }

    /** Puts {@code next} in use and returns the one it replaces (the caller closes it), or null. */
    public Database swap(Database next) {
        return current.getAndSet(next);
    }
}
