package app.outlay.data;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

/**
 * For {@link ClosingTest}: opens the H2 ledger {@code args[0]}, starts a long query on one pooled connection (a task
 * still running when the session ends), adds an expense named {@code args[1]} on another, closes the database as the
 * shutdown hook does after SIGTERM ({@link Database#closeBeforeExit()}), and halts as the JVM does once its hooks are done.
 */
public final class CloseWhileBusyInChild {

    public static final int CLOSED = 41;

    private CloseWhileBusyInChild() {
    }

    public static void main(String[] args) throws Exception {
        Database database = Database.open(DatabaseSettings.h2(Path.of(args[0])), Path.of(args[0]).resolveSibling("backups"));
        CountDownLatch running = new CountDownLatch(1);
        Thread task = new Thread(() -> {
            try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
                running.countDown();
                // One function call that H2 does not break off when the connection is aborted
                statement.executeQuery("select hash('SHA-256', 'x', 100000000)");
            } catch (Exception e) {
                // the database closing under it, as intended
            }
        });
        task.setDaemon(true);
        task.start();
        running.await();
        Thread.sleep(100); // the query is under way
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("insert into expense (id, spent_on, description, amount, category_id, created_at, updated_at, "
                    + "version, kind) values (1, date '2026-12-05', '" + args[1] + "', 12.34, null, current_timestamp, "
                    + "current_timestamp, 0, 'EXPENSE')");
        }
        database.closeBeforeExit();
        Runtime.getRuntime().halt(CLOSED);
    }
}
