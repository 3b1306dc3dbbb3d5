package app.outlay.service.tag;

import app.outlay.service.expense.ExpenseFilter;
import app.outlay.service.expense.ExpenseOrder;
import app.outlay.service.expense.ExpensePage;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.service.expense.ExpenseService;
import app.outlay.service.expense.ExpenseSummary;
import app.outlay.service.recurrence.Repeat;
import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.domain.EntryKind;
import app.outlay.domain.ExpenseDetails;
import app.outlay.service.expense.ExpenseFilter.TagMatch;
import app.outlay.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The list filtered by tags (issue 21): any or all of several, rows, count and totals from SQL, on every database. */
abstract class TagFilterContractTest {

    protected Database database;
    private ExpenseService expenses;
    private TagService tags;

    protected abstract Database database();

    @BeforeEach
    void cleanLedger() {
        database = database();
        DatabaseHolder holder = TestDatabases.emptyLedger(database);
        expenses = new ExpenseService(holder);
        tags = new TagService(holder);
    }

    private ExpenseRow add(String description, String amount, EntryKind kind, String... tagNames) {
        return expenses.add(new ExpenseDetails(LocalDate.of(2026, 5, 2), description, new BigDecimal(amount), null, null, kind, null),
                Repeat.NEVER, LocalDate.of(2026, 5, 2), List.of(tagNames));
    }

    private long tag(String name) {
        return tags.all().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow().id();
    }

    private List<String> shown(ExpenseFilter filter) {
        return expenses.page(filter, ExpenseOrder.NEWEST_FIRST, null, 50).rows().stream().map(ExpenseRow::description).sorted().toList();
    }

    @Test
    void anyOrAllOfSeveralTagsDecideTheRowsTheCountAndTheTotals() {
        add("Hotel", "412.80", EntryKind.EXPENSE, "Rome 2026", "tax-deductible");
        add("Pizza", "23.50", EntryKind.EXPENSE, "Rome 2026");
        add("Laptop", "999.99", EntryKind.EXPENSE, "tax-deductible", "work");
        add("Hotel refund", "100.00", EntryKind.REFUND, "Rome 2026", "tax-deductible");
        add("Travel allowance", "300.00", EntryKind.INCOME, "Rome 2026");
        add("Kiosk", "2.00", EntryKind.EXPENSE);
        Set<Long> romeAndTax = Set.of(tag("Rome 2026"), tag("tax-deductible"));

        ExpenseFilter any = ExpenseFilter.all().withTags(romeAndTax, TagMatch.ANY);
        assertThat(shown(any)).containsExactly("Hotel", "Hotel refund", "Laptop", "Pizza", "Travel allowance");
        ExpenseSummary anySummary = expenses.summarize(any);
        assertThat(anySummary.count()).isEqualTo(5);
        assertThat(anySummary.spent()).isEqualByComparingTo("1336.29"); // 412.80 + 23.50 + 999.99 - 100.00
        assertThat(anySummary.received()).isEqualByComparingTo("300.00");

        ExpenseFilter all = ExpenseFilter.all().withTags(romeAndTax, TagMatch.ALL);
        assertThat(shown(all)).containsExactly("Hotel", "Hotel refund");
        ExpenseSummary allSummary = expenses.summarize(all);
        assertThat(allSummary.count()).isEqualTo(2);
        assertThat(allSummary.spent()).isEqualByComparingTo("312.80");
        assertThat(allSummary.received()).isEqualByComparingTo("0.00");

        ExpenseFilter oneTag = ExpenseFilter.all().withTags(Set.of(tag("work")), TagMatch.ALL);
        assertThat(shown(oneTag)).containsExactly("Laptop");
        assertThat(shown(ExpenseFilter.all().withTags(Set.of(tag("work"), tag("Rome 2026")), TagMatch.ALL))).isEmpty();
        assertThat(expenses.summarize(ExpenseFilter.all().withTags(Set.of(tag("work"), tag("Rome 2026")), TagMatch.ALL)).count())
                .isZero();
    }

