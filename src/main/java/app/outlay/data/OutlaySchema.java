package app.outlay.data;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What Outlay's migrations make of an H2 database at a given schema version, as a list of lines to compare: the tables
 * and their kind, every column with its type, default and generation, every check constraint, and the objects that
 * must not be there at all (triggers, functions, constants, domains, synonyms, schemas). A backup whose lines differ
 * from those of a new database migrated to the backup's version was not made by Outlay (or was changed since), so its
 * migration, which writes to it, could run what its defaults and checks call.
 */
final class OutlaySchema {

    private static final String TABLES = "select 'table ' || table_schema || '.' || table_name || ' ' || table_type"
            + " || ' ' || coalesce(table_class, '') from information_schema.tables where table_schema <> 'INFORMATION_SCHEMA'";
    private static final String COLUMNS = "select concat_ws(' ', 'column', table_name || '.' || column_name, data_type, character_maximum_length, numeric_precision,"
            + " numeric_scale, is_nullable, 'default', column_default, 'generated', is_generated, generation_expression, 'on update',"
            + " column_on_update, 'domain', domain_name) from information_schema.columns where table_schema <> 'INFORMATION_SCHEMA'";
    private static final String CHECKS = "select 'check ' || t.table_name || ' ' || c.check_clause"
            + " from information_schema.table_constraints t join information_schema.check_constraints c"
            + " on c.constraint_schema = t.constraint_schema and c.constraint_name = t.constraint_name";
    private static final String OTHERS = "select 'trigger ' || trigger_name from information_schema.triggers"
            + " union all select 'routine ' || routine_name from information_schema.routines"
            + " union all select 'constant ' || constant_name from information_schema.constants"
            + " union all select 'domain ' || domain_name from information_schema.domains"
            + " union all select 'synonym ' || synonym_name from information_schema.synonyms"
            + " union all select 'schema ' || schema_name from information_schema.schemata";
    private static final String HISTORY = "select \"version\" from \"flyway_schema_history\" where \"success\" and \"version\" is not null";

    private OutlaySchema() {
    }

    /** The lines of the database behind {@code connection}, sorted. */
    static List<String> of(Connection connection) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            for (String query : List.of(TABLES, COLUMNS, CHECKS, OTHERS)) {
                try (ResultSet rs = statement.executeQuery(query)) {
                    while (rs.next()) {
                        lines.add(rs.getString(1));
                    }
                }
            }
        }
        lines.sort(null);
        return lines;
    }

    /** The newest schema version the history of the database behind {@code connection} records, if it has one. */
    static Optional<MigrationVersion> version(Connection connection) throws SQLException {
        MigrationVersion newest = null;
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(HISTORY)) {
            while (rs.next()) {
                MigrationVersion version = MigrationVersion.fromVersion(rs.getString(1));
                newest = newest == null || version.isNewerThan(newest.getVersion()) ? version : newest;
            }
        }
        return Optional.ofNullable(newest);
    }

    /** The versions this build's migrations of an embedded database lead through, oldest first. */
    static List<MigrationVersion> knownVersions() {
        return Arrays.stream(flyway("jdbc:h2:mem:", null).info().all()).map(MigrationInfo::getVersion).toList();
    }

    /** The lines of a new embedded database migrated up to {@code version}: built in memory, then dropped. */
    static List<String> at(MigrationVersion version) throws SQLException {
        String url = "jdbc:h2:mem:outlay-schema-" + UUID.randomUUID();
        // This connection keeps the in-memory database alive while Flyway uses connections of its own.
        try (Connection keepAlive = DriverManager.getConnection(url, DatabaseSettings.H2_USER, "")) {
            flyway(url, version).migrate();
            return of(keepAlive);
        }
    }

    private static Flyway flyway(String url, MigrationVersion target) {
        var configuration = Flyway.configure()
                .locations(Migrations.locations(DatabaseSettings.Kind.H2, List.of()).toArray(String[]::new))
                .dataSource(url, DatabaseSettings.H2_USER, "");
        return (target == null ? configuration : configuration.target(target)).load();
    }
}
