package app.outlay.data;

import app.outlay.testing.MigrationScripts;
import app.outlay.testing.TestPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static app.outlay.testing.Checksums.sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Upgrades never lose data: an embedded database is backed up before its schema changes and put back when the
 * upgrade fails; PostgreSQL rolls a failed upgrade back. The failing upgrade is a test-only migration
 * ({@code src/test/resources/db/failing/V90__deliberately_failing.sql}).
 */
class UpgradeSafetyTest {

    /** The newest schema this build makes: PostgreSQL has scripts of its own (V5, its NOTIFY triggers, and more). */
    private static final String CURRENT_H2 = MigrationScripts.newest(DatabaseSettings.Kind.H2);
    private static final String CURRENT_POSTGRESQL = MigrationScripts.newest(DatabaseSettings.Kind.POSTGRESQL);

    private static final String FAILING = "classpath:db/failing";

    @TempDir
    Path home;

    private DatabaseSettings h2() {
        return DatabaseSettings.h2(home.resolve("data/outlay"));
    }

    private Path backups() {
        return home.resolve("backups");
    }

    @Test
    void databaseOfThePreviousSchemaIsBackedUpThenUpgradedWithItsDataIntact() throws Exception {
        DatabaseSettings settings = h2();
        migrateTo(settings, "2");
        insertExpenses(settings, 3);
        String original = sha256(settings.h2File());

        try (Database database = Database.open(settings, backups())) {
            assertThat(database.schema().currentVersion()).isEqualTo(CURRENT_H2);
            assertThat(database.schema().pendingMigrations()).isZero();
            assertThat(DatabaseCopy.contents(database)).isEqualTo(new DatabaseCopy.Contents(3, 13, new BigDecimal("61.50")));
            assertThat(descriptions(database)).containsExactly("Expense 1 ‘quoted’", "Expense 2 ‘quoted’", "Expense 3 ‘quoted’");
        }

        List<Path> written = backupFiles();
        assertThat(written).hasSize(1);
        assertThat(written.get(0).getFileName().toString()).matches("outlay-v2-\\d{4}-\\d\\d-\\d\\dT\\d{6}\\.mv\\.db");
        assertThat(sha256(written.get(0))).as("a byte-for-byte copy of the database as it was").isEqualTo(original);
    }

    /** The window says what a long wait is for: the versions, and where the copy is, before the migrations run. */
    @Test
    void anUpgradeIsAnnouncedWithItsCopyAndAnUpToDateOpenIsNot() throws Exception {
        DatabaseSettings settings = h2();
        migrateTo(settings, "2");
        List<SchemaUpgrade> told = new ArrayList<>();
        Database.open(settings, backups(), pool -> { }, upgrade -> {
            assertThat(upgrade.backup()).as("announced once the copy is taken").exists();
            told.add(upgrade);
        }).close();
        assertThat(told).singleElement().satisfies(upgrade -> {
            assertThat(upgrade.fromVersion()).isEqualTo("2");
            assertThat(upgrade.toVersion()).isEqualTo(CURRENT_H2);
            assertThat(upgrade.backup().getParent()).isEqualTo(backups());
        });

        Database.open(settings, backups(), pool -> { }, told::add).close();
        assertThat(told).as("nothing to upgrade").hasSize(1);
    }

    @Test
    void anUpToDateDatabaseIsNotBackedUpAgain() {
        DatabaseSettings settings = h2();
        Database.open(settings, backups()).close();
        Database.open(settings, backups()).close();
        assertThat(backups()).doesNotExist();
    }

    @Test
    void onlyTheNewestFiveUpgradeBackupsAreKept() throws Exception {
        DatabaseSettings settings = h2();
        migrateTo(settings, "2");
        Files.createDirectories(backups());
        for (int day = 1; day <= 6; day++) {
            Files.writeString(backups().resolve("outlay-v1-2020-01-0" + day + "T120000.mv.db"), "old");
        }
        Path usersOwn = Files.writeString(backups().resolve("outlay-backup-2020-01-01T120000.mv.db"), "made by outlay backup");

        Database.open(settings, backups()).close();

        assertThat(backupFiles()).extracting(p -> p.getFileName().toString())
                .hasSize(5)
                .contains("outlay-v1-2020-01-06T120000.mv.db", "outlay-v1-2020-01-03T120000.mv.db")
                .doesNotContain("outlay-v1-2020-01-01T120000.mv.db", "outlay-v1-2020-01-02T120000.mv.db")
                .anyMatch(name -> name.startsWith("outlay-v2-"));
        assertThat(usersOwn).exists();
    }

