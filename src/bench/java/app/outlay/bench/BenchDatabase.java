package app.outlay.bench;

import app.outlay.data.Database;
import app.outlay.data.DatabaseSettings;
import app.outlay.testing.TestPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One database under test, opened exactly as the app opens it (pool → Flyway → SessionFactory), so the raw JDBC
 * baselines use the same pool, schema, indexes and triggers as Outlay itself.
 */
record BenchDatabase(String name, Database database, boolean postgres, java.nio.file.Path h2Dir) implements AutoCloseable {

    static BenchDatabase open(String kind) {
        return switch (kind) {
            case "h2" -> {
                java.nio.file.Path dir = tempDir();
                yield new BenchDatabase("H2", Database.open(DatabaseSettings.h2(dir.resolve("outlay"))), false, dir);
            }
            // A new database on the embedded PostgreSQL, or on the server OUTLAY_TEST_PG_URL names.
            case "postgresql" -> new BenchDatabase("PostgreSQL", Database.open(TestPostgres.freshDatabase()), true, null);
            default -> throw new IllegalArgumentException("bench.databases: h2 or postgresql, not " + kind);
        };
    }

    private static java.nio.file.Path tempDir() {
        try {
            return Files.createTempDirectory("outlay-bench-h2");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Connection connection() throws SQLException {
        return database.dataSource().getConnection();
    }

    String nextExpenseIdSql() {
        return postgres ? "select nextval('expense_seq')" : "select next value for expense_seq";
    }

    /** Empties the expense table between runs, so every run inserts into the same (empty) table. */
    void emptyExpenses() {
        execute("delete from expense_summary"); // the kept totals (V28) of no entries
        if (postgres) {
            execute("truncate table expense cascade");
            return;
        }
        // H2 truncates a table that foreign keys point at (refunds point at their expense) only with the checks off.
        try (Connection connection = connection(); Statement statement = connection.createStatement()) {
            statement.execute("set referential_integrity false");
            try {
                statement.execute("truncate table expense");
            } finally {
                statement.execute("set referential_integrity true");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("truncate table expense: " + e.getMessage(), e);
        }
    }

    /** Sums the kept totals (V28) from the rows, as a copy or restore does, after rows were loaded past the services. */
    void rebuildKeptTotals() {
        try (Connection connection = connection()) {
            connection.setAutoCommit(false);
            app.outlay.totals.KeptTotals.rebuild(connection);
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("rebuild kept totals: " + e.getMessage(), e);
        }
    }

    /** Fresh statistics for the planner after a bulk load (on PostgreSQL also the visibility map, as autovacuum would). */
    void analyze() {
        execute(postgres ? "vacuum analyze" : "analyze");
    }

    /**
     * H2 answers a repeated query from its last result while the tables it reads did not change (the summary of an
     * unfiltered list has no parameters to vary): a one-row write to each in between makes both sides run it for real.
     */
    void forgetCachedResults() {
        if (!postgres) {
            execute("update category set version = version + 1 where id = 10");
            execute("update expense set version = version + 1 where id = (select min(id) from expense)");
        }
    }

    void execute(String sql) {
        try (Connection connection = connection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        database.close();
        if (h2Dir != null) {
            // A million rows make a file of a few hundred megabytes: do not leave it in the temp folder.
            BenchMain.deleteQuietly(h2Dir);
        }
    }
}
