package app.outlay.data;

import app.outlay.testing.ChildJvm;
import app.outlay.testing.MigrationScripts;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A kill during an H2 schema upgrade (H2 commits DDL statement by statement) leaves a ledger that the next start
 * opens, complete, on the newest version, with no manual step: the upgrade of a v7 ledger (V8 drops an index and
 * creates it again) is halted after each thing Flyway has the database do, one child process per boundary.
 */
class InterruptedUpgradeTest {

    private static final String NEWEST = MigrationScripts.newest(DatabaseSettings.Kind.H2);

    @TempDir
    Path home;

    @Test
    void anUpgradeKilledAfterAnyStatementIsFinishedByTheNextStart() throws Exception {
        DatabaseSettings template = DatabaseSettings.h2(home.resolve("template/outlay"));
        Flyway.configure().dataSource(template.jdbcUrl(), template.user(), "").locations(Migrations.LOCATION)
                .target("7").load().migrate();
        insertExpenses(template, 3);
        List<String> complete;
        DatabaseSettings fresh = DatabaseSettings.h2(home.resolve("fresh/outlay"));
        try (Database database = Database.open(fresh, home.resolve("fresh/backups"))) {
            complete = schemaOf(database);
        }

        // Two steps at a time, each in its own folder with its own child: one child per step, each upgrading up to its
        // step and then checked by a full upgrade here, took three minutes of the suite one after the other.
        ExecutorService twoAtATime = Executors.newFixedThreadPool(2);
        int halted = 0;
        boolean ended = false;
        try {
            for (int first = 1; !ended; first += 2) {
                assertThat(first).as("the upgrade ends within 200 steps").isLessThan(200);
                List<Future<Integer>> steps = new ArrayList<>();
                for (int n = first; n < first + 2; n++) {
                    int step = n;
                    steps.add(twoAtATime.submit(() -> haltAfterStepAndReopen(step, template, complete)));
                }
                for (Future<Integer> step : steps) {
                    try {
                        if (step.get() == 0) {
                            ended = true;
                        } else {
                            halted++;
                        }
                    } catch (ExecutionException e) {
                        if (e.getCause() instanceof Error error) {
                            throw error; // the step's assertion, as it failed
                        }
                        throw (Exception) e.getCause();
                    }
                }
            }
        } finally {
            twoAtATime.shutdownNow();
        }
        assertThat(halted).as("V8 alone is two statements, each followed by a commit (17 steps in all when written)").isGreaterThanOrEqualTo(4);
    }

    /** Upgrades a copy of {@code template} in a child halted after its {@code n}-th change; returns the child's exit code. */
    private int haltAfterStepAndReopen(int n, DatabaseSettings template, List<String> complete) throws Exception {
        Path folder = home.resolve("run" + n);
        DatabaseSettings settings = DatabaseSettings.h2(folder.resolve("data/outlay"));
        Files.createDirectories(folder.resolve("data"));
        Files.copy(template.h2File(), settings.h2File());
        Path backups = folder.resolve("backups");

        int exit;
        try (ChildJvm child = ChildJvm.start(List.of(), UpgradeInChild.class.getName(),
                settings.h2Base().toString(), backups.toString(), Integer.toString(n))) {
            exit = child.waitFor(120_000);
            assertThat(exit).as("step %d: %s", n, child.err()).isIn(0, UpgradeInChild.HALTED);
        }

        try (Database reopened = Database.open(settings, backups)) {
            assertThat(reopened.schema().currentVersion()).as("step %d", n).isEqualTo(NEWEST);
            assertThat(schemaOf(reopened)).as("step %d: the schema is complete", n).isEqualTo(complete);
            assertThat(DatabaseCopy.contents(reopened).expenses()).as("step %d", n).isEqualTo(3);
            assertThat(total(reopened)).isEqualByComparingTo("61.50");
        }
        assertThat(UpgradeMarker.file(settings)).as("step %d", n).doesNotExist();
        assertThat(upgradeBackups(backups)).as("step %d: one copy, taken before the first attempt", n)
                .hasSize(1).allMatch(name -> name.startsWith("outlay-v7-"));
        return exit;
    }

