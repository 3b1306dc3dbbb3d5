package app.outlay.data;

import app.outlay.data.DatabaseCopy.Contents;
import app.outlay.domain.EntryKind;
import app.outlay.domain.ExpenseDetails;
import app.outlay.service.category.CategoryRow;
import app.outlay.service.category.CategoryService;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.service.expense.ExpenseService;
import app.outlay.domain.SplitPart;
import app.outlay.service.ledger.LedgerService;
import app.outlay.testing.TestDatabases;
import app.outlay.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import app.outlay.domain.Frequency;
import app.outlay.service.recurrence.RecurrenceService;
import app.outlay.service.recurrence.Repeat;
import app.outlay.service.report.ReportService;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Copies between a real H2 file and a real PostgreSQL database. The source is filled once and never written
 * again; every test copies it (with replaceExisting where the target may hold rows from another test).
 * <p>
 * Targets only get expenses through a service after a copy into them: Hibernate keeps a block of ids in memory,
 * and a block taken before a copy could cover copied ids (the app copies into a freshly opened database).
 */
class DatabaseCopyTest {

    private static final String NON_ASCII = "Café – naïve ✓ 日本語";
    private static final BigDecimal LARGEST = new BigDecimal("99999999999999999.99");

    private static Database source;
    private static Database postgres;
    private static Database back;

    /** An expense as stored, with its category's name and colour; timestamps as instants. */
    record StoredExpense(long id, LocalDate date, String description, BigDecimal amount, Long categoryId,
                         String categoryName, String categoryColour, String notes, long version,
                         Instant createdAt, Instant updatedAt) {
    }

    record StoredCategory(long id, String name, String nameKey, String colour, long version) {
    }

    @BeforeAll
    static void openDatabases() throws SQLException {
        source = Database.open(DatabaseSettings.h2(TestDatabases.tempDir("outlay-copy-source").resolve("outlay")));
        postgres = Database.open(TestPostgres.freshDatabase());
        back = Database.open(DatabaseSettings.h2(TestDatabases.tempDir("outlay-copy-back").resolve("outlay")));
        fillSource();
    }

    @AfterAll
    static void closeDatabases() {
        for (Database database : new Database[] {back, postgres, source}) {
            if (database != null) {
                database.close();
            }
        }
    }

    /** Rows made the way the app makes them (services), plus edge cases written directly. */
    private static void fillSource() throws SQLException {
        DatabaseHolder holder = new DatabaseHolder(source);
        CategoryRow pets = new CategoryService(holder).create("Pets", "#123abc");
        ExpenseService expenses = new ExpenseService(holder);
        expenses.add(new ExpenseDetails(LocalDate.of(2026, 3, 3), "Weekly groceries", new BigDecimal("42.90"), 1L, "Market"));
        expenses.add(new ExpenseDetails(LocalDate.of(2024, 2, 29), "Vet", new BigDecimal("120.05"), pets.id(), NON_ASCII));
        ExpenseRow parking = expenses.add(new ExpenseDetails(LocalDate.of(2026, 1, 1), "Parking", new BigDecimal("3"), null, null));
        expenses.update(parking.id(), parking.version(),
                new ExpenseDetails(LocalDate.of(2026, 1, 2), "Parking, corrected", new BigDecimal("3.50"), null, null));
        try (Connection connection = source.dataSource().getConnection()) {
            try (Statement statement = connection.createStatement()) {
                // A seeded category as the user changed it: the target must get this, not its own seed.
                statement.executeUpdate("update category set name = 'Misc', name_key = 'misc', colour = '#010203', version = 4 where id = 10");
                statement.executeUpdate("update ledger set currency = 'CHF' where id = 1");
            }
            insertExpense(connection, 5, LocalDate.of(1999, 12, 31), "One cent", new BigDecimal("0.01"), null, null,
                    OffsetDateTime.of(2001, 2, 3, 4, 5, 6, 123_456_000, ZoneOffset.ofHours(2)), 7);
            insertExpense(connection, 123_456, LocalDate.of(2030, 6, 15), NON_ASCII, LARGEST, 10L, NON_ASCII + "\nsecond line",
                    OffsetDateTime.of(2026, 5, 4, 3, 2, 1, 0, ZoneOffset.UTC), 0);
        }
    }

