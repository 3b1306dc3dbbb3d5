package app.outlay.service.split;

import app.outlay.service.category.CategoryService;
import app.outlay.service.category.CategoryTotal;
import app.outlay.service.expense.ExpenseFilter;
import app.outlay.service.expense.ExpenseList;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.service.expense.ExpenseService;
import app.outlay.service.expense.ExpenseSummary;
import app.outlay.service.history.UndoService;
import app.outlay.service.recurrence.Repeat;
import app.outlay.service.report.BudgetLine;
import app.outlay.service.report.MonthTotal;
import app.outlay.service.report.ReportService;
import app.outlay.service.tag.TagTotal;
import app.outlay.service.rules.RuleApplyService;
import app.outlay.service.tag.TagService;
import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.domain.ExpenseDetails;
import app.outlay.domain.SplitPart;
import app.outlay.testing.TestDatabases;
import app.outlay.text.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Split payments (issue 21) on every database Outlay supports: one subclass each. */
abstract class SplitsContractTest {

    private static final LocalDate MARCH_3 = LocalDate.of(2026, 3, 3);

    protected Database database;
    private ExpenseService expenses;
    private ExpenseService splits;
    private CategoryService categories;
    private UndoService undo;
    private long groceries;
    private long shopping;
    private long health;

    protected abstract Database database();

    @BeforeEach
    void cleanLedger() {
        database = database();
        DatabaseHolder holder = TestDatabases.emptyLedger(database);
        expenses = new ExpenseService(holder);
        splits = new ExpenseService(holder);
        categories = new CategoryService(holder);
        undo = new UndoService(holder);
        groceries = categoryId("Groceries");
        shopping = categoryId("Shopping");
        health = categoryId("Health");
    }

    private long categoryId(String name) {
        return categories.list().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }

    private static ExpenseDetails supermarket(String amount) {
        return new ExpenseDetails(MARCH_3, "Supermarket", new BigDecimal(amount), null, null);
    }

    private List<SplitPart> threeParts() {
        return List.of(new SplitPart(groceries, new BigDecimal("60.00"), "food for the week", List.of("family")),
                new SplitPart(shopping, new BigDecimal("30.50"), "kitchen towels", List.of()),
                new SplitPart(health, new BigDecimal("9.50"), null, List.of("family", "tax-deductible")));
    }

    private ExpenseRow addSplit() {
        return expenses.add(supermarket("100.00"), Repeat.NEVER, MARCH_3, List.of(), threeParts());
    }

