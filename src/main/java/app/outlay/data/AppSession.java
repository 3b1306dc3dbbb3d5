package app.outlay.data;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One running Outlay (one window, or one command-line run), as the change log records it, so that Ctrl+Z in one
 * window never undoes what another window of the same user still open did. Each process is one session
 * ({@link #PROCESS}); its PostgreSQL connections carry the session in their application name, which is how
 * another Outlay on the same server sees that it is still running.
 */
public final class AppSession implements AutoCloseable {

    /** Prefix of the application name of the pool's connections to PostgreSQL (pg_stat_activity). */
    public static final String APPLICATION_PREFIX = "Outlay-session-";

    /** Sessions running in this JVM. An embedded database is open in one process only, so on H2 that is all. */
    private static final Set<String> RUNNING_HERE = ConcurrentHashMap.newKeySet();

    /** This running Outlay. */
    public static final AppSession PROCESS = start();

    private final String id;

    private AppSession(String id) {
        this.id = id;
        RUNNING_HERE.add(id);
    }

    /** A new session, running until it is closed; the app has one ({@link #PROCESS}), tests make more. */
    public static AppSession start() {
        return new AppSession(UUID.randomUUID().toString().replace("-", "").substring(0, 16));
    }

    public String id() {
        return id;
    }

    /** The name this session's connections show on a PostgreSQL server. */
    public String applicationName() {
        return APPLICATION_PREFIX + id;
    }

    /** The sessions running in this JVM (this one included). */
    public static Set<String> runningHere() {
        return Set.copyOf(RUNNING_HERE);
    }

    /** The session id in a connection's application name, or null when it is not one of Outlay's sessions. */
    public static String fromApplicationName(String applicationName) {
        return applicationName != null && applicationName.startsWith(APPLICATION_PREFIX)
                ? applicationName.substring(APPLICATION_PREFIX.length()) : null;
    }

    /** Ends this session: its changes may now be undone by this user's other Outlays, as after a restart. */
    @Override
    public void close() {
        RUNNING_HERE.remove(id);
    }
}
