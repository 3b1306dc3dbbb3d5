package app.outlay.data;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Flyway owns the schema: the scripts under {@code db/migration} run at every open, before Hibernate starts.
 * The scripts are append-only: a released V-script is never edited, a change is a new script.
 */
public final class Migrations {

    public static final String LOCATION = "classpath:db/migration";
    /** Scripts for one database only, e.g. PostgreSQL's NOTIFY triggers: {@code db/vendor/h2} or {@code db/vendor/postgresql}. */
    public static final String VENDOR_LOCATION = "classpath:db/vendor/";

    private Migrations() {
    }

    /**
     * Outlay's own locations for this kind of database (the shared scripts and its own, e.g. PostgreSQL's NOTIFY
     * triggers) plus {@code extra} ones (tests add deliberately failing scripts this way).
     */
    static List<String> locations(DatabaseSettings.Kind kind, List<String> extra) {
        List<String> all = new ArrayList<>();
        all.add(LOCATION);
        all.add(VENDOR_LOCATION + (kind == DatabaseSettings.Kind.POSTGRESQL ? "postgresql" : "h2"));
        all.addAll(extra);
        return all;
    }

    static Flyway flyway(DataSource dataSource, List<String> locations) {
        return configure(locations).dataSource(dataSource).load();
    }

    /**
     * All pending migrations in ONE transaction: on PostgreSQL (transactional DDL) an upgrade that fails half-way
     * leaves the schema exactly as it was. H2 commits DDL at once, so there it would buy nothing (Flyway warns);
     * there the backup taken before the upgrade is what puts things back (see Database.open).
     */
    private static Flyway flywayForMigrating(DataSource dataSource, List<String> locations, boolean transactionalDdl) {
        return configure(locations).dataSource(dataSource).group(transactionalDdl).load();
    }

    /** For a check on a connection of its own, e.g. a read-only one. */
    static Flyway flyway(String url, String user, String password, List<String> locations) {
        return configure(locations).dataSource(url, user, password).load();
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration configure(List<String> locations) {
        return Flyway.configure()
                .locations(locations.toArray(String[]::new));
    }

    /** Applies pending migrations; refuses, without changing anything, a schema newer than this build knows. */
    static SchemaStatus migrate(DataSource dataSource, List<String> locations, boolean transactionalDdl) {
        Flyway flyway = flywayForMigrating(dataSource, locations, transactionalDdl);
        refuseNewerSchema(flyway.info());
        flyway.migrate();
        return status(flyway.info());
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

    static SchemaStatus status(MigrationInfoService info) {
        MigrationInfo current = info.current();
        String version = current == null || current.getVersion() == null ? null : current.getVersion().getVersion();
        int applied = (int) Arrays.stream(info.applied()).filter(m -> m.getVersion() != null).count();
        boolean failed = Arrays.stream(info.applied()).anyMatch(m -> m.getState().isFailed());
        return new SchemaStatus(version, applied, info.pending().length, newestKnown(info), failed);
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
