package app.outlay.data;

import app.outlay.testing.TestDatabases;
import app.outlay.testing.TestPostgres;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The same Flyway scripts build a schema Hibernate validates, on a new H2 file and a new PostgreSQL database. */
class MigrationsTest {

    @Test
    void freshH2FileIsMigratedAndValidated() throws SQLException {
        DatabaseSettings settings = DatabaseSettings.h2(TestDatabases.tempDir("outlay-mig").resolve("outlay"));
        assertFreshDatabaseMigrates(settings, "1", "2", "3", "4");
        assertThat(DatabaseInspector.h2File(settings)).exists();
    }

    @Test
    void freshPostgresDatabaseIsMigratedAndValidated() throws SQLException {
        // V5, the NOTIFY triggers, is PostgreSQL's own (db/vendor/postgresql).
        assertFreshDatabaseMigrates(TestPostgres.freshDatabase(), "1", "2", "3", "4", "5");
    }

    private static void assertFreshDatabaseMigrates(DatabaseSettings settings, String... versions) throws SQLException {
        String newest = versions[versions.length - 1];
        try (Database database = Database.open(settings)) {
            // Opening succeeded, so hbm2ddl=validate found the mapping and the migrated schema in agreement.
            assertThat(database.schema().currentVersion()).isEqualTo(newest);
            assertThat(database.schema().pendingMigrations()).isZero();
            assertThat(successfulMigrations(database)).containsExactly(versions);
            assertThat(lowerCaseTables(database)).contains("category", "expense");
        }
        try (Database again = Database.open(settings)) {
            assertThat(again.schema().appliedMigrations()).isEqualTo(versions.length);
            assertThat(successfulMigrations(again)).containsExactly(versions);
        }
    }

    @Test
    void schemaFromANewerOutlayIsRefusedAndLeftAlone() throws SQLException {
        DatabaseSettings settings = DatabaseSettings.h2(TestDatabases.tempDir("outlay-future").resolve("outlay"));
        try (Database database = Database.open(settings);
             Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("insert into \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                    + "\"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                    + "values (5, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 1, 'outlay', 1, true)");
        }

        assertThatThrownBy(() -> Database.open(settings))
                .isInstanceOf(NewerSchemaException.class)
                .hasMessageContaining("newer Outlay (schema v99)")
                .hasMessageContaining("knows schema v4");
        assertThat(DatabaseInspector.inspect(settings).schema().currentVersion()).isEqualTo("99");
    }

    private static List<String> successfulMigrations(Database database) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select \"version\" from \"flyway_schema_history\" "
                     + "where \"success\" = true and \"version\" is not null order by \"installed_rank\"")) {
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
        }
        return versions;
    }

    /** Unquoted names: H2 reports them upper case, PostgreSQL lower case; both are the same name to SQL. */
    private static List<String> lowerCaseTables(Database database) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection();
             ResultSet rs = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
            }
        }
        return tables;
    }
}
