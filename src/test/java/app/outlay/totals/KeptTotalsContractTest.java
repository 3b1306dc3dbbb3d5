package app.outlay.totals;

import app.outlay.csv.CsvDetector;
import app.outlay.csv.Detection;
import app.outlay.data.Database;
import app.outlay.data.DatabaseCopy;
import app.outlay.data.DatabaseHolder;
import app.outlay.data.DatabaseSettings;
import app.outlay.domain.EntryKind;
import app.outlay.domain.ExpenseDetails;
import app.outlay.domain.SplitPart;
import app.outlay.rules.MatchType;
import app.outlay.rules.Rule;
import app.outlay.service.ledger.BackupService;
import app.outlay.service.category.CategoryService;
import app.outlay.service.expense.ExpenseFilter;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.service.expense.ExpenseService;
import app.outlay.service.expense.ExpenseSummary;
import app.outlay.service.importing.ImportRequest;
import app.outlay.service.importing.ImportService;
import app.outlay.service.ledger.LedgerService;
import app.outlay.service.recurrence.RecurrenceService;
import app.outlay.service.recurrence.Repeat;
import app.outlay.service.rules.RuleApplyService;
import app.outlay.service.rules.RuleService;
import app.outlay.service.history.UndoService;
import app.outlay.bankfiles.BankFileChoice;
import app.outlay.bankfiles.BankFiles;
import app.outlay.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static app.outlay.bankfiles.BankFileSamples.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 17: the list's count and totals come from the summary Outlay keeps (V28, {@link KeptTotals}). After every kind
 * of change of expense rows — add, edit (amount, date across months, category, kind), delete, undo, a repeating
 * entry's occurrences, CSV import, a refused import, bank import, split and unsplit, rules applied, categories merged
 * and deleted, a database copy and a backup restored — the summary holds exactly what the rows give, row for row, and
 * the list's count and totals for periods (whole months and edges), categories and kinds equal the same figures
 * summed from the rows here, the way the list's SQL defines them. One subclass per database.
 */
abstract class KeptTotalsContractTest {

    private static final LocalDate MAY_4 = LocalDate.of(2026, 5, 4);
    private static final long GROCERIES = 1;
    private static final long EATING_OUT = 2;
    private static final long TRANSPORT = 5;
    private static final long HEALTH = 6;
    private static final long SHOPPING = 7;
    private static final long SALARY = 11;

    protected Database database;
    private DatabaseHolder holder;
    private ExpenseService expenses;
    private ImportService imports;
    private UndoService undo;

    protected abstract Database database();

    @BeforeEach
    void cleanLedger() {
        database = database();
        TestDatabases.reset(database);
        holder = new DatabaseHolder(database);
        expenses = new ExpenseService(holder);
        imports = new ImportService(holder);
        undo = new UndoService(holder);
    }

    @Test
    void addEditDeleteAndUndoKeepTheSummary() throws Exception {
        assertKept(database);
        ExpenseRow coffee = add(MAY_4, "Coffee", "3.50", EATING_OUT, EntryKind.EXPENSE);
        ExpenseRow jacket = add(MAY_4.plusDays(10), "Jacket", "120.00", SHOPPING, EntryKind.EXPENSE);
        add(MAY_4.plusDays(20), "Jacket back", "45.50", SHOPPING, EntryKind.REFUND);
        ExpenseRow salary = add(MAY_4.minusMonths(1), "Salary", "2500.00", SALARY, EntryKind.INCOME);
        add(MAY_4.plusMonths(2), "Bus", "2.90", null, EntryKind.EXPENSE);
        assertKept(database);

        coffee = expenses.update(coffee.id(), coffee.version(), details(MAY_4, "Coffee, large", "4.25", EATING_OUT, EntryKind.EXPENSE));
        assertKept(database);
        coffee = expenses.update(coffee.id(), coffee.version(), details(MAY_4.plusMonths(3), "Coffee, later", "4.25", EATING_OUT, EntryKind.EXPENSE));
        assertKept(database);
        coffee = expenses.update(coffee.id(), coffee.version(), details(MAY_4.plusMonths(3), "Coffee", "4.25", GROCERIES, EntryKind.EXPENSE));
        assertKept(database);
        coffee = expenses.update(coffee.id(), coffee.version(), details(MAY_4.plusMonths(3), "Coffee back", "4.25", GROCERIES, EntryKind.REFUND));
        assertKept(database);
        expenses.update(salary.id(), salary.version(), details(MAY_4, "Salary May", "2500.00", SALARY, EntryKind.INCOME));
        assertKept(database);

        undo.undo(undo.next().orElseThrow().batchId()); // the salary's new date
        assertKept(database);
        undo.undo(undo.next().orElseThrow().batchId()); // the coffee's kind
        assertKept(database);

        expenses.delete(jacket.id());
        assertKept(database);
        undo.undo(undo.next().orElseThrow().batchId()); // the delete: the jacket is back
        assertKept(database);
        expenses.deleteAll(List.of(jacket.id(), salary.id()));
        assertKept(database);
        undo.undo(undo.next().orElseThrow().batchId());
        assertKept(database);

        // A repeating entry started in the past: its occurrences due so far come with it, each in its own month.
        expenses.add(details(LocalDate.now().minusMonths(3), "Gym", "30.00", HEALTH, EntryKind.EXPENSE),
                new Repeat(app.outlay.domain.Frequency.MONTHLY, null), LocalDate.now());
        new RecurrenceService(holder).createDue(LocalDate.now().plusMonths(2));
        assertKept(database);
        undo.undo(undo.next().orElseThrow().batchId()); // the gym and its occurrences with it
        assertKept(database);
    }

