package app.outlay.data;

import app.outlay.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #17: one large all-or-nothing write (an import) leaves an embedded ledger's file mostly empty space, which
 * H2 then rewrote in the background of later sessions that only read. Closing such a ledger gives the room back.
 */
class CompactAtClosingTest {

    private static final int ROWS = 40_000;

    /**
     * H2 itself compacts for up to 200 ms when a file closes: enough for these 40,000 rows, not for the 1,000,000 of
     * a large import (3.4 GB left). Without that time (H2 reads its settings from system properties when a file
     * opens) this test's file stays as a large import leaves its own.
     */
    @BeforeEach
    void withoutH2sOwnCompactionAtClosing() {
        System.setProperty("h2.maxCompactTime", "0");
    }

    @AfterEach
    void h2sDefaultAgain() {
        System.clearProperty("h2.maxCompactTime");
    }

    @Test
    void aLedgerLeftMostlyEmptyByOneLargeWriteIsCompactedWhenClosed() throws Exception {
        Path base = TestDatabases.tempDir("outlay-compact").resolve("outlay");
        Path file = Path.of(base + ".mv.db");
        long grown;
        try (Database database = Database.open(DatabaseSettings.h2(base))) {
            insertInOneTransaction(database, ROWS);
            grown = Files.size(file);
        }
        long closed = Files.size(file);

        assertThat(grown).as("the file after the write, before closing").isGreaterThan(H2Compaction.AT_LEAST_BYTES);
        assertThat(closed).as("the file after closing, of %d bytes before", grown).isLessThan(grown / 3);
        try (Database again = Database.open(DatabaseSettings.h2(base));
             Connection connection = again.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select count(*), sum(amount) from expense")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(ROWS);
            assertThat(rs.getBigDecimal(2)).isEqualByComparingTo(expectedSum(ROWS));
        }
    }

    @Test
    void anotherDatabaseOnTheSameFileInThisProcessKeepsWorkingWhenOneCloses() throws Exception {
        Path base = TestDatabases.tempDir("outlay-compact-shared").resolve("outlay");
        try (Database second = Database.open(DatabaseSettings.h2(base))) {
            try (Database first = Database.open(DatabaseSettings.h2(base))) {
                insertInOneTransaction(first, ROWS);
            }
            try (Connection connection = second.dataSource().getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("select count(*) from expense")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(ROWS);
            }
        }
    }

    /** Descriptions and amounts in no order, as an import brings them: their indexes are filled all over. */
    private static void insertInOneTransaction(Database database, int rows) throws Exception {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into expense (id, spent_on, description, amount,"
                     + " created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, 0)")) {
            connection.setAutoCommit(false);
            OffsetDateTime now = OffsetDateTime.now();
            for (int i = 0; i < rows; i++) {
                insert.setLong(1, i + 1);
                insert.setObject(2, LocalDate.of(2024, 1, 1).plusDays(i % 700));
                insert.setString(3, "Shop " + scrambled(i) % 10_000);
                insert.setBigDecimal(4, amount(i));
                insert.setObject(5, now);
                insert.setObject(6, now);
                insert.addBatch();
                if (i % 1000 == 999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
    }

    private static long scrambled(int i) {
        return (i * 2_654_435_761L) & 0x7fffffffL;
    }

    private static java.math.BigDecimal amount(int i) {
        return java.math.BigDecimal.valueOf(100 + scrambled(i) % 49_900, 2);
    }

    private static java.math.BigDecimal expectedSum(int rows) {
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        for (int i = 0; i < rows; i++) {
            sum = sum.add(amount(i));
        }
        return sum;
    }
}
