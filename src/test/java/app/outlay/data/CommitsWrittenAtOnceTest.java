package app.outlay.data;

import app.outlay.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #17: an embedded ledger writes each commit when it returns and runs no background writer, which woke six
 * times a second in an idle window; a large write has that writer back while it runs ({@link BulkWrites}).
 */
class CommitsWrittenAtOnceTest {

    @Test
    void aCommitIsInTheFileWhenItReturns() throws Exception {
        Path base = TestDatabases.tempDir("outlay-at-once").resolve("outlay");
        Path copy = TestDatabases.tempDir("outlay-at-once-copy").resolve("outlay");
        try (Database database = Database.open(DatabaseSettings.h2(base));
             Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("insert into expense (id, spent_on, description, amount, created_at, updated_at, version)"
                    + " values (1, date '2026-12-05', 'Bakery', 3.40, current_timestamp, current_timestamp, 0)");
            // At once, while the ledger is still open: what a power cut would leave on disk now.
            Files.copy(Path.of(base + ".mv.db"), Path.of(copy + ".mv.db"));
        }
        DatabaseSettings copied = DatabaseSettings.h2(copy);
        try (Connection connection = DriverManager.getConnection(copied.jdbcUrl(), copied.user(), copied.connectionPassword());
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select description, amount from expense where id = 1")) {
            assertThat(rs.next()).as("the committed row in the copy taken right after the commit").isTrue();
            assertThat(rs.getString(1)).isEqualTo("Bakery");
            assertThat(rs.getBigDecimal(2)).isEqualByComparingTo("3.40");
        }
    }

    @Test
    void noBackgroundWriterRunsExceptDuringALargeWrite() {
        Path base = TestDatabases.tempDir("outlay-no-writer").resolve("outlay");
        try (Database database = Database.open(DatabaseSettings.h2(base))) {
            assertThat(backgroundWriters(base)).as("while the ledger is open").isZero();
            try (BulkWrites.Running bulk = database.bulkWrite()) {
                assertThat(backgroundWriters(base)).as("during a large write").isEqualTo(1);
                try (BulkWrites.Running another = database.bulkWrite()) {
                    assertThat(backgroundWriters(base)).isEqualTo(1);
                }
                assertThat(backgroundWriters(base)).as("while another large write still runs").isEqualTo(1);
            }
            assertThat(backgroundWriters(base)).as("after the large write").isZero();
        }
    }

    /** H2 names its writer thread after the file: "MVStore background writer nio:/…/outlay.mv.db". */
    private static long backgroundWriters(Path base) {
        String file = base + ".mv.db";
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.isAlive() && thread.getName().startsWith("MVStore background writer")
                        && thread.getName().contains(file))
                .count();
    }
}