    private long count(String sql) throws Exception {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aPaymentSplitInThreeKeepsItsAmountAndEveryPartWithItsCategoryNoteAndTags() {
        ExpenseRow row = addSplit();

        assertThat(expenses.get(row.id()).amount()).isEqualByComparingTo("100.00");
        assertThat(splits.partsOf(row.id())).containsExactly(
                new SplitPart(groceries, new BigDecimal("60.00"), "food for the week", List.of("family")),
                new SplitPart(shopping, new BigDecimal("30.50"), "kitchen towels", List.of()),
                new SplitPart(health, new BigDecimal("9.50"), null, List.of("family", "tax-deductible")));
        assertThat(splits.partsOf(List.of(row.id()))).containsOnlyKeys(row.id());
    }

    @Test
    void partsThatDoNotAddUpAreRefusedWithTheSumAndNothingIsSaved() throws Exception {
        List<SplitPart> short1 = List.of(new SplitPart(groceries, new BigDecimal("60.00"), null),
                new SplitPart(shopping, new BigDecimal("39.99"), null));

        assertThatThrownBy(() -> expenses.add(supermarket("100.00"), Repeat.NEVER, MARCH_3, List.of(), short1))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Split: the parts add up to 99.99, but the payment is 100.00 (0.01 left to assign).");
        assertThat(count("select count(*) from expense")).isZero();
        assertThat(count("select count(*) from expense_split")).isZero();
    }

    @Test
    void aSplitPaymentsCategoryNotesAndTagsAreItsPartsSoThePaymentItselfHasNone() {
        ExpenseDetails withNotes = new ExpenseDetails(MARCH_3, "Supermarket", new BigDecimal("100.00"), null, "receipt 4711");
        ExpenseDetails withCategory = new ExpenseDetails(MARCH_3, "Supermarket", new BigDecimal("100.00"), groceries, null);

        for (ExpenseDetails details : List.of(withNotes, withCategory)) {
            assertThatThrownBy(() -> expenses.add(details, Repeat.NEVER, MARCH_3, List.of(), threeParts()))
                    .hasMessage("Split: a split payment has no category, notes or tags of its own; give them to its parts.");
        }
        assertThatThrownBy(() -> expenses.add(supermarket("100.00"), Repeat.NEVER, MARCH_3, List.of("weekly"), threeParts()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aPartOfZeroOrWithTooManyDecimalsOrASingleOneIsRefusedNamingThePart() {
        assertThatThrownBy(() -> expenses.add(supermarket("100.00"), Repeat.NEVER, MARCH_3, List.of(), List.of(
                new SplitPart(groceries, new BigDecimal("100.00"), null), new SplitPart(shopping, new BigDecimal("0"), null))))
                .hasMessage("Split, part 2: the amount 0 must be more than zero.");
        assertThatThrownBy(() -> expenses.add(supermarket("100.00"), Repeat.NEVER, MARCH_3, List.of(), List.of(
                new SplitPart(groceries, new BigDecimal("99.995"), null), new SplitPart(shopping, new BigDecimal("0.005"), null))))
                .hasMessage("Split, part 1: the amount 99.995 has more decimals than the ledger currency has (2).");
        assertThatThrownBy(() -> expenses.add(supermarket("100.00"), Repeat.NEVER, MARCH_3, List.of(), List.of(
                new SplitPart(groceries, new BigDecimal("100.00"), null))))
                .hasMessage("Split: a split needs at least 2 parts, this one has 1.");
    }

    @Test
    void oneUndoTurnsASplitPaymentBackIntoTheUnsplitExpenseItWas() throws Exception {
        ExpenseRow plain = expenses.add(supermarket("100.00"));
        ExpenseRow split = expenses.update(plain.id(), plain.version(), supermarket("100.00"), null, null, threeParts());
        assertThat(splits.partsOf(split.id())).hasSize(3);

        undo.undo(undo.next().orElseThrow().batchId());

        assertThat(splits.partsOf(plain.id())).isEmpty();
        assertThat(count("select count(*) from expense_split")).isZero();
        assertThat(count("select count(*) from expense where split = true")).isZero();
        assertThat(expenses.get(plain.id()).amount()).isEqualByComparingTo("100.00");
    }

    @Test
    void undoingAnEditOfThePartsBringsBackThePartsBeforeAndUndoingADeletionBringsBackAll() {
        ExpenseRow row = addSplit();
        List<SplitPart> two = List.of(new SplitPart(groceries, new BigDecimal("70.00"), null),
                new SplitPart(null, new BigDecimal("30.00"), "deposit on bottles"));
        expenses.update(row.id(), row.version(), supermarket("100.00"), null, null, two);
        assertThat(splits.partsOf(row.id())).isEqualTo(two);

        undo.undo(undo.next().orElseThrow().batchId());
        assertThat(splits.partsOf(row.id())).isEqualTo(threeParts());

        expenses.delete(row.id());
        assertThat(splits.partsOf(row.id())).isEmpty();
        undo.undo(undo.next().orElseThrow().batchId());
        assertThat(splits.partsOf(row.id())).isEqualTo(threeParts());
    }

    @Test
    void aNewAmountForASplitPaymentNeedsNewPartsThatAddUpToIt() {
        ExpenseRow row = addSplit();

        assertThatThrownBy(() -> expenses.update(row.id(), row.version(), supermarket("120.00")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("120.00").hasMessageContaining("100.00");
        assertThat(expenses.get(row.id()).amount()).isEqualByComparingTo("100.00");

        ExpenseRow unsplit = expenses.update(row.id(), row.version(), supermarket("120.00"), null, null, List.of());
        assertThat(unsplit.amount()).isEqualByComparingTo("120.00");
        assertThat(splits.partsOf(row.id())).isEmpty();
    }

    @Test
    void aThreePartSplitOfAHundredShowsAHundredInTheListAndEachPartInItsCategorysTotalAndBudget() {
        categories.setBudget(groceries, new BigDecimal("100.00"));
        categories.setBudget(shopping, new BigDecimal("50.00"));
        ExpenseRow split = addSplit();
        expenses.add(new ExpenseDetails(MARCH_3.plusDays(1), "Bakery", new BigDecimal("20.00"), groceries, null));
        ReportService reports = new ReportService(new DatabaseHolder(database));
        LocalDate first = LocalDate.of(2026, 3, 1);
        LocalDate last = LocalDate.of(2026, 3, 31);

        ExpenseList list = expenses.find(ExpenseFilter.all(), 50);
        assertThat(list.rows()).extracting(ExpenseRow::description, ExpenseRow::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Bakery", new BigDecimal("20.00")),
                org.assertj.core.groups.Tuple.tuple("Supermarket", new BigDecimal("100.00")));
        assertThat(list.summary().count()).isEqualTo(2);
        assertThat(reports.totalsByCategory(first, last)).extracting(CategoryTotal::name, CategoryTotal::total, CategoryTotal::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Groceries", new BigDecimal("80.00"), 2L),
                        org.assertj.core.groups.Tuple.tuple("Shopping", new BigDecimal("30.50"), 1L),
                        org.assertj.core.groups.Tuple.tuple("Health", new BigDecimal("9.50"), 1L));
        assertThat(reports.budgets(YearMonth.of(2026, 3)).lines()).extracting(BudgetLine::name, BudgetLine::spent)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Groceries", new BigDecimal("80.00")),
                        org.assertj.core.groups.Tuple.tuple("Shopping", new BigDecimal("30.50")));
        assertThat(reports.totalsByMonth(YearMonth.of(2026, 3), YearMonth.of(2026, 3)))
                .extracting(MonthTotal::name, MonthTotal::total).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Groceries", new BigDecimal("80.00")),
                        org.assertj.core.groups.Tuple.tuple("Shopping", new BigDecimal("30.50")),
                        org.assertj.core.groups.Tuple.tuple("Health", new BigDecimal("9.50")));
        assertThat(reports.monthTotals(YearMonth.of(2026, 3), YearMonth.of(2026, 3)).get(YearMonth.of(2026, 3)))
                .isEqualByComparingTo("120.00");
        assertThat(split.amount()).isEqualByComparingTo("100.00");
    }

    @Test
    void theCategoryFilterFindsASplitPaymentByItsPartsAndTotalsOnlyThePartsInThatCategory() {
        ExpenseRow split = addSplit();
        ExpenseRow bakery = expenses.add(new ExpenseDetails(MARCH_3.plusDays(1), "Bakery", new BigDecimal("20.00"), groceries, null));
        ExpenseRow pharmacy = expenses.add(new ExpenseDetails(MARCH_3, "Pharmacy", new BigDecimal("7.00"), health, null));
        ExpenseFilter onGroceries = ExpenseFilter.all().withCategory(groceries);

        assertThat(expenses.find(onGroceries, 50).rows()).extracting(ExpenseRow::id, ExpenseRow::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple(bakery.id(), new BigDecimal("20.00")),
                org.assertj.core.groups.Tuple.tuple(split.id(), new BigDecimal("100.00")));
        // "What did I spend on Groceries": the split payment's 60.00 there, not its 100.00.
        ExpenseSummary groceriesSummary = expenses.summarize(onGroceries);
        assertThat(groceriesSummary.count()).isEqualTo(2);
        assertThat(groceriesSummary.total()).isEqualByComparingTo("80.00");
        ExpenseSummary healthSummary = expenses.summarize(ExpenseFilter.all().withCategory(health));
        assertThat(healthSummary.count()).isEqualTo(2);
        assertThat(healthSummary.total()).isEqualByComparingTo("16.50");
        assertThat(expenses.find(ExpenseFilter.all().withCategory(categoryId("Transport")), 50).rows()).isEmpty();
        // "Apply rules" looks at the same expenses as the list.
        assertThat(new RuleApplyService(new DatabaseHolder(database)).preview(onGroceries, List.of()).examined()).isEqualTo(2);

        ExpenseList unfiltered = expenses.find(ExpenseFilter.all(), 50);
        assertThat(unfiltered.rows()).extracting(ExpenseRow::id).containsExactlyInAnyOrder(split.id(), bakery.id(), pharmacy.id());
        assertThat(unfiltered.summary().count()).isEqualTo(3);
        assertThat(unfiltered.summary().total()).isEqualByComparingTo("127.00");
    }

    @Test
    void aSplitPaymentIsFoundByAnyPartsNote() {
        ExpenseRow split = addSplit();
        expenses.add(new ExpenseDetails(MARCH_3, "Bakery", new BigDecimal("20.00"), groceries, null));

        assertThat(expenses.find(ExpenseFilter.all().withSearch("Kitchen Towels"), 50).rows())
                .extracting(ExpenseRow::id).containsExactly(split.id());
        assertThat(expenses.summarize(ExpenseFilter.all().withSearch("kitchen")).count()).isEqualTo(1);
    }

    @Test
    void theReportByTagCountsTaggedPartsAndAPaymentsOwnTagOnce() {
        ExpenseRow split = addSplit();
        TagService tags = new TagService(new DatabaseHolder(database));
        tags.setTags(split.id(), List.of("weekly shop", "family"));

        assertThat(tags.totals(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)))
                .extracting(TagTotal::tag, TagTotal::total).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("family", new BigDecimal("100.00")),
                        org.assertj.core.groups.Tuple.tuple("weekly shop", new BigDecimal("100.00")),
                        org.assertj.core.groups.Tuple.tuple("tax-deductible", new BigDecimal("9.50")));
    }

    @Test
    void aCategoryWithPartsInItIsNotDeletedUnaskedAndItsPartsMoveWithAMerge() {
        ExpenseRow split = addSplit();
        ReportService reports = new ReportService(new DatabaseHolder(database));

        assertThatThrownBy(() -> categories.delete(health, null)).hasMessageContaining("Health").hasMessageContaining("1");
        categories.merge(shopping, groceries);

        assertThat(expenses.partsOf(split.id())).extracting(SplitPart::categoryId).containsExactly(groceries, groceries, health);
        assertThat(reports.totalsByCategory(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)))
                .extracting(CategoryTotal::name, CategoryTotal::total).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Groceries", new BigDecimal("90.50")),
                        org.assertj.core.groups.Tuple.tuple("Health", new BigDecimal("9.50")));
    }
}