    @Test
    void theTagFilterCombinesWithTheOtherFiltersAndPages() {
        for (int i = 0; i < 7; i++) {
            add("Trip day " + i, "10.0" + i, EntryKind.EXPENSE, i % 2 == 0 ? "Rome 2026" : "Paris");
        }
        add("Rome souvenir", "5.00", EntryKind.REFUND, "Rome 2026");
        ExpenseFilter rome = ExpenseFilter.all().withTags(Set.of(tag("Rome 2026")), TagMatch.ANY);

        assertThat(shown(rome.withSearch("trip"))).containsExactly("Trip day 0", "Trip day 2", "Trip day 4", "Trip day 6");
        assertThat(shown(rome.withKind(EntryKind.REFUND))).containsExactly("Rome souvenir");
        assertThat(shown(rome.withPeriod(LocalDate.of(2026, 6, 1), null))).isEmpty();
        ExpensePage first = expenses.page(rome, ExpenseOrder.NEWEST_FIRST, null, 3);
        ExpensePage second = expenses.page(rome, ExpenseOrder.NEWEST_FIRST, first.rows().get(2), 3);
        assertThat(first.hasMore()).isTrue();
        assertThat(second.rows()).hasSize(2);
        assertThat(java.util.stream.Stream.concat(first.rows().stream(), second.rows().stream()).map(ExpenseRow::description))
                .doesNotHaveDuplicates().hasSize(5);
    }

    @Test
    void aFilterWithoutTagsIsUnrestrictedWhateverItsMatch() {
        assertThat(ExpenseFilter.all().withTags(Set.of(), TagMatch.ALL)).isEqualTo(ExpenseFilter.all());
        assertThat(ExpenseFilter.all().withTags(Set.of(7L), TagMatch.ALL).isUnrestricted()).isFalse();
    }

    @Test
    void theReportByTagCountsSpendingNetOfRefundsAndLeavesIncomeOutAsTheCategoryTotalsDo() {
        add("Hotel", "412.80", EntryKind.EXPENSE, "Rome 2026");
        add("Hotel refund", "100.00", EntryKind.REFUND, "Rome 2026");
        add("Travel allowance", "300.00", EntryKind.INCOME, "Rome 2026", "work");
        add("Laptop", "999.99", EntryKind.EXPENSE, "work");

        assertThat(tags.totals(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31)))
                .extracting(TagTotal::tag, TagTotal::expenses, TagTotal::total).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("work", 1L, new BigDecimal("999.99")),
                        org.assertj.core.groups.Tuple.tuple("Rome 2026", 2L, new BigDecimal("312.80")));
        // The same figure as the list filtered by the tag shows as spent.
        assertThat(expenses.summarize(ExpenseFilter.all().withTags(Set.of(tag("Rome 2026")), TagMatch.ANY)).spent())
                .isEqualByComparingTo("312.80");
    }

    @Test
    void aSplitPaymentIsFoundByItsPartsTags() {
        ExpenseRow split = expenses.add(new ExpenseDetails(LocalDate.of(2026, 5, 2), "Supermarket", new BigDecimal("100.00"), null, null),
                Repeat.NEVER, LocalDate.of(2026, 5, 2), List.of(), List.of(
                        new app.outlay.domain.SplitPart(null, new BigDecimal("60.00"), "food", List.of("family")),
                        new app.outlay.domain.SplitPart(null, new BigDecimal("40.00"), "soap", List.of("household", "family"))));
        add("Bakery", "3.50", EntryKind.EXPENSE, "family");
        add("Soap", "2.00", EntryKind.EXPENSE, "household");
        long family = tag("family");
        long household = tag("household");

        assertThat(shown(ExpenseFilter.all().withTags(Set.of(household), TagMatch.ANY))).containsExactly("Soap", "Supermarket");
        assertThat(shown(ExpenseFilter.all().withTags(Set.of(family, household), TagMatch.ALL))).containsExactly("Supermarket");
        ExpenseSummary both = expenses.summarize(ExpenseFilter.all().withTags(Set.of(family, household), TagMatch.ANY));
        assertThat(both.count()).isEqualTo(3);
        assertThat(both.spent()).as("the list counts a payment once, whole").isEqualByComparingTo("105.50");
        assertThat(split.id()).isPositive();
    }
}