    @Test
    void failedUpgradeOfAnEmbeddedDatabaseIsPutBackFromItsBackup() throws Exception {
        DatabaseSettings settings = h2();
        Database.open(settings, backups()).close();
        insertExpenses(settings, 2);
        Path file = settings.h2File();
        String before = sha256(file);

        assertThatThrownBy(() -> Database.open(settings, backups(), List.of(FAILING)))
                .isInstanceOf(UpgradeFailedException.class)
                .hasMessageStartingWith("Upgrading " + file + " from schema v" + CURRENT_H2 + " to v90 failed (")
                .hasMessageContaining("V90__deliberately_failing.sql")
                .hasMessageContaining("Table \"NO_SUCH_TABLE\" not found).")
                .hasMessageContaining("It was put back as it was before the upgrade, from the backup " + backups().resolve("outlay-v" + CURRENT_H2 + "-"))
                .hasMessageEndingWith("; nothing was lost.")
                .satisfies(e -> assertThat(ConnectionProblem.of(e, settings).message()).isEqualTo(e.getMessage()));

        assertThat(sha256(file)).as("the file is exactly as it was").isEqualTo(before);
        try (Database reopened = Database.open(settings, backups())) {
            assertThat(reopened.schema().currentVersion()).isEqualTo(CURRENT_H2);
            assertThat(DatabaseCopy.contents(reopened).expenses()).isEqualTo(2);
        }
    }

    @Test
    void failedUpgradeOfPostgresqlIsRolledBackLeavingTheSchemaUnchanged() throws Exception {
        DatabaseSettings settings = TestPostgres.freshDatabase();
        Database.open(settings).close();
        insertExpenses(settings, 2);
        List<String> schemaBefore = schemaOf(settings);

        assertThatThrownBy(() -> Database.open(settings, null, List.of(FAILING)))
                .isInstanceOf(UpgradeFailedException.class)
                .hasMessageStartingWith("Upgrading " + settings.displayName() + " from schema v" + CURRENT_POSTGRESQL + " to v90 failed (")
                .hasMessageContaining("no_such_table")
                .hasMessageEndingWith("The upgrade was rolled back: the database is unchanged, still at schema v" + CURRENT_POSTGRESQL + ".");

        assertThat(schemaOf(settings)).isEqualTo(schemaBefore).noneMatch(column -> column.contains("half_done"));
        try (Database reopened = Database.open(settings)) {
            assertThat(reopened.schema().currentVersion()).isEqualTo(CURRENT_POSTGRESQL);
            assertThat(DatabaseCopy.contents(reopened).expenses()).isEqualTo(2);
        }
    }

    private List<Path> backupFiles() throws IOException {
        try (Stream<Path> files = Files.list(backups())) {
            return files.filter(p -> p.getFileName().toString().matches("outlay-v.*")).sorted().toList();
        }
    }

    /** A database as an older Outlay left it: Flyway stopped at {@code version}. */
    private static void migrateTo(DatabaseSettings settings, String version) {
        Flyway.configure().dataSource(settings.jdbcUrl(), settings.user(), "").locations(Migrations.LOCATION)
                .target(version).load().migrate();
    }

    private static Connection connect(DatabaseSettings settings) throws SQLException {
        return DriverManager.getConnection(settings.jdbcUrl(), settings.user(),
                settings.kind() == DatabaseSettings.Kind.H2 ? "" : settings.password());
    }

    /** Columns every schema version has, so it works on a v2 database too. Amounts 10.25, 20.50, 30.75, … */
    private static void insertExpenses(DatabaseSettings settings, int count) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (Connection connection = connect(settings);
             PreparedStatement insert = connection.prepareStatement("insert into expense (id, spent_on, description, amount, "
                     + "category_id, created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, 0)")) {
            for (int i = 1; i <= count; i++) {
                insert.setLong(1, i);
                insert.setObject(2, LocalDate.of(2026, 3, i));
                insert.setString(3, "Expense " + i + " ‘quoted’");
                insert.setBigDecimal(4, new BigDecimal("10.25").multiply(BigDecimal.valueOf(i)));
                insert.setLong(5, i);
                insert.setObject(6, now);
                insert.setObject(7, now);
                insert.executeUpdate();
            }
        }
    }

    private static List<String> descriptions(Database database) throws SQLException {
        List<String> descriptions = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select description from expense order by id")) {
            while (rs.next()) {
                descriptions.add(rs.getString(1));
            }
        }
        return descriptions;
    }

    /** Every table and column with its type, and the schema history: what "unchanged" means for a schema. */
    private static List<String> schemaOf(DatabaseSettings settings) throws SQLException {
        List<String> schema = new ArrayList<>();
        try (Connection connection = connect(settings); Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("select table_name, column_name, data_type from information_schema.columns "
                    + "where table_schema = 'public' order by table_name, column_name")) {
                while (rs.next()) {
                    schema.add(rs.getString(1) + "." + rs.getString(2) + " " + rs.getString(3));
                }
            }
            try (ResultSet rs = statement.executeQuery("select installed_rank, version, success from flyway_schema_history order by 1")) {
                while (rs.next()) {
                    schema.add("history " + rs.getInt(1) + " v" + rs.getString(2) + " " + rs.getBoolean(3));
                }
            }
        }
        return schema;
    }
}
