package app.outlay.data;

import app.outlay.testing.MigrationScripts;
import app.outlay.testing.TestPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The cheap look that lets an everyday start skip Flyway: it must say "up to date" only when that is the truth. */
class SchemaLookTest {

    @TempDir
    Path folder;

    @Test
    void aFullyMigratedDatabaseIsUpToDateOnH2AndPostgresql() {
        for (DatabaseSettings settings : List.of(DatabaseSettings.h2(folder.resolve("outlay")), TestPostgres.freshDatabase())) {
            Database.open(settings).close();
            List<String> locations = Migrations.locations(settings.kind(), List.of());
            assertThat(SchemaLook.upToDate(settings, locations)).as(settings.displayName())
                    .hasValueSatisfying(status -> {
                        assertThat(status.currentVersion()).isEqualTo(MigrationScripts.newest(settings.kind()));
                        assertThat(status.appliedMigrations()).isEqualTo(MigrationScripts.versions(settings.kind()).size());
                        assertThat(status.upToDate()).isTrue();
                    });
        }
    }

    @Test
    void pendingFailedOrUnknownMigrationsSendTheStartToFlyway() throws SQLException {
        DatabaseSettings settings = DatabaseSettings.h2(folder.resolve("outlay"));
        List<String> locations = Migrations.locations(settings.kind(), List.of());
        assertThat(SchemaLook.upToDate(settings, locations)).as("no history table").isEmpty();

        Flyway.configure().dataSource(settings.jdbcUrl(), settings.user(), "").locations(locations.toArray(String[]::new))
                .target("3").load().migrate();
        assertThat(SchemaLook.upToDate(settings, locations)).as("pending migrations").isEmpty();

        Database.open(settings).close();
        assertThat(SchemaLook.upToDate(settings, locations)).as("all applied").isPresent();
        assertThat(SchemaLook.upToDate(settings, List.of(locations.get(0), locations.get(1), "classpath:db/failing")))
                .as("a migration this start knows of is missing").isEmpty();

        history(settings, "update \"flyway_schema_history\" set \"success\" = false where \"version\" = '2'");
        assertThat(SchemaLook.upToDate(settings, locations)).as("a failed migration").isEmpty();
        history(settings, "update \"flyway_schema_history\" set \"success\" = true where \"version\" = '2'");
        history(settings, "insert into \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", "
                + "\"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                + "values (100, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 1, 'outlay', 1, true)");
        assertThat(SchemaLook.upToDate(settings, locations)).as("a newer Outlay's migration").isEmpty();
    }

    @Test
    void theIndexReadsScriptsFromAJarAsTheInstalledAppHasThem() throws IOException {
        Path jar = folder.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : List.of("db/migration/", "db/migration/V1__one.sql", "db/migration/V7_1__seven.sql",
                    "db/migration/README.txt", "db/migration/sub/V9__nested.sql", "db/other/V8__elsewhere.sql")) {
                out.putNextEntry(new JarEntry(name));
                if (!name.endsWith("/")) {
                    out.write("select 1;".getBytes());
                }
                out.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThat(MigrationIndex.versions(List.of("classpath:db/migration"), loader))
                    .containsExactlyInAnyOrder(MigrationVersion.fromVersion("1"), MigrationVersion.fromVersion("7.1"));
        }
    }

    private static void history(DatabaseSettings settings, String sql) throws SQLException {
        try (Connection connection = java.sql.DriverManager.getConnection(settings.jdbcUrl(), settings.user(), "");
             Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    /**
     * The one failure after which the look opens an H2 file read-write first: H2 had to roll back what a crash left on
     * disk uncommitted and could not, read-only (seen after killing `outlay import` of 300,000 lines at 10 s: the next
     * start refused the ledger). Other failures still surface as they are.
     */
    @Test
    void onlyAStoreThatMustBeWrittenToOpenCountsAsLeftUnfinished() {
        Exception readOnly = new java.sql.SQLException("General error", "HY000", 50000,
                org.h2.mvstore.DataUtils.newMVStoreException(org.h2.mvstore.DataUtils.ERROR_WRITING_FAILED, "This store is read-only"));
        assertThat(ReadOnlyAccess.leftUnfinished(new IllegalStateException(readOnly))).isTrue();
        Exception corrupt = new java.sql.SQLException("General error", "HY000", 50000,
                org.h2.mvstore.DataUtils.newMVStoreException(org.h2.mvstore.DataUtils.ERROR_FILE_CORRUPT, "broken"));
        assertThat(ReadOnlyAccess.leftUnfinished(corrupt)).isFalse();
        assertThat(ReadOnlyAccess.leftUnfinished(new java.sql.SQLException("Wrong user name or password"))).isFalse();
    }
}