    private static void insertExpense(Connection connection, long id, LocalDate date, String description, BigDecimal amount,
                                      Long categoryId, String notes, OffsetDateTime at, long version) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into expense (id, spent_on, description, amount, "
                + "category_id, notes, created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setObject(2, date);
            insert.setString(3, description);
            insert.setBigDecimal(4, amount);
            insert.setObject(5, categoryId, Types.BIGINT);
            insert.setString(6, notes);
            insert.setObject(7, at);
            insert.setObject(8, at.plusDays(1));
            insert.setLong(9, version);
            insert.executeUpdate();
        }
    }

    @Test
    void kindsIncomeCategoriesAndRefundLinksTravelWithTheLedger() throws SQLException {
        try (Database kinds = Database.open(DatabaseSettings.h2(TestDatabases.tempDir("outlay-copy-kinds").resolve("outlay")));
             Database again = Database.open(DatabaseSettings.h2(TestDatabases.tempDir("outlay-copy-kinds-back").resolve("outlay")))) {
            DatabaseHolder holder = new DatabaseHolder(kinds);
            CategoryRow bonus = new CategoryService(holder).create("Bonus", "#00aa00", true);
            ExpenseService entries = new ExpenseService(holder);
            entries.add(new ExpenseDetails(LocalDate.of(2026, 3, 1), "Salary", new BigDecimal("2500.00"), 11L, null,
                    EntryKind.INCOME, null));
            entries.add(new ExpenseDetails(LocalDate.of(2026, 3, 2), "Bonus", new BigDecimal("100.00"), bonus.id(), null,
                    EntryKind.INCOME, null));
            try (Connection connection = kinds.dataSource().getConnection(); Statement statement = connection.createStatement()) {
                // A refund whose expense has the higher id (ids come in blocks per client): linked after every row is in.
                statement.executeUpdate("insert into expense (id, spent_on, description, amount, category_id, created_at, updated_at, version, kind)"
                        + " values (20, date '2026-03-03', 'Jacket', 120.00, 7, current_timestamp, current_timestamp, 0, 'EXPENSE')");
                statement.executeUpdate("insert into expense (id, spent_on, description, amount, category_id, created_at, updated_at, version, kind, refund_of)"
                        + " values (10, date '2026-03-04', 'Jacket back', 45.50, 7, current_timestamp, current_timestamp, 0, 'REFUND', 20)");
            }
            List<String> before = kindsOf(kinds);
            assertThat(before).contains("10|REFUND|20|7|false", "20|EXPENSE|null|7|false")
                    .anyMatch(row -> row.endsWith("|INCOME|null|" + bonus.id() + "|true"));

            DatabaseCopy.copy(kinds, postgres, true);
            DatabaseCopy.copy(postgres, again, true);

            assertThat(kindsOf(postgres)).isEqualTo(before);
            assertThat(kindsOf(again)).isEqualTo(before);
            assertThat(new ReportService(new DatabaseHolder(postgres)).flows(YearMonth.of(2026, 3), YearMonth.of(2026, 3)))
                    .isEqualTo(new ReportService(holder).flows(YearMonth.of(2026, 3), YearMonth.of(2026, 3)));
        }
    }

    @Test
    void splitPaymentsWithTheirPartsAndThePartsTagsTravelWithTheLedger() {
        try (Database split = Database.open(DatabaseSettings.h2(TestDatabases.tempDir("outlay-copy-splits").resolve("outlay")));
             Database again = Database.open(DatabaseSettings.h2(TestDatabases.tempDir("outlay-copy-splits-back").resolve("outlay")))) {
            DatabaseHolder holder = new DatabaseHolder(split);
            List<SplitPart> parts = List.of(new SplitPart(1L, new BigDecimal("60.00"), "food", List.of("family")),
                    new SplitPart(7L, new BigDecimal("30.50"), NON_ASCII, List.of()),
                    new SplitPart(null, new BigDecimal("9.50"), null, List.of("family", "tax-deductible")));
            ExpenseRow row = new ExpenseService(holder).add(new ExpenseDetails(LocalDate.of(2026, 3, 3), "Supermarket",
                    new BigDecimal("100.00"), null, null), Repeat.NEVER, LocalDate.of(2026, 3, 3), List.of(), parts);

            DatabaseCopy.copy(split, postgres, true);
            DatabaseCopy.copy(postgres, again, true);

            assertThat(new ExpenseService(new DatabaseHolder(postgres)).partsOf(row.id())).isEqualTo(parts);
            assertThat(new ExpenseService(new DatabaseHolder(again)).partsOf(row.id())).isEqualTo(parts);
            assertThat(new ReportService(new DatabaseHolder(again)).totalsByCategory(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)))
                    .isEqualTo(new ReportService(holder).totalsByCategory(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)));
            // The parts' sequence moved past the copied ids: a new split in the copy gets parts of its own.
            ExpenseRow next = new ExpenseService(new DatabaseHolder(again)).add(new ExpenseDetails(LocalDate.of(2026, 3, 4),
                    "Market", new BigDecimal("100.00"), null, null), Repeat.NEVER, LocalDate.of(2026, 3, 4), List.of(), parts);
            assertThat(new ExpenseService(new DatabaseHolder(again)).partsOf(next.id())).isEqualTo(parts);
        }
    }

    /** Each entry's id, kind, link, category and whether that category is of income. */
    private static List<String> kindsOf(Database database) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select e.id, e.kind, e.refund_of, e.category_id, c.income from expense e"
                     + " left join category c on c.id = e.category_id order by e.id")) {
            while (rs.next()) {
                rows.add(rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getObject(3) + "|" + rs.getObject(4) + "|" + rs.getBoolean(5));
            }
        }
        return rows;
    }

    @Test
    void budgetsAndRecurringSeriesTravelWithTheLedger() {
        try (Database planned = Database.open(DatabaseSettings.h2(TestDatabases.tempDir("outlay-copy-plans").resolve("outlay")))) {
            DatabaseHolder holder = new DatabaseHolder(planned);
            new CategoryService(holder).setBudget(1L, new BigDecimal("80.00"));
            new ExpenseService(holder).add(new ExpenseDetails(LocalDate.of(2026, 3, 10), "Streaming", new BigDecimal("12.99"), 1L, null),
                    new Repeat(Frequency.MONTHLY, null), LocalDate.of(2026, 3, 10));
            new RecurrenceService(holder).createDue(LocalDate.of(2026, 4, 10));

            DatabaseCopy.copy(planned, postgres, true);

            DatabaseHolder target = new DatabaseHolder(postgres);
            assertThat(new ReportService(target).budgets(YearMonth.of(2026, 3)))
                    .isEqualTo(new ReportService(holder).budgets(YearMonth.of(2026, 3)));
            // The series goes on where the source left it: no occurrence twice, none missing.
            assertThat(new RecurrenceService(target).createDue(LocalDate.of(2026, 6, 10)))
                    .extracting(ExpenseRow::date).containsExactly(LocalDate.of(2026, 5, 10), LocalDate.of(2026, 6, 10));
        }
    }

    @Test
    void h2ToPostgresAndBackKeepsEveryRowExactly() throws SQLException {
        List<StoredExpense> original = expenses(source);
        assertThat(original).hasSize(5);
        assertThat(original).extracting(StoredExpense::amount)
                .contains(new BigDecimal("0.01"), new BigDecimal("3.50"), LARGEST);
        assertThat(original).extracting(StoredExpense::notes).contains(null, NON_ASCII, NON_ASCII + "\nsecond line");
        assertThat(original).extracting(StoredExpense::version).contains(0L, 1L, 7L);

        Contents toPostgres = DatabaseCopy.copy(source, postgres, true);
        Contents toH2 = DatabaseCopy.copy(postgres, back, true);

        Contents expected = new Contents(5, 14, new BigDecimal("99999999999999999.99").add(new BigDecimal("166.46")));
        assertThat(DatabaseCopy.contents(source)).isEqualTo(expected);
        assertThat(toPostgres).isEqualTo(expected);
        assertThat(toH2).isEqualTo(expected);
        assertThat(expenses(postgres)).isEqualTo(original);
        assertThat(expenses(back)).isEqualTo(original);
        assertThat(categories(postgres)).isEqualTo(categories(source));
        assertThat(categories(back)).isEqualTo(categories(source));
        assertThat(new LedgerService(new DatabaseHolder(postgres)).chosenCurrency()).contains(Currency.getInstance("CHF"));
        assertThat(new LedgerService(new DatabaseHolder(back)).chosenCurrency()).contains(Currency.getInstance("CHF"));
    }

    /** A ledger from before currencies (or one where none was chosen yet) does not unset the target's. */
    @Test
    void aSourceWithoutACurrencyLeavesTheTargetsAlone() {
        try (Database older = Database.open(DatabaseSettings.h2(TestDatabases.tempDir("outlay-copy-nocurrency").resolve("outlay")))) {
            LedgerService targetLedger = new LedgerService(new DatabaseHolder(postgres));
            targetLedger.setCurrency(Currency.getInstance("JPY"));

            DatabaseCopy.copy(older, postgres, true);

            assertThat(new LedgerService(new DatabaseHolder(older)).chosenCurrency()).isEmpty();
            assertThat(targetLedger.chosenCurrency()).contains(Currency.getInstance("JPY"));
        }
    }

    @Test
    void aCopyWhoseCurrencyDoesNotArriveIsRolledBack() throws SQLException {
        DatabaseCopy.copy(source, postgres, true);
        execute(postgres, "create function outlay_test_skew() returns trigger language plpgsql as $$ begin "
                + "new.currency := 'USD'; return new; end $$");
        execute(postgres, "create trigger outlay_test_skew before update on ledger for each row execute procedure outlay_test_skew()");
        try {
            execute(postgres, "update ledger set currency = 'EUR'");
            assertThatThrownBy(() -> DatabaseCopy.copy(source, postgres, true))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("did not verify")
                    .hasMessageContaining("currency: source CHF, target USD");
        } finally {
            execute(postgres, "drop trigger outlay_test_skew on ledger");
            execute(postgres, "drop function outlay_test_skew()");
        }
        assertThat(new LedgerService(new DatabaseHolder(postgres)).chosenCurrency()).contains(Currency.getInstance("USD"));
    }

    @Test
    void theTargetsCategoriesAreReplacedByTheSources() throws SQLException {
        execute(back, "delete from expense");
        execute(back, "insert into category (id, name, name_key, colour, version) values (777, 'Target only', 'target only', '#000000', 0)");

        DatabaseCopy.copy(source, back, false);

        assertThat(categories(back)).isEqualTo(categories(source))
                .extracting(StoredCategory::name).contains("Pets", "Misc", "Groceries").doesNotContain("Other", "Target only");
        assertThat(categories(back)).filteredOn(c -> c.id() == 10).singleElement()
                .isEqualTo(new StoredCategory(10, "Misc", "misc", "#010203", 4));
    }

    @Test
    void aTargetThatHoldsExpensesIsRefusedAndLeftAlone() throws SQLException {
        DatabaseCopy.copy(source, postgres, true);
        execute(postgres, "delete from expense where id = 5");
        List<StoredExpense> before = expenses(postgres);

        assertThatThrownBy(() -> DatabaseCopy.copy(source, postgres, false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(postgres.displayName())
                .hasMessageContaining("already holds 4 expenses");

        assertThat(expenses(postgres)).isEqualTo(before);
        assertThat(DatabaseCopy.contents(postgres).expenses()).isEqualTo(4);
    }

    @Test
    void replaceExistingReplacesTheTargetsExpensesAndCategories() throws SQLException {
        DatabaseCopy.copy(source, back, true);
        execute(back, "insert into category (id, name, name_key, colour, version) values (778, 'Old', 'old', '#000000', 0)");
        try (Connection connection = back.dataSource().getConnection()) {
            insertExpense(connection, 999_999, LocalDate.of(2020, 1, 1), "Only in the target", BigDecimal.TEN, 778L, null,
                    OffsetDateTime.now(ZoneOffset.UTC), 0);
        }

        DatabaseCopy.copy(source, back, true);

        assertThat(expenses(back)).isEqualTo(expenses(source));
        assertThat(categories(back)).isEqualTo(categories(source));
    }

    @Test
    void expensesAddedAfterACopyGetNewIds() throws SQLException {
        for (Database target : List.of(postgres, back)) {
            DatabaseCopy.copy(source, target, true);
            ExpenseService expenses = new ExpenseService(new DatabaseHolder(target));
            // The source's own expenses have ids from a new sequence (951…), exactly what a new target hands out
            // first, so without moving the target's sequences these adds would collide.
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                ids.add(expenses.add(new ExpenseDetails(LocalDate.of(2026, 4, 1), "After the copy " + i,
                        new BigDecimal("1.00"), 1L, null)).id());
            }
            assertThat(ids).as(target.displayName()).doesNotHaveDuplicates().allMatch(id -> id > 123_456);
            assertThat(DatabaseCopy.contents(target).expenses()).isEqualTo(DatabaseCopy.contents(source).expenses() + 3);
            assertThat(new CategoryService(new DatabaseHolder(target)).create("New after copy", null).id()).isGreaterThan(951);
        }
    }

    @Test
    void theSourceIsNotChanged() throws SQLException {
        List<StoredExpense> expenses = expenses(source);
        List<StoredCategory> categories = categories(source);
        Contents contents = DatabaseCopy.contents(source);
        List<Long> sequences = h2Sequences(source);

        DatabaseCopy.copy(source, postgres, true);

        assertThat(expenses(source)).isEqualTo(expenses);
        assertThat(categories(source)).isEqualTo(categories);
        assertThat(DatabaseCopy.contents(source)).isEqualTo(contents);
        assertThat(h2Sequences(source)).isEqualTo(sequences);
    }

    @Test
    void aDatabaseIsNotCopiedIntoItself() {
        Contents contents = DatabaseCopy.contents(source);
        assertThatThrownBy(() -> DatabaseCopy.copy(source, source, true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("into itself");
        assertThat(DatabaseCopy.contents(source)).isEqualTo(contents);
    }

    /** A real trigger on the PostgreSQL target changes rows as they arrive; the checks catch it and roll back. */
    @Test
    void aCopyThatDoesNotVerifyIsRolledBack() throws SQLException {
        DatabaseCopy.copy(source, postgres, true);
        execute(postgres, "delete from expense where id = 5");
        List<StoredExpense> before = expenses(postgres);
        Map<String, String> skews = Map.of(
                // changes the total
                "if new.amount < 1000 then new.amount := new.amount + 0.01; end if;",
                "target Contents[expenses=5, categories=14, total=100000000000000166.49]",
                // the same count and total, but not in the same category
                "if new.category_id = 10 then new.category_id := 1; end if;",
                "category 10: source Group[expenses=1, spent=99999999999999999.99, refunded=0.00, received=0.00, links=0], target null");
        for (String skew : skews.keySet()) {
            execute(postgres, "create function outlay_test_skew() returns trigger language plpgsql as $$ begin "
                    + skew + " return new; end $$");
            execute(postgres, "create trigger outlay_test_skew before insert on expense for each row execute procedure outlay_test_skew()");
            try {
                assertThatThrownBy(() -> DatabaseCopy.copy(source, postgres, true)).as(skew)
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("did not verify")
                        .hasMessageContaining("rolled back")
                        .hasMessageContaining(skews.get(skew));
            } finally {
                execute(postgres, "drop trigger outlay_test_skew on expense");
                execute(postgres, "drop function outlay_test_skew()");
            }
            assertThat(expenses(postgres)).as(skew).isEqualTo(before);
        }
    }

    @Test
    void aLargeCopyStreamsAndVerifies() throws SQLException {
        int rows = 20_000;
        try (Database big = Database.open(DatabaseSettings.h2(TestDatabases.tempDir("outlay-copy-big").resolve("outlay")))) {
            BigDecimal total = BigDecimal.ZERO;
            try (Connection connection = big.dataSource().getConnection();
                 PreparedStatement insert = connection.prepareStatement("insert into expense (id, spent_on, description, amount, "
                         + "category_id, notes, created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
                connection.setAutoCommit(false);
                OffsetDateTime at = OffsetDateTime.of(2025, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC);
                for (int i = 0; i < rows; i++) {
                    BigDecimal amount = BigDecimal.valueOf(1 + (i * 7919L) % 100_000, 2);
                    total = total.add(amount);
                    insert.setLong(1, 2_000_000 + i);
                    insert.setObject(2, LocalDate.of(2020, 1, 1).plusDays(i % 2000));
                    insert.setString(3, "Row " + i);
                    insert.setBigDecimal(4, amount);
                    insert.setObject(5, i % 11 == 0 ? null : (long) (1 + i % 10), Types.BIGINT);
                    insert.setString(6, i % 3 == 0 ? null : "note " + i);
                    insert.setObject(7, at.plusSeconds(i));
                    insert.setObject(8, at.plusSeconds(i));
                    insert.addBatch();
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                    }
                }
                connection.commit();
            }
            Contents expected = new Contents(rows, 13, total);

            Contents toPostgres = DatabaseCopy.copy(big, postgres, true);
            Contents toH2 = DatabaseCopy.copy(postgres, back, true);

            assertThat(toPostgres).isEqualTo(expected);
            assertThat(toH2).isEqualTo(expected);
            assertThat(DatabaseCopy.contents(back)).isEqualTo(expected);
            assertThat(expenses(back)).isEqualTo(expenses(big));
        }
    }

    private static List<StoredExpense> expenses(Database database) throws SQLException {
        List<StoredExpense> rows = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select e.id, e.spent_on, e.description, e.amount, e.category_id, c.name, "
                     + "c.colour, e.notes, e.version, e.created_at, e.updated_at "
                     + "from expense e left join category c on c.id = e.category_id order by e.id")) {
            while (rs.next()) {
                rows.add(new StoredExpense(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getBigDecimal(4),
                        rs.getObject(5, Long.class), rs.getString(6), rs.getString(7), rs.getString(8), rs.getLong(9),
                        rs.getObject(10, OffsetDateTime.class).toInstant(), rs.getObject(11, OffsetDateTime.class).toInstant()));
            }
        }
        return rows;
    }

    private static List<StoredCategory> categories(Database database) throws SQLException {
        List<StoredCategory> rows = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select id, name, name_key, colour, version from category order by id")) {
            while (rs.next()) {
                rows.add(new StoredCategory(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)));
            }
        }
        return rows;
    }

    /** The H2 sequences' next values, read without taking one. */
    private static List<Long> h2Sequences(Database database) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select base_value from information_schema.sequences "
                     + "where sequence_name in ('CATEGORY_SEQ', 'EXPENSE_SEQ') order by sequence_name")) {
            while (rs.next()) {
                values.add(rs.getLong(1));
            }
        }
        assertThat(values).hasSize(2);
        return values;
    }

    private static void execute(Database database, String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
