package app.outlay.data;

import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The everyday start's look at the schema: one query of Flyway's history table on a read-only connection. When
 * every migration this build ships is applied, successfully, and nothing else, the schema is up to date and
 * Flyway need not run at all (its own look costs a few hundred milliseconds of a cold start). Anything else —
 * no history yet, a pending, failed or unknown (newer) migration — answers empty, and Flyway looks properly.
 */
final class SchemaLook {

    // Flyway's names, quoted: it creates them in lower case, which H2 would otherwise read as upper case.
    private static final String HISTORY = "select \"version\", \"success\" from \"flyway_schema_history\"";

    private SchemaLook() {
    }

    static Optional<SchemaStatus> upToDate(DatabaseSettings settings, List<String> locations) {
        Set<MigrationVersion> known = new HashSet<>(MigrationIndex.versions(locations));
        Set<MigrationVersion> applied = new HashSet<>();
        try (Connection connection = ReadOnlyAccess.connect(settings);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(HISTORY)) {
            while (rows.next()) {
                if (!rows.getBoolean(2)) {
                    return Optional.empty();
                }
                String version = rows.getString(1);
                if (version != null) {
                    applied.add(MigrationVersion.fromVersion(version));
                }
            }
        } catch (SQLException noHistoryYet) {
            return Optional.empty();
        }
        if (known.isEmpty() || !applied.equals(known)) {
            return Optional.empty();
        }
        String newest = known.stream().max(MigrationVersion::compareTo).orElseThrow().getVersion();
        return Optional.of(new SchemaStatus(newest, applied.size(), 0, newest, false));
    }

    /**
     * Refuses a schema newer than this build knows, having changed nothing.
     *
     * @return the schema as it is now, or null for an H2 file that does not exist yet
     * @throws NewerSchemaException when a newer Outlay wrote the schema
     */
    static SchemaStatus refuseNewerSchema(DatabaseSettings settings, List<String> locations) {
        if (!ReadOnlyAccess.exists(settings)) {
            return null;
        }
        try {
            return look(settings, locations);
        } catch (RuntimeException e) {
            if (!ReadOnlyAccess.leftUnfinished(e)) {
                throw e;
            }
            ReadOnlyAccess.finishWhatACrashLeft(settings);
            return look(settings, locations);
        }
    }

    private static SchemaStatus look(DatabaseSettings settings, List<String> locations) {
        Optional<SchemaStatus> upToDate = upToDate(settings, locations);
        if (upToDate.isPresent()) {
            return upToDate.get();
        }
        MigrationInfoService info = ReadOnlyAccess.schemaHistory(settings, locations);
        Migrations.refuseNewerSchema(info);
        return Migrations.status(info);
    }
}
