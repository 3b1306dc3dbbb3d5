package app.outlay.service.importing;

import app.outlay.service.expense.ExpenseService;
import app.outlay.service.ledger.LedgerService;
import app.outlay.data.Database;
import app.outlay.data.DatabaseCopy;
import app.outlay.data.DatabaseHolder;
import app.outlay.data.DatabaseSettings;
import app.outlay.domain.ExpenseDetails;
import app.outlay.testing.ChildJvm;
import app.outlay.testing.ImportInChild;
import app.outlay.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import killed half-way (SIGKILL, as when the power goes) leaves nothing of itself: not one expense, not one
 * category, no history entry. The import runs in a child process, which is killed once it has demonstrably written
 * rows inside its open transaction; then the database is opened as the app opens it.
 */
class CrashDuringImportTest {

    /** Far more than can be imported before the kill: the import takes several seconds in the child. */
    private static final int ROWS = 200_000;
    /** Written inside the open transaction before the kill: several batches of {@link ImportService#BATCH_SIZE}. */
    private static final long WRITTEN_BEFORE_KILL = 1_000_000;
    private static final long PROGRESS_TIMEOUT_MILLIS = 30_000;

    @TempDir
    Path folder;

    @Test
    void killedImportIntoH2LeavesNothingAndTheFileOpensCleanly() throws Exception {
        DatabaseSettings settings = DatabaseSettings.h2(folder.resolve("outlay"));
        DatabaseCopy.Contents before = ledgerWithAFewExpenses(settings);
        Path file = settings.h2File();

        try (ChildJvm child = startImport(settings)) {
            // H2 writes the open transaction's rows (and their undo log) to the file as it goes.
            long sizeAtStart = Files.size(file);
            awaitProgress(child, () -> Files.size(file) - sizeAtStart, "bytes written to the H2 file");
            killMidImport(child);
        }

        assertNothingImported(settings, before);
    }

    @Test
    void killedImportIntoPostgresqlIsRolledBackByTheServer() throws Exception {
        DatabaseSettings settings = TestPostgres.freshDatabase();
        DatabaseCopy.Contents before = ledgerWithAFewExpenses(settings);

        try (Connection observer = DriverManager.getConnection(settings.jdbcUrl("crash test"), settings.user(), settings.password());
             ChildJvm child = startImport(settings)) {
            // The heap grows with the uncommitted rows, which no other transaction sees.
            long sizeAtStart = single(observer, "select pg_relation_size('expense')");
            awaitProgress(child, () -> single(observer, "select pg_relation_size('expense')") - sizeAtStart, "bytes of expense rows");
            assertThat(single(observer, "select count(*) from pg_stat_activity where datname = current_database() "
                    + "and pid <> pg_backend_pid() and backend_xid is not null"))
                    .as("the child's import transaction is open and has written").isEqualTo(1);
            assertThat(single(observer, "select count(*) from expense")).as("uncommitted rows are invisible").isEqualTo(before.expenses());

            killMidImport(child);

            // The server sees the connection drop and aborts the transaction; its backends end.
            long deadline = System.currentTimeMillis() + 10_000;
            while (single(observer, "select count(*) from pg_stat_activity where datname = current_database() "
                    + "and pid <> pg_backend_pid()") > 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            assertThat(single(observer, "select count(*) from pg_stat_activity where datname = current_database() "
                    + "and pid <> pg_backend_pid()")).as("the killed child's connections are gone").isZero();
        }

        assertNothingImported(settings, before);
    }

    /** A migrated ledger holding three expenses, closed again; what it holds. */
    private static DatabaseCopy.Contents ledgerWithAFewExpenses(DatabaseSettings settings) {
        try (Database database = Database.open(settings)) {
            ExpenseService expenses = new ExpenseService(new DatabaseHolder(database));
            for (int i = 1; i <= 3; i++) {
                expenses.add(new ExpenseDetails(LocalDate.of(2026, 2, i), "Before the import " + i, new BigDecimal(i + ".25"), 1L, null));
            }
            return DatabaseCopy.contents(database);
        }
    }

    /** The big file, in existing, new and no categories; then the child that imports it, once it has begun. */
    private ChildJvm startImport(DatabaseSettings settings) throws IOException, InterruptedException {
        Path csv = folder.resolve("big-statement.csv");
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("date,description,amount,category,notes\n");
            String[] categories = {"Groceries", "Made by the crashed import", ""};
            for (int i = 0; i < ROWS; i++) {
                out.write(LocalDate.of(2025, 1, 1).plusDays(i % 365) + ",Imported row " + i + ","
                        + BigDecimal.valueOf(1 + i % 10_000, 2) + "," + categories[i % 3] + ",\n");
            }
        }
        ChildJvm child = ChildJvm.start(List.of(), ImportInChild.class.getName(), ImportInChild.arguments(csv, settings));
        child.awaitLine("importing", 60_000);
        return child;
    }

    private interface Progress {
        long written() throws IOException, SQLException;
    }

    /** Waits until the import has written {@link #WRITTEN_BEFORE_KILL} bytes; fails when it does not get there. */
    private static void awaitProgress(ChildJvm child, Progress progress, String what) throws Exception {
        long deadline = System.currentTimeMillis() + PROGRESS_TIMEOUT_MILLIS;
        while (progress.written() < WRITTEN_BEFORE_KILL) {
            assertThat(child.outLines()).as("the import is still running").noneMatch(line -> line.startsWith("imported"));
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("The import wrote only " + progress.written() + " " + what + " within "
                        + PROGRESS_TIMEOUT_MILLIS + " ms; out: " + child.outLines() + ", err: " + child.err());
            }
            Thread.sleep(10);
        }
    }

    private static void killMidImport(ChildJvm child) throws InterruptedException {
        child.kill();
        assertThat(child.outLines()).as("killed before the import finished").noneMatch(line -> line.startsWith("imported"));
    }

    /** Opened as the app opens it (migrations checked, Hibernate validating): exactly what it held before. */
    private static void assertNothingImported(DatabaseSettings settings, DatabaseCopy.Contents before) throws SQLException {
        try (Database database = Database.open(settings);
             Connection connection = database.dataSource().getConnection()) {
            assertThat(DatabaseCopy.contents(database)).as("expenses, categories and total as before").isEqualTo(before);
            assertThat(single(connection, "select count(*) from category where name_key = 'made by the crashed import'")).isZero();
            assertThat(single(connection, "select count(*) from change_log where entity = 'import'")).as("no history of it").isZero();
            assertThat(new LedgerService(new DatabaseHolder(database)).counts().expenses()).isEqualTo(before.expenses());
        }
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
