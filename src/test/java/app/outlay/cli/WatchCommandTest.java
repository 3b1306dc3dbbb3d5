package app.outlay.cli;

import app.outlay.data.DatabaseSettings;
import app.outlay.settings.AppPaths;
import app.outlay.settings.SettingsStore;
import app.outlay.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code outlay watch} prints a change made by {@code outlay import} (another client) within a second. */
class WatchCommandTest {

    @TempDir
    Path home;

    @AfterEach
    void forgetPasswordFile() {
        System.clearProperty("org.postgresql.pgpassfile");
    }

    @Test
    void printsImportedExpensesAsJsonLines() throws Exception {
        DatabaseSettings target = TestPostgres.freshDatabaseWithPassword();
        AppPaths paths = AppPaths.under(home).createFolders();
        new SettingsStore(paths.settingsFile()).saveDatabaseSettings(target);
        // The driver reads the password from a pgpass file, as a user's command line would.
        Path pgpass = home.resolve("pgpass");
        Files.writeString(pgpass, target.host() + ":" + target.port() + ":" + target.database() + ":" + target.user() + ":"
                + target.password() + "\n");
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
        assertThat(run(paths, new StringWriter(), "db", "migrate")).isZero();

        StringWriter watched = new StringWriter();
        CompletableFuture<Integer> watch = CompletableFuture.supplyAsync(() -> run(paths, watched, "watch", "--seconds", "6"));
        awaitListener(target);
        Path csv = home.resolve("statement.csv");
        Files.writeString(csv, "date,description,amount,category,notes\n2026-03-03,Coffee,3.20,,\n2026-03-04,Bread,2.10,,\n");

        long imported = System.nanoTime();
        assertThat(run(paths, new StringWriter(), "import", csv.toString())).isZero();
        long deadline = System.currentTimeMillis() + 1_000;
        while (lines(watched) < 2 && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        long millis = (System.nanoTime() - imported) / 1_000_000;

        assertThat(lines(watched)).as("lines printed within a second of the import (%d ms)", millis).isEqualTo(2);
        assertThat(watched.toString().lines().toList()).allSatisfy(line ->
                assertThat(line).matches("\\{\"table\":\"expense\",\"id\":\\d+,\"kind\":\"INSERT\",\"at\":\"[^\"]+\"}"));
        assertThat(watch.get()).isZero();
    }

    @Test
    void refusesTheEmbeddedDatabase() {
        StringWriter err = new StringWriter();
        int code = CommandLineApp.run(AppPaths.under(home).createFolders(), new String[] {"watch"}, new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("watch needs a PostgreSQL database");
    }

    private static int run(AppPaths paths, StringWriter out, String... args) {
        return CommandLineApp.run(paths, args, new PrintWriter(out, true), new PrintWriter(new StringWriter()));
    }

    private static synchronized long lines(StringWriter out) {
        return out.toString().lines().count();
    }

    /** Waits until the watch command's listening connection is there, so no notification is sent before it. */
    private static void awaitListener(DatabaseSettings target) throws Exception {
        long deadline = System.currentTimeMillis() + 5_000;
        while (System.currentTimeMillis() < deadline) {
            try (Connection c = DriverManager.getConnection(target.jdbcUrl("Outlay-test"), target.user(), target.password());
                 ResultSet rs = c.createStatement().executeQuery("select count(*) from pg_stat_activity "
                         + "where datname = current_database() and application_name like 'Outlay-live-%'")) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    Thread.sleep(300); // LISTEN runs right after connecting
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("outlay watch did not connect");
    }
}
