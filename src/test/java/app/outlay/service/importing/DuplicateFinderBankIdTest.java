package app.outlay.service.importing;

import app.outlay.data.Database;
import app.outlay.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 20.2: a line with the bank's transaction id is found by that id; without an id on one side, as before. */
class DuplicateFinderBankIdTest {

    private static final LocalDate DAY = LocalDate.of(2026, 1, 12);
    private final Database database = TestDatabases.h2();
    private long nextId = 1;

    @BeforeEach
    void emptyLedger() {
        TestDatabases.reset(database);
    }

    private void insert(LocalDate day, String description, String amount, String bankId) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into expense (id, spent_on, description, amount,"
                     + " bank_transaction_id, created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, 0)")) {
            insert.setLong(1, nextId++);
            insert.setObject(2, day);
            insert.setString(3, description);
            insert.setBigDecimal(4, new BigDecimal(amount));
            insert.setString(5, bankId);
            insert.setObject(6, OffsetDateTime.now());
            insert.setObject(7, OffsetDateTime.now());
            insert.executeUpdate();
        }
    }

    @Test
    void aLineIsFoundByItsBankIdWhateverItsDateAndDescriptionSay() throws SQLException {
        insert(DAY, "AMAZON MKTPLACE", "89.99", "2026010701");
        try (Connection connection = database.dataSource().getConnection();
             DuplicateFinder finder = new DuplicateFinder(connection)) {
            // the bank moved the booking two days and renamed the payee: still the same transaction
            assertThat(finder.isDuplicate(DAY.plusDays(2), new BigDecimal("89.99"), "Amazon Marketplace", "2026010701")).isTrue();
            assertThat(finder.isDuplicate(DAY.plusDays(2), new BigDecimal("89.99"), "Amazon Marketplace", "2026010701"))
                    .as("the ledger has it once").isFalse();
            assertThat(finder.isDuplicate(DAY, new BigDecimal("89.99"), "AMAZON MKTPLACE", null))
                    .as("matched by id already: a line without an id cannot take it again").isFalse();
        }
    }

    @Test
    void twoLookAlikeTransactionsWithDifferentIdsStayTwo() throws SQLException {
        insert(DAY, "BLUE BOTTLE COFFEE", "3.50", "A1");
        try (Connection connection = database.dataSource().getConnection();
             DuplicateFinder finder = new DuplicateFinder(connection)) {
            assertThat(finder.isDuplicate(DAY, new BigDecimal("3.50"), "BLUE BOTTLE COFFEE", "A2")).isFalse();
            assertThat(finder.isDuplicate(DAY, new BigDecimal("3.50"), "BLUE BOTTLE COFFEE", "A1")).isTrue();
        }
    }

    @Test
    void whenOneSideHasNoIdDateAmountAndDescriptionDecide() throws SQLException {
        insert(DAY, "WHOLE FOODS MARKET #123", "42.17", null);     // imported from a CSV
        insert(DAY.plusDays(1), "SHELL OIL 5744", "7.25", "2026011501"); // imported from an OFX file
        try (Connection connection = database.dataSource().getConnection();
             DuplicateFinder finder = new DuplicateFinder(connection)) {
            assertThat(finder.isDuplicate(DAY, new BigDecimal("42.17"), "Whole Foods Market #123", "2026010201"))
                    .as("OFX after CSV").isTrue();
            assertThat(finder.isDuplicate(DAY.plusDays(1), new BigDecimal("7.25"), "Shell Oil 5744", null))
                    .as("CSV after OFX").isTrue();
            assertThat(finder.isDuplicate(DAY, new BigDecimal("42.17"), "Whole Foods Market #123", "2026010201"))
                    .as("each ledger expense is matched once").isFalse();
        }
    }

    @Test
    void copiesMatchedByIdStayMatchedWhenTheirDayIsReadAgain() throws SQLException {
        insert(DAY, "Coffee", "3.50", "C1");
        try (Connection connection = database.dataSource().getConnection();
             DuplicateFinder finder = new DuplicateFinder(connection, 2)) {
            assertThat(finder.isDuplicate(DAY, new BigDecimal("3.50"), "Coffee", "C1")).isTrue();
            for (int i = 1; i <= DuplicateFinder.BLOCK_DAYS * 2 + 5; i++) {
                assertThat(finder.isDuplicate(DAY.plusDays(i), new BigDecimal("3.50"), "Coffee", null)).isFalse();
            }
            assertThat(finder.isDuplicate(DAY, new BigDecimal("3.50"), "Coffee", null)).isFalse();
        }
    }
}
