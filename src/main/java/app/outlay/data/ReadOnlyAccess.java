package app.outlay.data;

import org.flywaydb.core.api.MigrationInfoService;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;

/**
 * Connections that cannot change a database, for looking before touching (docs/design.md §3, "Schema from a newer
 * Outlay"). H2: {@code ACCESS_MODE_DATA=r} — a read-write open that only reads still rewrites the file's bytes.
 * PostgreSQL: every statement runs in a read-only transaction ({@code readOnlyMode=always}). It only connects:
 * what is looked at is {@link SchemaLook}'s and {@link DatabaseInspector}'s, which use it (never the other way).
 */
final class ReadOnlyAccess {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ReadOnlyAccess.class);

    private ReadOnlyAccess() {
    }

    /** False for an H2 file that does not exist yet: there is nothing to look at (and nothing must be created). */
    static boolean exists(DatabaseSettings settings) {
        return settings.kind() != DatabaseSettings.Kind.H2 || Files.exists(settings.h2File());
    }

    static String url(DatabaseSettings settings) {
        if (settings.kind() == DatabaseSettings.Kind.H2) {
            return settings.jdbcUrl() + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE";
        }
        return settings.jdbcUrl() + "&readOnly=true&readOnlyMode=always";
    }

    static Connection connect(DatabaseSettings settings) throws SQLException {
        return DriverManager.getConnection(url(settings), credentials(settings));
    }

    private static Properties credentials(DatabaseSettings settings) {
        Properties properties = new Properties();
        properties.setProperty("user", settings.user());
        String password = password(settings);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return properties;
    }

    /**
     * True when a read-only open failed because H2 had to write first: a file left by a crash in the middle of a
     * transaction that had reached the disk (a kill or power cut during an import) is rolled back as it opens, which
     * a read-only open cannot do ("This store is read-only"). Neither the window nor the command line opened it.
     */
    static boolean leftUnfinished(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.h2.mvstore.MVStoreException store
                    && store.getErrorCode() == org.h2.mvstore.DataUtils.ERROR_WRITING_FAILED) {
                return true;
            }
        }
        return false;
    }

    /**
     * Opens an H2 file read-write once, so H2 rolls back what a crash left unfinished and closes it cleanly; only H2's
     * own recovery writes (the schema is not touched: the look that follows still comes first).
     */
    static void finishWhatACrashLeft(DatabaseSettings settings) {
        try (Connection recovered = DriverManager.getConnection(settings.jdbcUrl() + ";IFEXISTS=TRUE", credentials(settings))) {
            log.warn("{} was left unfinished by a crash; H2 rolled back what was not committed", settings.displayName());
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The schema history as Flyway sees it, read without changing anything. */
    static MigrationInfoService schemaHistory(DatabaseSettings settings, List<String> locations) {
        if (settings.isProtected()) {
            // Flyway's own data source drops the trailing space of H2's "file-password user-password" pair.
            org.h2.jdbcx.JdbcDataSource dataSource = new org.h2.jdbcx.JdbcDataSource();
            dataSource.setURL(url(settings));
            dataSource.setUser(settings.user());
            dataSource.setPassword(password(settings));
            return Migrations.flyway(dataSource, locations).info();
        }
        return Migrations.flyway(url(settings), settings.user(), password(settings), locations).info();
    }

    private static String password(DatabaseSettings settings) {
        // The embedded database's file password, if protected (docs/design.md §3); for PostgreSQL none means: the driver reads .pgpass.
        return settings.connectionPassword();
    }
}
