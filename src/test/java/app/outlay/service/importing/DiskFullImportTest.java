package app.outlay.service.importing;

import app.outlay.csv.ColumnMapping;
import app.outlay.csv.CsvFormat;
import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.data.DatabaseSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A disk filling up during an import into H2 stops it at once, rolled back, naming the disk and what is free
 * (issue 25.4: H2's rollback on a full disk spun for about 27 minutes). The disk's free space is simulated; README
 * gives the figures measured on a small tmpfs.
 */
class DiskFullImportTest {

    private static final long MB = 1024 * 1024;

    @TempDir
    Path home;

    @Test
    void aDiskFillingUpMidImportStopsItAndNothingIsImported() throws Exception {
        DatabaseSettings settings = DatabaseSettings.h2(home.resolve("data/outlay"));
        Path file = statement(5_000);
        AtomicInteger looks = new AtomicInteger();
        try (Database database = Database.open(settings, home.resolve("backups"))) {
            // Plenty at first; after four batches of 500 lines, 20 MB.
            ImportService imports = new ImportService(new DatabaseHolder(database),
                    folder -> looks.incrementAndGet() <= 5 ? 10_000 * MB : 20 * MB + 12_345);

            long started = System.nanoTime();
            assertThatThrownBy(() -> imports.importFile(ImportRequest.of(file, CsvFormat.CANONICAL, ColumnMapping.CANONICAL), r -> { }))
                    .hasMessage("The disk holding " + home.resolve("data") + " is full (20 MB free), so the import was stopped and "
                            + "nothing was imported. Free some space, then import again.");
            assertThat((System.nanoTime() - started) / 1_000_000).as("ms to stop").isLessThan(10_000);
            assertThat(looks.get()).as("one look before the import, then one per batch; it stopped at the first short one").isEqualTo(6);
            assertThat(count(database)).isZero();

            // Room again: the same file imports in full.
            ImportReport report = new ImportService(new DatabaseHolder(database), folder -> 10_000 * MB)
                    .importFile(ImportRequest.of(file, CsvFormat.CANONICAL, ColumnMapping.CANONICAL), r -> { });
            assertThat(report.imported()).isEqualTo(5_000);
        }
    }

    @Test
    void aDiskThatIsFullAlreadyImportsNothing() throws Exception {
        DatabaseSettings settings = DatabaseSettings.h2(home.resolve("data/outlay"));
        Path file = statement(10);
        try (Database database = Database.open(settings, home.resolve("backups"))) {
            ImportService imports = new ImportService(new DatabaseHolder(database), folder -> 3 * MB);
            assertThatThrownBy(() -> imports.importFile(ImportRequest.of(file, CsvFormat.CANONICAL, ColumnMapping.CANONICAL), r -> { }))
                    .hasMessageStartingWith("The disk holding " + home.resolve("data") + " is full (3 MB free)");
            assertThat(count(database)).isZero();
        }
    }

    private Path statement(int lines) throws Exception {
        StringBuilder csv = new StringBuilder("date,description,amount,category,notes\n");
        for (int i = 1; i <= lines; i++) {
            csv.append("2026-01-").append(10 + i % 18).append(",Line ").append(i).append(',').append(i).append(".25,Food,\n");
        }
        return Files.writeString(home.resolve("statement.csv"), csv, StandardCharsets.UTF_8);
    }

    private static long count(Database database) throws Exception {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select count(*) from expense")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