    @Test
    void importsBankFilesAndRefusedImportsKeepTheSummary() throws Exception {
        add(MAY_4, "Already there", "10.00", GROCERIES, EntryKind.EXPENSE);
        Path file = Files.createTempFile("outlay-kept-totals", ".csv");
        Files.writeString(file, "date,description,amount,category,notes,kind,tags,split\n"
                + "2026-04-30,Bakery,2.80,Groceries,,expense,,\n"
                + "2026-05-07,Train,19.90,Transport,,expense,,\n"
                + "2026-05-08,Cinema,12.00,,,expense,,\n"
                + "2026-05-09,Refund train,5.00,Transport,,refund,,\n"
                + "2026-06-01,Salary,1800.00,Salary,,income,,\n"
                + "2026-06-02,Market,10.00,Groceries,,expense,,7\n"
                + "2026-06-02,Market,5.00,Shopping,,expense,,7\n"
                + "2026-06-02,Market,1.50,Groceries,,expense,,7\n"
                + "2026-07-03,Chemist,8.00,Newly made,,expense,,\n", StandardCharsets.UTF_8);
        assertThat(imports.importFile(detected(file), rejected -> { }).committed()).isTrue();
        assertKept(database);

        Path bad = Files.createTempFile("outlay-kept-totals-bad", ".csv");
        Files.writeString(bad, "date,description,amount,category,notes\n2026-05-09,Books,30.00,Shopping,\n2026-05-10,Broken,abc,,\n",
                StandardCharsets.UTF_8);
        assertThat(imports.importFile(detected(bad), rejected -> { }).committed()).isFalse();
        assertKept(database);

        new LedgerService(holder).setCurrency(java.util.Currency.getInstance("USD"));
        Path ofx = sample("ofx/checking-2026-01.ofx");
        assertThat(imports.importFile(ImportRequest.ofBankFile(ofx, BankFileChoice.of(BankFiles.detect(ofx))), rejected -> { })
                .committed()).isTrue();
        assertKept(database);
    }

