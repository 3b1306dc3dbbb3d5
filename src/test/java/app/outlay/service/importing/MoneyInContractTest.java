package app.outlay.service.importing;

import app.outlay.service.category.CategoryRow;
import app.outlay.service.category.CategoryService;
import app.outlay.service.category.CategoryTotal;
import app.outlay.service.expense.ExpenseFilter;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.service.expense.ExpenseService;
import app.outlay.service.expense.ExpenseSummary;
import app.outlay.service.export.ExportService;
import app.outlay.service.history.UndoService;
import app.outlay.service.report.BudgetLine;
import app.outlay.service.report.MonthFlow;
import app.outlay.service.report.ReportService;
import app.outlay.csv.CsvDetector;
import app.outlay.csv.Detection;
import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.domain.EntryKind;
import app.outlay.domain.ExpenseDetails;
import app.outlay.settings.AppPaths;
import app.outlay.settings.ProtectedFiles;
import app.outlay.testing.TestDatabases;
import app.outlay.text.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Refunds that reduce spending and income beside it, run unchanged against every database (one subclass each). */
abstract class MoneyInContractTest {

    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

    protected Database database;
    private ExpenseService expenses;
    private CategoryService categories;
    private ReportService reports;
    private ImportService imports;
    private ExportService exports;

    protected abstract Database database();

    @BeforeEach
    void cleanLedger() {
        database = database();
        TestDatabases.reset(database);
        DatabaseHolder holder = new DatabaseHolder(database);
        expenses = new ExpenseService(holder);
        categories = new CategoryService(holder);
        reports = new ReportService(holder);
        imports = new ImportService(holder);
        exports = new ExportService(holder, new ProtectedFiles(AppPaths.under(Path.of("target/no-such-outlay-home")), null));
    }

    private long category(String name) {
        return categories.list().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }

    private ExpenseRow add(LocalDate date, String description, String amount, String category, EntryKind kind, Long refundOf) {
        return expenses.add(new ExpenseDetails(date, description, new BigDecimal(amount),
                category == null ? null : category(category), null, kind, refundOf));
    }

    @Test
    void theSeededIncomeCategoriesAreOfIncomeAndTheOthersOfSpending() {
        assertThat(categories.list()).filteredOn(CategoryRow::income).extracting(CategoryRow::name)
                .containsExactlyInAnyOrder("Salary", "Interest", "Gifts received");
        assertThat(categories.list()).filteredOn(c -> !c.income()).hasSize(10);
    }

    @Test
    void refundsReduceTheirCategoryAndIncomeIsNeverSpending() {
        categories.setBudget(category("Shopping"), new BigDecimal("100.00"));
        ExpenseRow jacket = add(MARCH_2, "Jacket", "120.00", "Shopping", EntryKind.EXPENSE, null);
        ExpenseRow refund = add(MARCH_2.plusDays(3), "Jacket returned", "45.50", "Shopping", EntryKind.REFUND, jacket.id());
        add(MARCH_2.plusDays(4), "Market", "30.25", "Groceries", EntryKind.EXPENSE, null);
        add(MARCH_2.plusDays(5), "March salary", "2500.00", "Salary", EntryKind.INCOME, null);
        add(MARCH_2.plusDays(6), "Savings interest", "1.10", "Interest", EntryKind.INCOME, null);

        assertThat(refund.kind()).isEqualTo(EntryKind.REFUND);
        assertThat(refund.refundOf()).isEqualTo(jacket.id());
        ExpenseSummary summary = expenses.summarize(ExpenseFilter.all());
        assertThat(summary.count()).isEqualTo(5);
        assertThat(summary.spent()).isEqualByComparingTo("104.75");
        assertThat(summary.received()).isEqualByComparingTo("2501.10");
        assertThat(summary.net()).isEqualTo(new BigDecimal("2396.35"));

        LocalDate from = LocalDate.of(2026, 3, 1);
        LocalDate to = LocalDate.of(2026, 3, 31);
        assertThat(reports.totalsByCategory(from, to)).extracting(CategoryTotal::name, CategoryTotal::total)
                .containsExactly(tuple("Shopping", new BigDecimal("74.50")), tuple("Groceries", new BigDecimal("30.25")));
        assertThat(reports.incomeByCategory(from, to)).extracting(CategoryTotal::name, CategoryTotal::total)
                .containsExactly(tuple("Salary", new BigDecimal("2500.00")), tuple("Interest", new BigDecimal("1.10")));
        assertThat(reports.budgets(YearMonth.of(2026, 3)).lines()).extracting(BudgetLine::name, BudgetLine::spent)
                .containsExactly(tuple("Shopping", new BigDecimal("74.50")));
        assertThat(reports.monthTotals(YearMonth.of(2026, 2), YearMonth.of(2026, 3)))
                .containsExactly(Map.entry(YearMonth.of(2026, 2), new BigDecimal("0.00")), Map.entry(YearMonth.of(2026, 3), new BigDecimal("104.75")));
        MonthFlow march = reports.flows(YearMonth.of(2026, 3), YearMonth.of(2026, 3)).get(0);
        assertThat(march.spent()).isEqualTo(new BigDecimal("104.75"));
        assertThat(march.received()).isEqualTo(new BigDecimal("2501.10"));
        assertThat(march.savingsRate()).isEqualTo(new BigDecimal("95.8"));

        assertThat(expenses.find(ExpenseFilter.all().withKind(EntryKind.REFUND), 10).rows())
                .extracting(ExpenseRow::description).containsExactly("Jacket returned");
        assertThat(expenses.summarize(ExpenseFilter.all().withKind(EntryKind.INCOME)).received()).isEqualByComparingTo("2501.10");
    }

