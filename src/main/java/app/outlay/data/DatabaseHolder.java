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
    private final AppSession appSession;

    public DatabaseHolder() {
        this.appSession = AppSession.PROCESS;
    }

    public DatabaseHolder(Database database) {
        this(database, AppSession.PROCESS);
    }

    /** The database as one running Outlay uses it: tests simulate two windows with two sessions. */
    public DatabaseHolder(Database database, AppSession appSession) {
        this.appSession = appSession;
        current.set(database);
    }

    /** The running Outlay whose changes the change log records as its own. */
    public AppSession appSession() {
        return appSession;
    }

    /** The database in use; fails with a clear message while none is open yet. */
    public Database get() {
        Database database = current.get();
        if (database == null) {
            // Said to the user too (a window opened while the ledger still opens), so in their language.
            throw new app.outlay.text.ExplainedException(app.outlay.text.UserText.of("problem.database.notOpen"));
        }
        return database;
    }

    public Optional<Database> current() {
        return Optional.ofNullable(current.get());
    }

    public SessionFactory sessionFactory() {
        return get().sessionFactory();
    }

    /** Plain SQL on the database in use, without Hibernate: see {@link Database#read}. */
    public <T> T read(org.hibernate.jdbc.ReturningWork<T> work) {
        return get().read(work);
    }

    /** Puts {@code next} in use and returns the one it replaces (the caller closes it), or null. */
    public Database swap(Database next) {
        return current.getAndSet(next);
    }
}
