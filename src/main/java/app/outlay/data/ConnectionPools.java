package app.outlay.data;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** HikariCP pools sized for a desktop client: a few connections, and a dead server reported in seconds. */
final class ConnectionPools {

    private ConnectionPools() {
    }

    /** A pool for {@code settings}; on PostgreSQL each connection's server process is noted in {@code own}. */
    static HikariDataSource create(DatabaseSettings settings, OwnBackends own) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("outlay-" + settings.kind().name().toLowerCase(java.util.Locale.ROOT));
        // On PostgreSQL the connections name this running Outlay, so another one sees that it is still open (undo).
        String url = settings.jdbcUrl(AppSession.PROCESS.applicationName());
        if (settings.kind() == DatabaseSettings.Kind.POSTGRESQL) {
            config.setDataSource(new NotingDataSource(url, settings.user(), settings.connectionPassword(), own));
        } else {
            config.setJdbcUrl(url);
            config.setUsername(settings.user());
            config.setPassword(settings.connectionPassword());
        }
        // A fixed, small pool: a desktop app does one thing at a time plus a little background work, and a
        // shared server should not see dozens of idle connections per client.
        config.setMaximumPoolSize(3);
        config.setMinimumIdle(3);
        config.setConnectionTimeout(10_000);
        config.setValidationTimeout(3_000);
        // Fail at once, with the driver's own reason, when the first connection cannot be made.
        config.setInitializationFailTimeout(1);
        config.setAutoCommit(true);
        return new HikariDataSource(config);
    }
}