    @Test
    void aCategoryOfTheOtherSideOrABadLinkIsRefusedAndNothingIsSaved() {
        ExpenseRow salary = add(MARCH_2, "Salary", "2000.00", "Salary", EntryKind.INCOME, null);

        assertThatThrownBy(() -> add(MARCH_2, "Bonus", "100.00", "Groceries", EntryKind.INCOME, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("'Groceries' is a spending category");
        assertThatThrownBy(() -> add(MARCH_2, "Shoes back", "10.00", "Salary", EntryKind.REFUND, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("'Salary' is an income category");
        assertThatThrownBy(() -> add(MARCH_2, "Shoes back", "10.00", "Shopping", EntryKind.REFUND, salary.id()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("entry " + salary.id());
        assertThatThrownBy(() -> add(MARCH_2, "Lunch", "10.00", "Eating out", EntryKind.EXPENSE, salary.id()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Only a refund");
        assertThatThrownBy(() -> categories.merge(category("Salary"), category("Other")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("'Salary' holds income");

        assertThat(expenses.summarize(ExpenseFilter.all()).count()).isEqualTo(1);
    }

    @Test
    void deletingARefundedExpenseKeepsTheRefundAndUndoPutsTheLinkBack() {
        ExpenseRow jacket = add(MARCH_2, "Jacket", "120.00", "Shopping", EntryKind.EXPENSE, null);
        ExpenseRow refund = add(MARCH_2.plusDays(1), "Jacket returned", "120.00", "Shopping", EntryKind.REFUND, jacket.id());

        expenses.delete(jacket.id());
        ExpenseRow kept = expenses.get(refund.id());
        assertThat(kept.kind()).isEqualTo(EntryKind.REFUND);
        assertThat(kept.refundOf()).isNull();

        UndoService undo = new UndoService(new DatabaseHolder(database));
        undo.undo(undo.next().orElseThrow().batchId());
        assertThat(expenses.get(jacket.id()).kind()).isEqualTo(EntryKind.EXPENSE);
        assertThat(expenses.get(refund.id()).refundOf()).isEqualTo(jacket.id());
        assertThat(expenses.summarize(ExpenseFilter.all()).spent()).isEqualByComparingTo("0.00");

        // Undoing the refund's own creation takes it away, kind and all.
        expenses.update(refund.id(), expenses.get(refund.id()).version(), new ExpenseDetails(MARCH_2.plusDays(1),
                "Jacket returned", new BigDecimal("100.00"), category("Shopping"), null, EntryKind.REFUND, jacket.id()));
        undo.undo(undo.next().orElseThrow().batchId());
        assertThat(expenses.get(refund.id()).amount()).isEqualTo(new BigDecimal("120.00"));
        assertThat(expenses.get(refund.id()).kind()).isEqualTo(EntryKind.REFUND);
    }

    @Test
    void exportThenImportIntoAFreshLedgerGivesIdenticalRowsKindsIncluded() throws IOException {
        add(MARCH_2, "Jacket, \"winter\"", "120.00", "Shopping", EntryKind.EXPENSE, null);
        add(MARCH_2.plusDays(1), "=Jacket returned", "45.50", "Shopping", EntryKind.REFUND, null);
        add(MARCH_2.plusDays(2), "March salary", "2500.00", "Salary", EntryKind.INCOME, null);
        add(MARCH_2.plusDays(2), "Cash gift", "50.00", null, EntryKind.INCOME, null);
        add(MARCH_2.plusDays(3), "Refund without a category", "5.00", null, EntryKind.REFUND, null);
        List<List<Object>> before = rows();
        Path file = Files.createTempFile("outlay-kinds", ".csv");
        exports.export(ExpenseFilter.all(), file);

        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).first().isEqualTo("date,description,amount,category,notes,kind,tags,split,currency,ledger_amount");
        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).contains("2026-03-04,March salary,2500.00,Salary,,income,,,,");
        TestDatabases.reset(database);
        ImportReport report = imports.importFile(detected(file), rejected -> { });

        assertThat(report.summary()).isEqualTo("imported 5 (1 expense, 2 refunds, 2 income), skipped 0 duplicates, 0 incoming");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void aFiveColumnFileOfAnOlderOutlayStillImportsAsExpenses() throws IOException {
        Path file = Files.createTempFile("outlay-five", ".csv");
        Files.writeString(file, "date,description,amount,category,notes\n2026-03-02,Lunch,12.50,Eating out,\n"
                + "2026-03-03,'=SUM(A1),3.00,,guarded\n", StandardCharsets.UTF_8);

        ImportReport report = imports.importFile(detected(file), rejected -> { });

        assertThat(report.summary()).isEqualTo("imported 2, skipped 0 duplicates, 0 incoming");
        assertThat(rows()).containsExactly(
                List.of(LocalDate.of(2026, 3, 2), "Lunch", new BigDecimal("12.50"), "Eating out", "", EntryKind.EXPENSE),
                List.of(LocalDate.of(2026, 3, 3), "=SUM(A1)", new BigDecimal("3.00"), "", "guarded", EntryKind.EXPENSE));
    }

    @Test
    void aKindTheFileGetsWrongNamesTheLineAndImportsNothing() throws IOException {
        Path file = Files.createTempFile("outlay-badkind", ".csv");
        Files.writeString(file, "date,description,amount,category,notes,kind\n2026-03-02,Lunch,12.50,Eating out,,expense\n"
                + "2026-03-03,Bonus,300.00,Groceries,,income\n2026-03-04,Tip,3.00,,,gift\n2026-03-05,Back,-3.00,,,refund\n",
                StandardCharsets.UTF_8);

        ImportReport report = imports.importFile(detected(file), rejected -> { });

        assertThat(report.committed()).isFalse();
        assertThat(report.rejected()).extracting(Object::toString).containsExactly(
                "line 3: category 'Groceries': a spending category, which cannot take income",
                "line 4: kind 'gift': not expense, refund or income",
                "line 5: amount '-3.00': must be above zero: the kind (refund) gives the direction");
        assertThat(rows()).isEmpty();
    }

    /** A statement with purchases, two refunds from shops bought at and a salary (the "done when"). */
    private Path statement() throws IOException {
        Path file = Files.createTempFile("outlay-statement", ".csv");
        Files.writeString(file, """
                Date;Payee;Amount
                28.03.2026;ACME GmbH Gehalt Maerz;2.400,00
                20.03.2026;Gutschrift ZALANDO SE Retoure;59,95
                15.03.2026;REWE Markt Berlin Erstattung;4,20
                12.03.2026;ZALANDO SE Bestellung 4711;-119,90
                10.03.2026;REWE Markt Berlin;-64,35
                05.03.2026;Shell Tankstelle;-70,00
                """, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aStatementWithRefundsAndASalaryImportsByTheSuggestionWithExactTotals() throws IOException {
        ImportRequest request = detected(statement()).withMoneyIn(MoneyIn.AUTO)
                .withRules(List.of(new app.outlay.csv.CategoryRule("zalando", "Shopping"),
                        new app.outlay.csv.CategoryRule("rewe", "Groceries"), new app.outlay.csv.CategoryRule("shell", "Transport")));

        ImportReport report = imports.importFile(request, rejected -> { });

        assertThat(report.summary()).isEqualTo("imported 6 (3 expenses, 2 refunds, 1 income), skipped 0 duplicates, 0 incoming");
        assertThat(rows()).extracting(r -> r.get(1) + "|" + r.get(3) + "|" + r.get(5)).containsExactly(
                "Shell Tankstelle|Transport|EXPENSE",
                "REWE Markt Berlin|Groceries|EXPENSE",
                "ZALANDO SE Bestellung 4711|Shopping|EXPENSE",
                "REWE Markt Berlin Erstattung|Groceries|REFUND",
                "Gutschrift ZALANDO SE Retoure|Shopping|REFUND",
                "ACME GmbH Gehalt Maerz||INCOME");
        LocalDate from = LocalDate.of(2026, 3, 1);
        LocalDate to = LocalDate.of(2026, 3, 31);
        assertThat(reports.totalsByCategory(from, to)).extracting(CategoryTotal::name, CategoryTotal::total).containsExactly(
                tuple("Transport", new BigDecimal("70.00")), tuple("Groceries", new BigDecimal("60.15")),
                tuple("Shopping", new BigDecimal("59.95")));
        MonthFlow march = reports.flows(YearMonth.of(2026, 3), YearMonth.of(2026, 3)).get(0);
        assertThat(march.spent()).isEqualTo(new BigDecimal("190.10"));
        assertThat(march.received()).isEqualTo(new BigDecimal("2400.00"));
        assertThat(march.net()).isEqualTo(new BigDecimal("2209.90"));

        // Imported again: every line, money coming in included, is a duplicate.
        assertThat(imports.importFile(request, rejected -> { }).summary())
                .isEqualTo("imported 0, skipped 6 duplicates, 0 incoming");
    }

    @Test
    void theSameStatementSkippingMoneyInImportsOnlyThePurchases() throws IOException {
        ImportReport report = imports.importFile(detected(statement()), rejected -> { });

        assertThat(report.summary()).isEqualTo("imported 3, skipped 0 duplicates, 3 incoming");
        assertThat(rows()).extracting(r -> r.get(5)).containsOnly(EntryKind.EXPENSE).hasSize(3);
    }

    @Test
    void moneyInCanAllBeRefundsOrAllIncomeOrChosenPerLine() throws IOException {
        Path file = statement();
        ImportReport asIncome = imports.check(detected(file).withMoneyIn(MoneyIn.INCOME));
        assertThat(asIncome.summary()).isEqualTo("imported 6 (3 expenses, 0 refunds, 3 income), skipped 0 duplicates, 0 incoming");

        // Line 2 (the salary) chosen as income, line 3 left out, the rest refunds.
        ImportReport chosen = imports.importFile(detected(file).withMoneyIn(MoneyIn.REFUND)
                .withMoneyInLines(Map.of(2L, MoneyIn.INCOME, 3L, MoneyIn.SKIP)), rejected -> { });
        assertThat(chosen.summary()).isEqualTo("imported 5 (3 expenses, 1 refund, 1 income), skipped 0 duplicates, 1 incoming");
        assertThat(rows()).extracting(r -> r.get(1) + "|" + r.get(5)).contains(
                "ACME GmbH Gehalt Maerz|INCOME", "REWE Markt Berlin Erstattung|REFUND");
    }

    @Test
    void aRefundMatchingAnExpenseOfTheLedgerTakesItsCategoryAndLinksToItWhenTheAmountIsTheSame() throws IOException {
        ExpenseRow shoes = add(LocalDate.of(2026, 2, 10), "DEICHMANN Filiale 12", "39.99", "Shopping", EntryKind.EXPENSE, null);
        add(LocalDate.of(2025, 10, 1), "Ikea Berlin", "12.00", "Housing", EntryKind.EXPENSE, null); // more than 90 days back
        Path file = Files.createTempFile("outlay-refund", ".csv");
        Files.writeString(file, "Date,Payee,Amount\n2026-03-01,Refund Deichmann,39.99\n2026-03-02,IKEA Erstattung,12.00\n2026-03-03,Bakery,-2.50\n",
                StandardCharsets.UTF_8);

        imports.importFile(detected(file).withMoneyIn(MoneyIn.AUTO), rejected -> { });

        ExpenseRow refund = expenses.find(ExpenseFilter.all().withKind(EntryKind.REFUND), 10).rows().get(0);
        assertThat(refund.description()).isEqualTo("Refund Deichmann");
        assertThat(refund.categoryName()).isEqualTo("Shopping");
        assertThat(refund.refundOf()).isEqualTo(shoes.id());
        assertThat(expenses.find(ExpenseFilter.all().withKind(EntryKind.INCOME), 10).rows())
                .extracting(ExpenseRow::description).containsExactly("IKEA Erstattung");
    }

    private ImportRequest detected(Path file) throws IOException {
        Detection detection = CsvDetector.detect(file);
        assertThat(detection.problem()).isNull();
        return ImportRequest.of(file, detection.format(), detection.mapping());
    }

    /** Every entry as the canonical CSV holds it, by date and description. */
    private List<List<Object>> rows() {
        return expenses.find(ExpenseFilter.all(), 10_000).rows().stream()
                .sorted(Comparator.comparing(ExpenseRow::date).thenComparing(ExpenseRow::description))
                .map(r -> List.<Object>of(r.date(), r.description(), r.amount(), r.categoryName() == null ? "" : r.categoryName(),
                        r.notes() == null ? "" : r.notes(), r.kind()))
                .toList();
    }
}
