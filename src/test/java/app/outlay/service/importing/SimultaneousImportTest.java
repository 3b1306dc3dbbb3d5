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
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two imports of one statement at the same time book it once (issue 25.2): each from an Outlay of its own (its own
 * pool, as two windows or two {@code outlay import} would), started together. Duplicate detection reads committed rows
 * only, so without one import waiting for the other both imported every line.
 */
class SimultaneousImportTest {

    private static final int LINES = 4_000;

    @TempDir
    Path home;

    @Test
    void twoImportsOfTheSameFileOnPostgresqlBookItOnce() throws Exception {
        DatabaseSettings settings = TestPostgres.freshDatabase();
        importTwiceAtOnce(settings);
    }

    @Test
    void twoImportsOfTheSameFileOnH2BookItOnce() throws Exception {
        DatabaseSettings settings = DatabaseSettings.h2(home.resolve("data/outlay"));
        try (Database database = Database.open(settings, home.resolve("backups"))) {
            // One process has an H2 file: two imports in it share the one Database, as the window and 'watch' would.
            List<ImportReport> reports = runTogether(database, database);
            assertOnce(database, reports);
        }
    }

    private void importTwiceAtOnce(DatabaseSettings settings) throws Exception {
        try (Database first = Database.open(settings); Database second = Database.open(settings)) {
            List<ImportReport> reports = runTogether(first, second);
            assertOnce(first, reports);
        }
    }

    private List<ImportReport> runTogether(Database first, Database second) throws Exception {
        Path file = statement();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<ImportReport>> running = new ArrayList<>();
            for (Database database : List.of(first, second)) {
                ImportService imports = new ImportService(new DatabaseHolder(database));
                running.add(threads.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return imports.importFile(ImportRequest.of(file, CsvFormat.CANONICAL, ColumnMapping.CANONICAL), rejected -> { });
                }));
            }
            List<ImportReport> reports = new ArrayList<>();
            for (Future<ImportReport> import_ : running) {
                reports.add(import_.get(5, TimeUnit.MINUTES));
            }
            return reports;
        } finally {
            threads.shutdownNow();
        }
    }

    private static void assertOnce(Database database, List<ImportReport> reports) throws Exception {
        assertThat(reports).allMatch(ImportReport::committed);
        assertThat(reports).extracting(ImportReport::imported).containsExactlyInAnyOrder((long) LINES, 0L);
        assertThat(reports).extracting(ImportReport::duplicates).containsExactlyInAnyOrder(0L, (long) LINES);
        assertThat(count(database, "select count(*) from expense")).isEqualTo(LINES);
        assertThat(count(database, "select count(*) from category where name = 'Brand new'")).isEqualTo(1);
    }

    /** {@value #LINES} distinct lines, in a category no ledger has yet. */
    private Path statement() throws Exception {
        StringBuilder csv = new StringBuilder("date,description,amount,category,notes\n");
        for (int i = 1; i <= LINES; i++) {
            csv.append("2026-0").append(1 + i % 9).append('-').append(10 + i % 18).append(",Line ").append(i).append(',')
                    .append(i).append(".25,Brand new,\n");
        }
        return Files.writeString(home.resolve("statement.csv"), csv, StandardCharsets.UTF_8);
    }

    private static long count(Database database, String sql) throws Exception {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
