package app.outlay.data;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Arrays;

/** Flyway owns the schema: the scripts under {@code db/migration} run at every open, before Hibernate starts. */
public final class Migrations {

    public static final String LOCATION = "classpath:db/migration";
    /** Scripts for one database only, e.g. PostgreSQL's NOTIFY triggers: {@code db/vendor/h2} or {@code db/vendor/postgresql}. */
    public static final String VENDOR_LOCATION = "classpath:db/vendor/";

    private Migrations() {
    }

    static Flyway flyway(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(LOCATION, VENDOR_LOCATION + vendor(dataSource))
                .load();
    }

    /** "postgresql" or "h2", from what the driver says the database is. */
    private static String vendor(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.contains("postgres") ? "postgresql" : "h2";
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database this is: " + e.getMessage(), e);
        }
    }

    /** Applies pending migrations; refuses, without changing anything, a schema newer than this build knows. */
    public static SchemaStatus migrate(DataSource dataSource) {
        Flyway flyway = flyway(dataSource);
        refuseNewerSchema(flyway.info());
        flyway.migrate();
        return status(flyway.info());
    }

    /** Reads the schema state without changing anything. */
    public static SchemaStatus inspect(DataSource dataSource) {
        return status(flyway(dataSource).info());
    }

    static void refuseNewerSchema(MigrationInfoService info) {
        MigrationInfo newestApplied = newest(info.applied());
        if (newestApplied != null && isFuture(newestApplied.getState())) {
            throw new NewerSchemaException(newestApplied.getVersion().getVersion(), newestKnown(info));
        }
    }

    private static boolean isFuture(MigrationState state) {
        return state == MigrationState.FUTURE_SUCCESS || state == MigrationState.FUTURE_FAILED;
    }

    private static SchemaStatus status(MigrationInfoService info) {
        MigrationInfo current = info.current();
        String version = current == null || current.getVersion() == null ? null : current.getVersion().getVersion();
        int applied = (int) Arrays.stream(info.applied()).filter(m -> m.getVersion() != null).count();
        return new SchemaStatus(version, applied, info.pending().length, newestKnown(info));
    }

    private static String newestKnown(MigrationInfoService info) {
        return Arrays.stream(info.all())
                .filter(m -> m.getVersion() != null && !isFuture(m.getState()))
                .map(m -> m.getVersion())
                .max(Comparable::compareTo)
                .map(v -> v.getVersion())
                .orElse("0");
    }

    private static MigrationInfo newest(MigrationInfo[] migrations) {
        return Arrays.stream(migrations)
                .filter(m -> m.getVersion() != null)
                .reduce((a, b) -> a.getVersion().compareTo(b.getVersion()) >= 0 ? a : b)
                .orElse(null);
    }
}
