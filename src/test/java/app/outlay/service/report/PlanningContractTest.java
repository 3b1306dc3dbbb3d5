package app.outlay.service.report;

import app.outlay.service.category.CategoryRow;
import app.outlay.service.category.CategoryService;
import app.outlay.service.category.CategoryTotal;
import app.outlay.service.category.DuplicateNameException;
import app.outlay.service.expense.ChangedElsewhereException;
import app.outlay.service.expense.ExpenseFilter;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.service.expense.ExpenseService;
import app.outlay.service.expense.ExpenseSummary;
import app.outlay.service.history.UndoService;
import app.outlay.text.InvalidInputException;
import app.outlay.service.category.CategorySummary;
import app.outlay.service.recurrence.RecurrenceService;
import app.outlay.service.recurrence.Repeat;
import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.domain.ExpenseDetails;
import app.outlay.domain.Frequency;
import app.outlay.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Categories, budgets, recurring expenses and reports, on every supported database (one subclass each). */
abstract class PlanningContractTest {

    protected abstract Database database();

    private DatabaseHolder holder;
    private ExpenseService expenses;
    private CategoryService categories;
    private RecurrenceService recurrences;
    private ReportService reports;

    @BeforeEach
    void clean() {
        holder = TestDatabases.emptyLedger(database());
        expenses = new ExpenseService(holder);
        categories = new CategoryService(holder);
        recurrences = new RecurrenceService(holder);
        reports = new ReportService(holder);
    }

    private long id(String name) {
        return categories.list().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }

    private ExpenseRow add(String date, String description, String amount, String category) {
        return expenses.add(new ExpenseDetails(LocalDate.parse(date), description, new BigDecimal(amount),
                category == null ? null : id(category), null));
    }

    private long count(String category) {
        return categories.summaries().stream().filter(c -> c.name().equals(category)).findFirst().orElseThrow().expenseCount();
    }

    // --- categories

    @Test
    void renameRecolourAndNameClashes() {
        CategoryRow pets = categories.create("Pets", null);
        categories.rename(pets.id(), "Pet care");
        categories.recolour(pets.id(), "#123ABC");
        assertThat(categories.list()).contains(new CategoryRow(pets.id(), "Pet care", "#123abc"));

        assertThatThrownBy(() -> categories.rename(pets.id(), "GROCERIES"))
                .isInstanceOf(DuplicateNameException.class).hasMessage("A category named 'Groceries' already exists (names ignore case).");
        categories.rename(pets.id(), "PET CARE");
        assertThat(categories.list()).extracting(CategoryRow::name).contains("PET CARE");
    }

    @Test
    void mergeMovesExpensesAndSeriesAndBumpsVersions() {
        ExpenseRow lunch = add("2026-03-03", "Lunch", "12.50", "Eating out");
        add("2026-03-04", "Coffee", "3.20", "Eating out");
        expenses.add(new ExpenseDetails(LocalDate.parse("2026-03-05"), "Snack box", new BigDecimal("9.99"), id("Eating out"), null),
                new Repeat(Frequency.MONTHLY, null), LocalDate.parse("2026-03-05"));

        int moved = categories.merge(id("Eating out"), id("Groceries"));

        assertThat(moved).isEqualTo(3);
        assertThat(categories.list()).extracting(CategoryRow::name).doesNotContain("Eating out");
        assertThat(count("Groceries")).isEqualTo(3);
        ExpenseRow after = expenses.get(lunch.id());
        assertThat(after.categoryName()).isEqualTo("Groceries");
        assertThat(after.version()).isGreaterThan(lunch.version());
        assertThatThrownBy(() -> expenses.update(lunch.id(), lunch.version(),
                new ExpenseDetails(lunch.date(), "stale edit", lunch.amount(), null, null)))
                .isInstanceOf(ChangedElsewhereException.class);
        // Later occurrences of the series land in the merged category too.
        assertThat(recurrences.createDue(LocalDate.parse("2026-04-05"))).extracting(ExpenseRow::categoryName).containsExactly("Groceries");
    }

    @Test
    void deleteNeedsADestinationForItsExpenses() {
        add("2026-03-03", "Bus", "2.50", "Transport");
        long transport = id("Transport");

        assertThatThrownBy(() -> categories.delete(transport, null))
                .isInstanceOf(IllegalStateException.class).hasMessage("'Transport' still has 1 expense: choose the category they move to.");
        assertThat(count("Transport")).isEqualTo(1);

        categories.delete(transport, id("Other"));
        assertThat(categories.list()).extracting(CategoryRow::name).doesNotContain("Transport");
        assertThat(count("Other")).isEqualTo(1);

        categories.delete(id("Travel"), null);
        assertThat(categories.list()).extracting(CategoryRow::name).doesNotContain("Travel");
    }

