package app.outlay.data;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Live updates from a shared PostgreSQL ledger: LISTENs on the channel the V5 triggers NOTIFY, on one connection
 * of its own (outside the pool, which is for work), and passes on what other clients changed: the notifications of
 * the client's own pool's commits ({@link OwnBackends}, by the sending server process) are left out. Reconnects by itself when the server goes away and then asks
 * for one full refresh, since notifications sent meanwhile are lost. Also counts the other Outlays listening.
 */
public final class LiveChanges implements AutoCloseable {

    /** One changed row, as the trigger announced it. */
    public record Change(String table, long id, String kind) {
    }

    /** What the listener reports; every method is called on the listener's own thread. */
    public interface Events {
        void changed(List<Change> changes);

        /** The connection was lost and is back: anything may have changed meanwhile. */
        void reconnected();

        /** How many other Outlay clients are connected to this database. */
        default void otherClients(int count) {
        }
    }

    public static final String CHANNEL = "outlay_changes";
    private static final String APPLICATION_PREFIX = "Outlay-live-";
    private static final Logger log = LoggerFactory.getLogger(LiveChanges.class);
    private static final Pattern PAYLOAD = Pattern.compile(
            "\"table\"\\s*:\\s*\"(\\w+)\".*\"id\"\\s*:\\s*(\\d+).*\"kind\"\\s*:\\s*\"(\\w+)\"");
    private static final int WAIT_MILLIS = 250;
    private static final long PRESENCE_EVERY_MILLIS = 5_000;

    private final DatabaseSettings settings;
    private final OwnBackends own;
    private final Events events;
    private final String applicationName = APPLICATION_PREFIX + UUID.randomUUID().toString().substring(0, 8);
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Connection connection;

    private LiveChanges(DatabaseSettings settings, OwnBackends own, Events events) {
        this.settings = settings;
        this.own = own;
        this.events = events;
        this.thread = new Thread(this::run, "outlay-live-updates");
        this.thread.setDaemon(true);
    }

    /** Starts listening to every change; returns at once. Only for PostgreSQL: the embedded database has no other clients. */
    public static LiveChanges start(DatabaseSettings settings, Events events) {
        return start(settings, OwnBackends.none(), events);
    }

    /**
     * Starts listening to the changes of everyone but {@code own} (a client's own pool: what it changed, it shows
     * already); returns at once. Only for PostgreSQL.
     */
    public static LiveChanges start(DatabaseSettings settings, OwnBackends own, Events events) {
        if (settings.kind() != DatabaseSettings.Kind.POSTGRESQL) {
            throw new IllegalArgumentException("Live updates need PostgreSQL; " + settings.displayName() + " has no other clients.");
        }
        LiveChanges listener = new LiveChanges(settings, own, events);
        listener.thread.start();
        return listener;
    }

    private void run() {
        boolean first = true;
        while (running) {
            try (Connection c = connect()) {
                connection = c;
                if (!first) {
                    log.info("Live updates reconnected to {}", settings.displayName());
                    events.reconnected();
                }
                first = false;
                listen(c);
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Live updates lost the connection to {}: {}", settings.displayName(), e.getMessage());
                    first = false;
                    pause(1_000);
                }
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", settings.user());
        if (settings.password() != null) {
            properties.setProperty("password", settings.password());
        }
        Connection c = DriverManager.getConnection(settings.jdbcUrl(applicationName), properties);
        try (Statement statement = c.createStatement()) {
            statement.execute("LISTEN " + CHANNEL);
        }
        return c;
    }

    private void listen(Connection c) throws SQLException {
        PGConnection postgres = c.unwrap(PGConnection.class);
        long presenceDue = 0;
        while (running) {
            PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
            if (notifications != null && notifications.length > 0) {
                List<Change> changes = parse(notifications);
                if (!changes.isEmpty()) {
                    events.changed(changes);
                }
            }
            if (System.currentTimeMillis() >= presenceDue) {
                events.otherClients(otherClients(c));
                own.forgetGone(c);
                presenceDue = System.currentTimeMillis() + PRESENCE_EVERY_MILLIS;
            }
        }
    }

    /** The changes others made: a commit of the client's own pool is shown by the view that made it already. */
    private List<Change> parse(PGNotification[] notifications) {
        List<Change> changes = new ArrayList<>();
        for (PGNotification notification : notifications) {
            if (own.sentBy(notification.getPID())) {
                continue;
            }
            Matcher m = PAYLOAD.matcher(notification.getParameter());
            if (m.find()) {
                changes.add(new Change(m.group(1), Long.parseLong(m.group(2)), m.group(3)));
            }
        }
        return changes;
    }

    private int otherClients(Connection c) throws SQLException {
        try (Statement statement = c.createStatement();
             ResultSet rs = statement.executeQuery("select count(*) from pg_stat_activity where datname = current_database() "
                     + "and application_name like '" + APPLICATION_PREFIX + "%' and pid <> pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The name this client's listening connection has on the server (tests use it to cut the connection). */
    public String applicationName() {
        return applicationName;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        Connection c = connection;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
