package app.outlay.service.importing;

import app.outlay.csv.ColumnMapping;
import app.outlay.csv.CsvFormat;
import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.data.DatabaseSettings;
import app.outlay.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The server ends the import's connection mid-way (as a crash or restart does): the import says the connection was
 * lost and nothing was imported, not Hibernate's "Unable to rollback against JDBC Connection" (issue 25.7).
 */
class ImportConnectionLossTest {

    private static final int LINES = 60_000;

    @TempDir
    Path home;

    @Test
    void aConnectionLostMidImportIsSaidPlainlyAndNothingIsImported() throws Exception {
        DatabaseSettings settings = TestPostgres.freshDatabase();
        Path file = statement();
        try (Database database = Database.open(settings); Connection admin = connect(settings)) {
            ImportService imports = new ImportService(new DatabaseHolder(database));
            CompletableFuture<ImportReport> running = CompletableFuture.supplyAsync(() ->
                    imports.importFile(ImportRequest.of(file, CsvFormat.CANONICAL, ColumnMapping.CANONICAL), rejected -> { }));

            waitForRowsBeingWritten(admin, running);
            try (Statement statement = admin.createStatement()) {
                statement.execute("select pg_terminate_backend(pid) from pg_stat_activity "
                        + "where datname = current_database() and pid <> pg_backend_pid()");
            }

            try {
                running.get(2, TimeUnit.MINUTES);
                fail("the import went on without its connection");
            } catch (ExecutionException e) {
                assertThat(e.getCause()).hasMessage("The connection to " + settings.displayName() + " was lost during the import, "
                        + "so nothing was imported: the server discards an import it has not committed. Import the file again "
                        + "once the server is back.");
            }
            assertThat(count(admin)).isZero();
        }
    }

    /** Until the import's transaction has written rows (PostgreSQL gave it a transaction id). */
    private static void waitForRowsBeingWritten(Connection admin, CompletableFuture<?> running) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline && !running.isDone()) {
            try (Statement statement = admin.createStatement();
                 ResultSet rs = statement.executeQuery("select count(*) from pg_stat_activity where datname = current_database() "
                         + "and pid <> pg_backend_pid() and backend_xid is not null")) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(10);
        }
        fail("the import did not start writing (done: " + running.isDone() + ")");
    }

    private static Connection connect(DatabaseSettings settings) throws Exception {
        return DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
    }

    private static long count(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("select count(*) from expense")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Path statement() throws Exception {
        StringBuilder csv = new StringBuilder("date,description,amount,category,notes\n");
        for (int i = 1; i <= LINES; i++) {
            csv.append("2026-01-").append(10 + i % 18).append(",Line ").append(i).append(',').append(i).append(".25,Food,\n");
        }
        return Files.writeString(home.resolve("statement.csv"), csv, StandardCharsets.UTF_8);
    }
}