    // --- budgets

    @Test
    void budgetsCountOnlyTheirMonth() {
        categories.setBudget(id("Groceries"), new BigDecimal("300.00"));
        categories.setBudget(id("Eating out"), new BigDecimal("50.00"));
        add("2026-02-28", "Last of February", "99.99", "Groceries");
        add("2026-03-01", "First of March", "120.10", "Groceries");
        add("2026-03-31", "Last of March", "80.00", "Groceries");
        add("2026-03-15", "Dinner", "62.40", "Eating out");
        add("2026-03-16", "Cinema", "20.00", "Entertainment");
        add("2026-04-01", "First of April", "5.00", "Groceries");

        BudgetMonth march = reports.budgets(YearMonth.of(2026, 3));

        assertThat(march.lines()).extracting(BudgetLine::name, BudgetLine::budget, BudgetLine::spent).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Eating out", new BigDecimal("50.00"), new BigDecimal("62.40")),
                org.assertj.core.groups.Tuple.tuple("Groceries", new BigDecimal("300.00"), new BigDecimal("200.10")));
        assertThat(march.lines().get(0).isOver()).isTrue();
        assertThat(march.lines().get(0).remaining()).isEqualByComparingTo("-12.40");
        assertThat(march.lines().get(1).remaining()).isEqualByComparingTo("99.90");
        assertThat(march.totalBudget()).isEqualTo(new BigDecimal("350.00"));
        assertThat(march.totalSpent()).isEqualTo(new BigDecimal("262.50"));