    @Test
    void splitsRulesAndCategoryChangesKeepTheSummary() throws Exception {
        ExpenseRow plain = add(MAY_4, "Supermarket", "100.00", GROCERIES, EntryKind.EXPENSE);
        add(MAY_4.plusDays(1), "Bakery", "20.00", GROCERIES, EntryKind.EXPENSE);
        add(MAY_4.plusMonths(1), "Pharmacy", "7.00", HEALTH, EntryKind.EXPENSE);
        assertKept(database);

        ExpenseRow split = expenses.update(plain.id(), plain.version(), details(MAY_4, "Supermarket", "100.00", null, EntryKind.EXPENSE),
                null, null, List.of(new SplitPart(GROCERIES, new BigDecimal("60.00"), null), new SplitPart(SHOPPING, new BigDecimal("30.50"), null),
                        new SplitPart(GROCERIES, new BigDecimal("9.50"), null)));
        assertKept(database);
        split = expenses.update(split.id(), split.version(), details(MAY_4.plusMonths(1), "Supermarket", "100.00", null, EntryKind.EXPENSE),
                null, null, List.of(new SplitPart(HEALTH, new BigDecimal("70.00"), null), new SplitPart(null, new BigDecimal("30.00"), "deposit")));
        assertKept(database);
        expenses.add(details(MAY_4, "Department store", "50.00", null, EntryKind.EXPENSE), Repeat.NEVER, MAY_4, List.of(),
                List.of(new SplitPart(SHOPPING, new BigDecimal("20.00"), null), new SplitPart(EATING_OUT, new BigDecimal("30.00"), null)));
        assertKept(database);
        undo.undo(undo.next().orElseThrow().batchId()); // the department store
        undo.undo(undo.next().orElseThrow().batchId()); // the supermarket's second set of parts
        assertKept(database);
        split = expenses.get(split.id());
        expenses.update(split.id(), split.version(), details(MAY_4, "Supermarket", "120.00", GROCERIES, EntryKind.EXPENSE), null, null, List.of());
        assertKept(database);
        undo.undo(undo.next().orElseThrow().batchId()); // split again
        assertKept(database);

        // Rules: one gives the split payment a category of its own (a rule may), one moves the bakery.
        RuleService rules = new RuleService(holder);
        rules.add(Rule.draft("Market", MatchType.CONTAINS, "supermarket", null, null, null, TRANSPORT, null, null));
        rules.add(Rule.draft("Bakery", MatchType.CONTAINS, "bakery", null, null, null, EATING_OUT, null, null));
        RuleApplyService applying = new RuleApplyService(holder);
        assertThat(applying.apply(applying.preview(ExpenseFilter.all(), rules.list()).changes())).isEqualTo(2);
        assertKept(database);
        undo.undo(undo.next().orElseThrow().batchId()); // both rules' changes
        assertKept(database);
        assertThat(applying.apply(applying.preview(ExpenseFilter.all(), rules.list()).changes())).isEqualTo(2);
        assertKept(database);

        CategoryService categories = new CategoryService(holder);
        categories.merge(GROCERIES, SHOPPING);
        assertKept(database);
        categories.delete(HEALTH, EATING_OUT);
        assertKept(database);
        assertThatThrownBy(() -> categories.delete(SHOPPING, null)).isInstanceOf(RuntimeException.class); // still used: refused
        assertKept(database);
    }