    /**
     * The upgrade is on disk once it is done, before the marker that says "interrupted" goes: H2 writes committed
     * changes in the background (within a second), so a halt right after the last migration lost its history row
     * while keeping the tables H2 had committed statement by statement. The next start then took the ledger for one
     * version older and failed on every start ("Table EXPENSE_SUMMARY already exists"), the marker being gone.
     */
    @Test
    void anUpgradeIsOnDiskBeforeTheLedgerIsOpened() throws Exception {
        DatabaseSettings settings = DatabaseSettings.h2(home.resolve("halted/data/outlay"));
        Flyway.configure().dataSource(settings.jdbcUrl(), settings.user(), "").locations(Migrations.LOCATION)
                .target("7").load().migrate();
        insertExpenses(settings, 3);
        Path backups = home.resolve("halted/backups");
        try (ChildJvm child = ChildJvm.start(List.of(), HaltAfterUpgradeInChild.class.getName(),
                settings.h2Base().toString(), backups.toString())) {
            assertThat(child.waitFor(120_000)).as(child.err()).isEqualTo(UpgradeInChild.HALTED);
        }
        assertThat(UpgradeMarker.file(settings)).doesNotExist();
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), "");
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select max(\"installed_rank\"), count(*) from \"flyway_schema_history\" "
                     + "where \"success\" and \"version\" = '" + NEWEST + "'")) {
            rs.next();
            assertThat(rs.getInt(2)).as("the newest migration's history row, read as the next start reads it").isEqualTo(1);
        }
        try (Database reopened = Database.open(settings, backups)) {
            assertThat(reopened.schema().currentVersion()).isEqualTo(NEWEST);
            assertThat(total(reopened)).isEqualByComparingTo("61.50");
        }
    }

    private static List<String> upgradeBackups(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(name -> name.matches("outlay-v.*\\.mv\\.db")).toList();
        }
    }

    /** Every column with its type and every index with its columns, and the versions Flyway recorded. */
    private static List<String> schemaOf(Database database) throws SQLException {
        List<String> schema = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("select table_name, column_name, data_type from information_schema.columns "
                    + "where table_schema = 'PUBLIC' order by table_name, column_name")) {
                while (rs.next()) {
                    schema.add(rs.getString(1) + "." + rs.getString(2) + " " + rs.getString(3));
                }
            }
            try (ResultSet rs = statement.executeQuery("select index_name, column_name from information_schema.index_columns "
                    + "where table_schema = 'PUBLIC' and index_name not like 'PRIMARY_KEY%' and index_name not like 'CONSTRAINT%' "
                    + "order by index_name, ordinal_position")) {
                while (rs.next()) {
                    // H2 numbers the indexes it makes for constraints (…_INDEX_3) by how often a table was rebuilt, which
                    // differs between a fresh schema and one upgraded in two runs; the index and its columns are what count.
                    schema.add("index " + rs.getString(1).replaceAll("_INDEX_[0-9A-F]+$", "_INDEX") + " " + rs.getString(2));
                }
            }
            try (ResultSet rs = statement.executeQuery("select \"version\", \"success\" from \"flyway_schema_history\" order by \"installed_rank\"")) {
                while (rs.next()) {
                    schema.add("history v" + rs.getString(1) + " " + rs.getBoolean(2));
                }
            }
        }
        schema.sort(null);
        return schema;
    }

    private static BigDecimal total(Database database) throws SQLException {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select sum(amount) from expense")) {
            rs.next();
            return rs.getBigDecimal(1);
        }
    }

    /** Amounts 10.25, 20.50, 30.75. */
    private static void insertExpenses(DatabaseSettings settings, int count) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), "");
             PreparedStatement insert = connection.prepareStatement("insert into expense (id, spent_on, description, amount, "
                     + "category_id, created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, 0)")) {
            for (int i = 1; i <= count; i++) {
                insert.setLong(1, i);
                insert.setObject(2, LocalDate.of(2026, 3, i));
                insert.setString(3, "Expense " + i);
                insert.setBigDecimal(4, new BigDecimal("10.25").multiply(BigDecimal.valueOf(i)));
                insert.setLong(5, i);
                insert.setObject(6, now);
                insert.setObject(7, now);
                insert.executeUpdate();
            }
        }
    }
}