        categories.setBudget(id("Eating out"), null);
        assertThat(reports.budgets(YearMonth.of(2026, 3)).lines()).extracting(BudgetLine::name).containsExactly("Groceries");
        assertThatThrownBy(() -> categories.setBudget(id("Groceries"), new BigDecimal("-1"))).hasMessageContaining("more than zero");
    }

    /** A budget limits spending: none on an income category, and one an older Outlay let it have counts nowhere (tester2 B1). */
    @Test
    void anIncomeCategoryHasNoBudget() {
        long salary = id("Salary"); // seeded as a category of income
        categories.setBudget(id("Groceries"), new BigDecimal("300.00"));
        assertThatThrownBy(() -> categories.setBudget(salary, new BigDecimal("3000.00")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Salary");
        assertThat(categories.summaries()).filteredOn(c -> c.id() == salary).extracting(CategorySummary::monthlyBudget).containsOnlyNulls();

        try (var session = holder.sessionFactory().openSession()) {
            session.beginTransaction();
            session.createNativeMutationQuery("update category set monthly_budget = 3000.00 where id = :id").setParameter("id", salary)
                    .executeUpdate();
            session.getTransaction().commit();
        }
        assertThat(reports.budgets(YearMonth.of(2026, 3)).lines()).extracting(BudgetLine::name).containsExactly("Groceries");
    }

    // --- recurring expenses

    @Test
    void monthlySeriesOnThe31stFollowsShortMonthsAndLeapYears() {
        expenses.add(new ExpenseDetails(LocalDate.parse("2027-12-31"), "Rent", new BigDecimal("950.00"), id("Housing"), "flat 3B"),
                new Repeat(Frequency.MONTHLY, null), LocalDate.parse("2027-12-31"));

        List<ExpenseRow> created = recurrences.createDue(LocalDate.parse("2028-05-01"));

        assertThat(created).extracting(ExpenseRow::date).map(LocalDate::toString)
                .containsExactly("2028-01-31", "2028-02-29", "2028-03-31", "2028-04-30");
        assertThat(created).allSatisfy(row -> {
            assertThat(row.amount()).isEqualByComparingTo("950.00");
            assertThat(row.categoryName()).isEqualTo("Housing");
            assertThat(row.notes()).isEqualTo("flat 3B");
            assertThat(row.isRecurring()).isTrue();
        });
        assertThat(recurrences.createDue(LocalDate.parse("2029-03-01")))
                .extracting(ExpenseRow::date).map(LocalDate::toString).contains("2028-12-31", "2029-01-31", "2029-02-28");
    }

    @Test
    void weeklyAndYearlySeriesAndTheirEnd() {
        expenses.add(new ExpenseDetails(LocalDate.parse("2026-03-02"), "Cleaner", new BigDecimal("40.00"), null, null),
                new Repeat(Frequency.WEEKLY, LocalDate.parse("2026-03-20")), LocalDate.parse("2026-03-02"));
        expenses.add(new ExpenseDetails(LocalDate.parse("2024-02-29"), "Insurance", new BigDecimal("300.00"), null, null),
                new Repeat(Frequency.YEARLY, null), LocalDate.parse("2024-02-29"));

        List<ExpenseRow> created = recurrences.createDue(LocalDate.parse("2026-04-30"));

        assertThat(created).filteredOn(r -> r.description().equals("Cleaner")).extracting(ExpenseRow::date).map(LocalDate::toString)
                .containsExactly("2026-03-09", "2026-03-16");
        assertThat(created).filteredOn(r -> r.description().equals("Insurance")).extracting(ExpenseRow::date).map(LocalDate::toString)
                .containsExactly("2025-02-28", "2026-02-28");
    }

    @Test
    void occurrencesAreCreatedOnceEvenWhenRunAgainOrDeleted() {
        expenses.add(new ExpenseDetails(LocalDate.parse("2026-01-15"), "Gym", new BigDecimal("29.90"), null, null),
                new Repeat(Frequency.MONTHLY, null), LocalDate.parse("2026-01-15"));
        List<ExpenseRow> first = recurrences.createDue(LocalDate.parse("2026-03-20"));
        assertThat(first).hasSize(2);

        assertThat(recurrences.createDue(LocalDate.parse("2026-03-20"))).isEmpty();
        expenses.delete(first.get(0).id());
        assertThat(recurrences.createDue(LocalDate.parse("2026-03-31"))).isEmpty();
        assertThat(expenses.summarize(ExpenseFilter.all())).isEqualTo(new ExpenseSummary(2, new BigDecimal("59.80")));
    }

    @Test
    void twoGeneratorsAtOnceCreateEachOccurrenceOnce() throws Exception {
        expenses.add(new ExpenseDetails(LocalDate.parse("2025-01-10"), "Streaming", new BigDecimal("12.99"), null, null),
                new Repeat(Frequency.MONTHLY, null), LocalDate.parse("2025-01-10"));
        // Two independent services (as two Outlay instances) race on the same series.
        RecurrenceService other = new RecurrenceService(new DatabaseHolder(database()));
        CyclicBarrier start = new CyclicBarrier(2);
        CompletableFuture<List<ExpenseRow>> a = CompletableFuture.supplyAsync(() -> awaitThen(start, () -> recurrences.createDue(LocalDate.parse("2026-01-10"))));
        CompletableFuture<List<ExpenseRow>> b = CompletableFuture.supplyAsync(() -> awaitThen(start, () -> other.createDue(LocalDate.parse("2026-01-10"))));

        int createdByBoth = a.get().size() + b.get().size();

        assertThat(createdByBoth).isEqualTo(12);
        assertThat(expenses.summarize(ExpenseFilter.all()).count()).isEqualTo(13);
    }

    private static <T> T awaitThen(CyclicBarrier barrier, java.util.function.Supplier<T> work) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return work.get();
    }

    @Test
    void aSeriesSavedWithAStartInThePastHasItsMissedOccurrencesAtOnce() {
        LocalDate today = LocalDate.now();
        LocalDate start = today.minusMonths(3);
        ExpenseRow first = expenses.add(new ExpenseDetails(start, "Gym", new BigDecimal("29.90"), null, null),
                new Repeat(Frequency.MONTHLY, null));

        // Saved, not only at the next start: the start and the three months since.
        assertThat(expenses.summarize(ExpenseFilter.all())).isEqualTo(new ExpenseSummary(4, new BigDecimal("119.60")));
        assertThat(recurrences.occurrencesBesides(first.seriesId(), first.id())).extracting(ExpenseRow::date)
                .containsExactly(Frequency.MONTHLY.occurrence(start, 1), Frequency.MONTHLY.occurrence(start, 2),
                        Frequency.MONTHLY.occurrence(start, 3));
        // Exactly once: the next start finds nothing more to add.
        assertThat(recurrences.createDue(today)).isEmpty();
        assertThat(expenses.summarize(ExpenseFilter.all()).count()).isEqualTo(4);
        // One save, one undo.
        UndoService undo = new UndoService(new DatabaseHolder(database()));
        UndoService.UndoStep step = undo.next().orElseThrow();
        assertThat(step.label()).isEqualTo("Undo add of 4 expenses");
        // And the undo takes the series with it: no later start brings the "undone" expense back (tester2 A2).
        undo.undo(step.batchId());
        assertThat(expenses.summarize(ExpenseFilter.all()).count()).isZero();
        assertThat(recurrences.createDue(today.plusMonths(2))).isEmpty();
        assertThat(expenses.summarize(ExpenseFilter.all()).count()).isZero();
    }

    @Test
    void anExpenseMadeToRepeatFromThePastGetsItsMissedOccurrencesAtOnce() {
        LocalDate start = LocalDate.now().minusWeeks(2);
        ExpenseRow cleaner = add(start.toString(), "Cleaner", "40.00", null);

        ExpenseRow saved = expenses.update(cleaner.id(), cleaner.version(),
                new ExpenseDetails(start, "Cleaner", new BigDecimal("40.00"), null, null), new Repeat(Frequency.WEEKLY, null));

        assertThat(recurrences.occurrencesBesides(saved.seriesId(), saved.id())).extracting(ExpenseRow::date)
                .containsExactly(start.plusWeeks(1), start.plusWeeks(2));
        assertThat(recurrences.createDue(LocalDate.now())).isEmpty();
    }

    /**
     * The edit twin of the add above (tester2 A2): undoing the edit that made an expense repeat removed the occurrences
     * it added but left the series running, so the next start brought them back.
     */
    @Test
    void undoingTheEditThatMadeAnExpenseRepeatEndsTheSeriesItStarted() {
        LocalDate start = LocalDate.now().minusWeeks(2);
        ExpenseRow cleaner = add(start.toString(), "Cleaner", "40.00", null);
        ExpenseRow saved = expenses.update(cleaner.id(), cleaner.version(),
                new ExpenseDetails(start, "Cleaning", new BigDecimal("45.00"), null, null), new Repeat(Frequency.WEEKLY, null));
        assertThat(expenses.summarize(ExpenseFilter.all())).isEqualTo(new ExpenseSummary(3, new BigDecimal("135.00")));

        UndoService undo = new UndoService(new DatabaseHolder(database()));
        UndoService.UndoStep step = undo.next().orElseThrow();
        assertThat(step.label()).as("named by the edit, not by the occurrences it added").isEqualTo("Undo edit of \u201cCleaning\u201d");
        undo.undo(step.batchId());

        // One undo: the occurrences gone, the expense as it was, out of the series, and the series with them.
        assertThat(expenses.summarize(ExpenseFilter.all())).isEqualTo(new ExpenseSummary(1, new BigDecimal("40.00")));
        ExpenseRow back = expenses.get(cleaner.id());
        assertThat(back.description()).isEqualTo("Cleaner");
        assertThat(back.seriesId()).isNull();
        assertThat(back.repeats()).isNull();
        long seriesLeft = holder.sessionFactory().fromTransaction(session -> session.createNativeQuery(
                "select count(*) from recurrence where id = :id", Long.class).setParameter("id", saved.seriesId()).getSingleResult());
        assertThat(seriesLeft).as("the series the edit started").isZero();
        assertThat(recurrences.createDue(LocalDate.now().plusMonths(2))).isEmpty();
        assertThat(expenses.summarize(ExpenseFilter.all()).count()).isEqualTo(1);
        // And the expense can be made to repeat again.
        expenses.update(back.id(), back.version(), new ExpenseDetails(start, "Cleaner", new BigDecimal("40.00"), null, null),
                new Repeat(Frequency.WEEKLY, null));
        assertThat(expenses.summarize(ExpenseFilter.all()).count()).isEqualTo(3);
    }

    @Test
    void editingOrStoppingASeriesFromAnyOfItsExpenses() {
        ExpenseRow first = expenses.add(new ExpenseDetails(LocalDate.parse("2026-01-05"), "Phone", new BigDecimal("20.00"), null, null),
                new Repeat(Frequency.MONTHLY, null), LocalDate.parse("2026-01-05"));
        assertThat(first.repeats()).isEqualTo(Frequency.MONTHLY);
        ExpenseRow february = recurrences.createDue(LocalDate.parse("2026-02-10")).get(0);

        // A new price from March on, changed from the February expense.
        expenses.update(february.id(), february.version(),
                new ExpenseDetails(february.date(), "Phone", new BigDecimal("25.00"), null, null), new Repeat(Frequency.MONTHLY, null));
        assertThat(recurrences.createDue(LocalDate.parse("2026-03-10"))).extracting(ExpenseRow::amount).containsExactly(new BigDecimal("25.00"));
        assertThat(expenses.get(first.id()).amount()).isEqualByComparingTo("20.00");

        // Stopped from the first expense: nothing after it is created any more.
        ExpenseRow current = expenses.get(first.id());
        expenses.update(current.id(), current.version(), new ExpenseDetails(current.date(), "Phone", current.amount(), null, null), Repeat.NEVER);
        assertThat(recurrences.createDue(LocalDate.parse("2026-12-31"))).isEmpty();
        assertThat(expenses.get(first.id()).repeatUntil()).isEqualTo(LocalDate.parse("2026-01-05"));
    }

    // --- reports

    @Test
    void reportTotalsByCategoryAndMonthToTheCent() {
        add("2026-01-10", "a", "0.10", "Groceries");
        add("2026-01-11", "b", "0.20", "Groceries");
        add("2026-02-01", "c", "100.01", "Housing");
        add("2026-02-02", "d", "0.99", null);
        add("2026-03-01", "outside", "5.00", "Housing");

        List<CategoryTotal> totals = reports.totalsByCategory(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-02-28"));

        assertThat(totals).extracting(CategoryTotal::name, CategoryTotal::total, CategoryTotal::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Housing", new BigDecimal("100.01"), 1L),
                org.assertj.core.groups.Tuple.tuple("No category", new BigDecimal("0.99"), 1L),
                org.assertj.core.groups.Tuple.tuple("Groceries", new BigDecimal("0.30"), 2L));
        assertThat(totals.get(0).shareOf(new BigDecimal("101.30"))).isEqualByComparingTo("98.7");

        Map<YearMonth, BigDecimal> months = reports.monthTotals(YearMonth.of(2025, 12), YearMonth.of(2026, 3));
        assertThat(months).containsExactly(
                Map.entry(YearMonth.of(2025, 12), new BigDecimal("0.00")),
                Map.entry(YearMonth.of(2026, 1), new BigDecimal("0.30")),
                Map.entry(YearMonth.of(2026, 2), new BigDecimal("101.00")),
                Map.entry(YearMonth.of(2026, 3), new BigDecimal("5.00")));

        MonthComparison march = reports.compare(YearMonth.of(2026, 3));
        assertThat(march.thisMonth()).isEqualTo(new BigDecimal("5.00"));
        assertThat(march.lastMonth()).isEqualTo(new BigDecimal("101.00"));
        // The ledger starts in January: the average is of January and February, not of twelve months.
        assertThat(march.monthlyAverage()).isEqualTo(new BigDecimal("50.65"));
        assertThat(march.averageFrom()).isEqualTo(YearMonth.of(2026, 1));
        assertThat(march.averagedMonths()).isEqualTo(2);
    }

    @Test
    void aNewLedgerHasNoMonthlyAverageUntilAWholeMonthIsRecorded() {
        add("2026-03-02", "first", "250.00", null);
        add("2026-03-20", "second", "0.10", null);

        MonthComparison march = reports.compare(YearMonth.of(2026, 3));

        assertThat(march.thisMonth()).isEqualTo(new BigDecimal("250.10"));
        assertThat(march.hasAverage()).isFalse();
        assertThat(march.monthlyAverage()).isNull();
        assertThat(march.averagedMonths()).isZero();
    }

    @Test
    void theMonthlyAverageCoversTheMonthsSinceTheFirstExpenseAtMostTwelve() {
        add("2026-01-15", "started mid-January", "30.00", null);
        add("2026-03-01", "March", "0.01", null);
        add("2026-04-05", "this month", "500.00", null);

        MonthComparison april = reports.compare(YearMonth.of(2026, 4));
        // January, February (nothing spent, yet covered) and March: 30.01 / 3, rounded to the cent.
        assertThat(april.monthlyAverage()).isEqualTo(new BigDecimal("10.00"));
        assertThat(april.averagedMonths()).isEqualTo(3);
        assertThat(april.averageFrom()).isEqualTo(YearMonth.of(2026, 1));

        // With an expense from long before, a year on only the last twelve complete months count.
        add("2025-01-01", "long ago", "1200.00", null);
        MonthComparison later = reports.compare(YearMonth.of(2027, 2));
        assertThat(later.averagedMonths()).isEqualTo(12);
        assertThat(later.averageFrom()).isEqualTo(YearMonth.of(2026, 2));
        // Feb 2026 to Jan 2027: March's 0.01 and April's 500.00.
        assertThat(later.monthlyAverage()).isEqualTo(new BigDecimal("41.67"));
    }
}
