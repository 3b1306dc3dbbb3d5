package app.outlay.data;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The server processes (backend PIDs) of one pool's PostgreSQL connections. A notification the triggers send
 * carries the PID of the connection whose commit caused it, so the live-update listener can tell this window's own
 * changes (shown already: the view that made one reloaded, as on H2) from everyone else's, which every view must
 * load. Per pool, not per process: two Databases in one JVM (tests, a copy) are two clients to each other.
 * <p>
 * Each connection is noted as the pool makes it, before any work runs on it, so no own change can come from a PID
 * not known yet. A PID is forgotten once the server no longer shows it under the pool's name: the server may give a
 * retired connection's PID to another client later, and that client's changes must not pass for ours.
 */
public final class OwnBackends {

    private final String applicationName;
    private final Set<Integer> pids = ConcurrentHashMap.newKeySet();

    /** For the connections that show {@code applicationName} on the server (see {@link AppSession#applicationName}). */
    public OwnBackends(String applicationName) {
        this.applicationName = applicationName;
    }

    /** No connections: every change is someone else's (e.g. {@code outlay watch}, which writes nothing). */
    public static OwnBackends none() {
        return new OwnBackends("");
    }

    /** The pool made a connection served by server process {@code pid}. */
    void noted(int pid) {
        pids.add(pid);
    }

    /** True when a notification from server process {@code pid} is about a commit of this pool's connections. */
    public boolean sentBy(int pid) {
        return pids.contains(pid);
    }

    /**
     * Forgets the PIDs whose connection is gone (closed by the pool, evicted, cut by the server), asking on
     * {@code connection}. Only those known before asking are forgotten: one the pool noted meanwhile stays.
     */
    public void forgetGone(Connection connection) throws SQLException {
        List<Integer> known = List.copyOf(pids);
        if (known.isEmpty()) {
            return;
        }
        Set<Integer> alive = new HashSet<>();
        Array asked = connection.createArrayOf("integer", known.toArray());
        try (PreparedStatement statement = connection.prepareStatement(
                "select pid from pg_stat_activity where pid = any(?) and application_name = ?")) {
            statement.setArray(1, asked);
            statement.setString(2, applicationName);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    alive.add(rows.getInt(1));
                }
            }
        } finally {
            asked.free();
        }
        for (Integer pid : known) {
            if (!alive.contains(pid)) {
                pids.remove(pid);
            }
        }
    }
}
