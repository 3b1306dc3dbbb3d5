package app.outlay.data;

import app.outlay.testing.MigrationScripts;
import app.outlay.testing.TestDatabases;
import app.outlay.testing.TestPostgres;
import app.outlay.cli.CommandLineApp;
import app.outlay.settings.AppPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static app.outlay.testing.Checksums.sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The same Flyway scripts build a schema Hibernate validates, on a new H2 file and a new PostgreSQL database. */
class MigrationsTest {

    @Test
    void freshH2FileIsMigratedAndValidated() throws SQLException {
        DatabaseSettings settings = DatabaseSettings.h2(TestDatabases.tempDir("outlay-mig").resolve("outlay"));
        assertFreshDatabaseMigrates(settings, MigrationScripts.versions(DatabaseSettings.Kind.H2));
        assertThat(settings.h2File()).exists();
    }

    @Test
    void freshPostgresDatabaseIsMigratedAndValidated() throws SQLException {
        // V5, the NOTIFY triggers, is PostgreSQL's own (db/vendor/postgresql).
        List<String> versions = MigrationScripts.versions(DatabaseSettings.Kind.POSTGRESQL);
        assertThat(versions).contains("5").containsAll(MigrationScripts.versions(DatabaseSettings.Kind.H2));
        assertFreshDatabaseMigrates(TestPostgres.freshDatabase(), versions);
    }

    private static void assertFreshDatabaseMigrates(DatabaseSettings settings, List<String> versions) throws SQLException {
        assertThat(versions).startsWith("1", "2", "3", "4");
        String newest = versions.get(versions.size() - 1);
        try (Database database = Database.open(settings)) {
            // Opening succeeded, so hbm2ddl=validate found the mapping and the migrated schema in agreement.
            assertThat(database.schema().currentVersion()).isEqualTo(newest);
            assertThat(database.schema().pendingMigrations()).isZero();
            assertThat(successfulMigrations(database)).containsExactlyElementsOf(versions);
            assertThat(lowerCaseTables(database)).contains("category", "expense", "ledger");
        }
        try (Database again = Database.open(settings)) {
            assertThat(again.schema().appliedMigrations()).isEqualTo(versions.size());
            assertThat(successfulMigrations(again)).containsExactlyElementsOf(versions);
        }
    }

    @Test
    void schemaFromANewerOutlayIsRefusedAndLeftAlone() throws SQLException {
        DatabaseSettings settings = DatabaseSettings.h2(TestDatabases.tempDir("outlay-future").resolve("outlay"));
        writtenByTheFuture(settings);
        String before = sha256(settings.h2File());

        assertThatThrownBy(() -> Database.open(settings))
                .isInstanceOf(NewerSchemaException.class)
                .hasMessageContaining("newer Outlay (schema v99)")
                .hasMessageContaining("knows schema v" + MigrationScripts.newest(DatabaseSettings.Kind.H2) + ".");
        assertThat(DatabaseInspector.inspect(settings).schema().currentVersion()).isEqualTo("99");
        assertThat(sha256(settings.h2File())).as("not a byte changed").isEqualTo(before);
    }

    @Test
    void migrateCommandRefusesANewerSchemaLeavingTheFileByteForByte(@TempDir Path home) throws SQLException {
        DatabaseSettings settings = DatabaseSettings.h2(AppPaths.under(home).defaultH2Base());
        writtenByTheFuture(settings);
        Path file = settings.h2File();
        String before = sha256(file);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineApp.run(AppPaths.under(home).createFolders(), new String[] {"db", "migrate"},
                new PrintWriter(out), new PrintWriter(err));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("outlay: This database was written by a newer Outlay (schema v99); this version "
                + "knows schema v" + MigrationScripts.newest(DatabaseSettings.Kind.H2) + ". Update Outlay to open it. Nothing was changed." + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
        assertThat(sha256(file)).isEqualTo(before);
        assertThat(home.resolve("backups")).isEmptyDirectory();
    }

    @Test
    void postgresqlSchemaFromANewerOutlayIsRefused() throws SQLException {
        DatabaseSettings settings = TestPostgres.freshDatabase();
        writtenByTheFuture(settings);
        assertThatThrownBy(() -> Database.open(settings))
                .isInstanceOf(NewerSchemaException.class)
                .hasMessageContaining("newer Outlay (schema v99)");
        // Issue 25.7: 'outlay db info' called it "up to date".
        assertThat(DatabaseInspector.inspect(settings).schema().describe()).startsWith("v99 (written by a newer Outlay: "
                + "this version knows up to v" + MigrationScripts.newest(DatabaseSettings.Kind.POSTGRESQL) + "; update Outlay to open it)");
    }

    /** Issue 25.7: Flyway's "Failed to execute script" said nothing of the missing right. */
    @Test
    void aRoleThatMayNotCreateTablesIsToldSo() throws SQLException {
        DatabaseSettings fresh = TestPostgres.freshDatabase();
        try (Connection connection = DriverManager.getConnection(fresh.jdbcUrl(), fresh.user(), fresh.password());
             Statement statement = connection.createStatement()) {
            statement.execute("revoke create on schema public from public");
        }
        DatabaseSettings role = TestPostgres.passwordUser(fresh.database());

        assertThatThrownBy(() -> Database.open(role))
                .hasMessage("The role outlay_pw may not create tables in database " + fresh.database() + " on " + fresh.host() + ":"
                        + fresh.port() + " (schema public), so Outlay cannot set up or upgrade its tables there. Ask the database's "
                        + "owner to run GRANT CREATE ON SCHEMA public TO outlay_pw, or use a role that may. Nothing was changed.");
        try (Connection connection = DriverManager.getConnection(fresh.jdbcUrl(), fresh.user(), fresh.password());
             ResultSet rs = connection.createStatement().executeQuery("select count(*) from information_schema.tables "
                     + "where table_schema = 'public'")) {
            rs.next();
            assertThat(rs.getInt(1)).as("nothing was created").isZero();
        }
    }

    /** A database a later Outlay (schema v99) has migrated. */
    private static void writtenByTheFuture(DatabaseSettings settings) throws SQLException {
        try (Database database = Database.open(settings);
             Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("insert into \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                    + "\"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                    + "values (100, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 1, 'outlay', 1, true)");
        }
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