    @Test
    void aCopyAndARestoredBackupAreSummedFromTheirRows() throws Exception {
        add(MAY_4, "Coffee", "3.50", EATING_OUT, EntryKind.EXPENSE);
        add(MAY_4.plusMonths(1), "Salary", "2500.00", SALARY, EntryKind.INCOME);
        expenses.add(details(MAY_4, "Department store", "50.00", null, EntryKind.EXPENSE), Repeat.NEVER, MAY_4, List.of(),
                List.of(new SplitPart(SHOPPING, new BigDecimal("20.00"), null), new SplitPart(EATING_OUT, new BigDecimal("30.00"), null)));

        Path folder = TestDatabases.tempDir("outlay-kept-totals-copy");
        try (Database copy = Database.open(DatabaseSettings.h2(folder.resolve("copy").resolve("outlay")))) {
            new ExpenseService(new DatabaseHolder(copy)).add(details(MAY_4, "Replaced by the copy", "9.99", GROCERIES, EntryKind.EXPENSE));
            DatabaseCopy.copy(database, copy, true);
            assertKept(copy);
        }

        BackupService backups = new BackupService(holder, folder.resolve("backups"));
        Path backup = backups.newFile("outlay-kept-totals");
        backups.backUp(backup);
        add(MAY_4.plusMonths(2), "After the backup", "77.00", TRANSPORT, EntryKind.EXPENSE);
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            // A summary gone wrong (as from a version of Outlay that did not keep it) is replaced, not added to.
            statement.executeUpdate("update expense_summary set entries = entries + 5");
        }
        backups.restore(backup, true, null);
        assertKept(database);
    }

    private ExpenseRow add(LocalDate date, String description, String amount, Long category, EntryKind kind) {
        return expenses.add(details(date, description, amount, category, kind));
    }

    private static ExpenseDetails details(LocalDate date, String description, String amount, Long category, EntryKind kind) {
        return new ExpenseDetails(date, description, new BigDecimal(amount), category, null, kind, null);
    }

    private static ImportRequest detected(Path file) throws IOException {
        Detection detection = CsvDetector.detect(file);
        assertThat(detection.problem()).isNull();
        return ImportRequest.of(file, detection.format(), detection.mapping());
    }

    /** What one entry counts for under one category (0: every entry) in the list's SQL: its date, kind and amount there. */
    private record Fact(long category, LocalDate date, String kind, BigDecimal amount) {
    }

    /**
     * The summary equals, row for row, what the rows give; and the list's count and totals, read from it, equal the
     * figures summed here from the rows for filters by whole months, edges, categories and kinds.
     */
    static void assertKept(Database db) throws SQLException {
        List<Fact> facts = facts(db);
        assertThat(summaryRows(db)).as("expense_summary against the rows").isEqualTo(expectedRows(facts));

        ExpenseService service = new ExpenseService(new DatabaseHolder(db));
        List<ExpenseFilter> filters = new ArrayList<>();
        List<LocalDate[]> periods = List.of(new LocalDate[]{null, null}, new LocalDate[]{LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31)},
                new LocalDate[]{LocalDate.of(2026, 4, 15), LocalDate.of(2026, 7, 10)}, new LocalDate[]{LocalDate.of(2026, 5, 5), null},
                new LocalDate[]{null, LocalDate.of(2026, 6, 1)}, new LocalDate[]{LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 20)});
        for (LocalDate[] period : periods) {
            for (Long category : new Long[]{null, GROCERIES, SHOPPING, EATING_OUT, HEALTH, TRANSPORT, SALARY}) {
                for (EntryKind kind : new EntryKind[]{null, EntryKind.EXPENSE, EntryKind.REFUND, EntryKind.INCOME}) {
                    filters.add(new ExpenseFilter(null, period[0], period[1], category, kind));
                }
            }
        }
        for (ExpenseFilter filter : filters) {
            assertThat(service.summarize(filter)).as(filter.toString()).isEqualTo(expected(facts, filter));
        }
        assertThat(new LedgerService(new DatabaseHolder(db)).counts().expenses()).as("the ledger's count")
                .isEqualTo(facts.stream().filter(fact -> fact.category() == 0).count());
    }

    private static ExpenseSummary expected(List<Fact> facts, ExpenseFilter filter) {
        long category = filter.categoryId() == null ? 0 : filter.categoryId();
        long count = 0;
        BigDecimal spent = BigDecimal.ZERO.setScale(2);
        BigDecimal received = BigDecimal.ZERO.setScale(2);
        for (Fact fact : facts) {
            if (fact.category() != category || filter.from() != null && fact.date().isBefore(filter.from())
                    || filter.to() != null && fact.date().isAfter(filter.to())
                    || filter.kind() != null && !filter.kind().name().equals(fact.kind())) {
                continue;
            }
            count++;
            switch (fact.kind()) {
                case "EXPENSE" -> spent = spent.add(fact.amount());
                case "REFUND" -> spent = spent.subtract(fact.amount());
                default -> received = received.add(fact.amount());
            }
        }
        return new ExpenseSummary(count, spent, received);
    }

    /**
     * Every entry under category 0 with its amount, and under each category the list's filter finds it by (its own,
     * or one of a split payment's parts') with its amount there (a split payment: its parts' sum there, or nothing).
     * Written as ExpenseQueries' WHERE and IN_CATEGORY say, not as the summary's rebuild does.
     */
    private static List<Fact> facts(Database db) throws SQLException {
        List<Fact> facts = new ArrayList<>();
        try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("select e.spent_on, e.kind, e.amount from expense e")) {
                while (rs.next()) {
                    facts.add(new Fact(0, rs.getObject(1, LocalDate.class), rs.getString(2).strip(), rs.getBigDecimal(3)));
                }
            }
            try (ResultSet rs = statement.executeQuery("select c.id, e.spent_on, e.kind, case when e.split = true then "
                    + "(select sum(s.amount) from expense_split s where s.expense_id = e.id and s.category_id = c.id) else e.amount end "
                    + "from category c join expense e on e.category_id = c.id or e.split = true and exists "
                    + "(select 1 from expense_split s where s.expense_id = e.id and s.category_id = c.id)")) {
                while (rs.next()) {
                    BigDecimal amount = rs.getBigDecimal(4);
                    facts.add(new Fact(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3).strip(),
                            amount == null ? BigDecimal.ZERO.setScale(2) : amount));
                }
            }
        }
        return facts;
    }

    private static Map<String, String> expectedRows(List<Fact> facts) {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (Fact fact : facts) {
            String key = fact.category() + "|" + (fact.date().getYear() * 100 + fact.date().getMonthValue()) + "|" + fact.kind();
            counts.computeIfAbsent(key, k -> new long[1])[0]++;
            sums.merge(key, fact.amount(), BigDecimal::add);
        }
        Map<String, String> rows = new TreeMap<>();
        counts.forEach((key, count) -> rows.put(key, count[0] + " " + sums.get(key).setScale(2)));
        return rows;
    }

    /** The summary's rows that hold anything (a row emptied by deletions may stay with zeros). */
    private static Map<String, String> summaryRows(Database db) throws SQLException {
        Map<String, String> rows = new TreeMap<>();
        try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select category_id, spent_month, kind, entries, amount from expense_summary "
                     + "where entries <> 0 or amount <> 0")) {
            while (rs.next()) {
                rows.put(rs.getLong(1) + "|" + rs.getInt(2) + "|" + rs.getString(3).strip(),
                        rs.getLong(4) + " " + rs.getBigDecimal(5).setScale(2));
            }
        }
        return rows;
    }
}
