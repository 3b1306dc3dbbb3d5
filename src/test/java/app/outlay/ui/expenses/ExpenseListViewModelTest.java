package app.outlay.ui.expenses;

import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.domain.ExpenseDetails;
import app.outlay.service.category.CategoryService;
import app.outlay.service.expense.ExpenseFilter;
import app.outlay.service.expense.ExpenseOrder;
import app.outlay.service.expense.ExpensePage;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.service.expense.ExpenseService;
import app.outlay.service.ledger.LedgerService;
import app.outlay.testing.SameThreadTasks;
import app.outlay.testing.TestDatabases;
import app.outlay.text.Texts;
import app.outlay.ui.common.Period;
import app.outlay.ui.common.TaskRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The expense list's logic without a window: filters, paging, totals, and answers that arrive out of order. */
class ExpenseListViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    private final SameThreadTasks tasks = new SameThreadTasks();
    private ExpenseService expenses;
    private CategoryService categories;
    private LedgerService ledger;
    private ExpenseListViewModel model;

    @BeforeEach
    void emptyLedger() {
        Database database = TestDatabases.h2();
        TestDatabases.reset(database);
        DatabaseHolder holder = new DatabaseHolder(database);
        expenses = new ExpenseService(holder);
        categories = new CategoryService(holder);
        ledger = new LedgerService(holder);
        model = listRunningOn(tasks);
    }

    private ExpenseListViewModel listRunningOn(TaskRunner runner) {
        return new ExpenseListViewModel(expenses, categories, ledger, runner,
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC), Texts.of(Locale.US));
    }

    @Test
    void searchAndPeriodFilterTheRowsAndTheTotalComesFromTheDatabase() {
        add(TODAY, "Coffee", "3.20");
        add(TODAY.minusMonths(2), "Coffee beans", "11.90");
        add(TODAY, "Rent", "950.00");

        model.reload(() -> { });
        assertThat(model.ledgerCountProperty().get()).isEqualTo(3);
        assertThat(model.summaryProperty().get().total()).isEqualByComparingTo("965.10");

        model.filters().searchProperty().set("coffee");
        model.reload(() -> { });
        assertThat(model.rows()).extracting(ExpenseRow::description).containsExactly("Coffee", "Coffee beans");
        assertThat(model.summaryProperty().get().total()).isEqualByComparingTo("15.10");
        assertThat(model.filters().hasFilters()).isTrue();

        model.filters().period().periodProperty().set(Period.THIS_MONTH);
        model.reload(() -> { });
        assertThat(model.rows()).extracting(ExpenseRow::description).containsExactly("Coffee");
        assertThat(model.summaryProperty().get().count()).isEqualTo(1);
        assertThat(model.ledgerCountProperty().get()).isEqualTo(3);

        model.filters().clearFilters();
        model.reload(() -> { });
        assertThat(model.rows()).hasSize(3);
        assertThat(model.filters().hasFilters()).isFalse();
        assertThat(tasks.failures()).isEmpty();
    }

    @Test
    void theNextPageIsReadAfterTheLastRowShown() {
        for (int i = 0; i < ExpenseListViewModel.PAGE_SIZE + 25; i++) {
            add(TODAY.minusDays(i % 90), "Item " + i, "1.00");
        }
        model.reload(() -> { });
        assertThat(model.rows()).hasSize(ExpenseListViewModel.PAGE_SIZE);
        model.loadMore();
        assertThat(model.rows()).hasSize(ExpenseListViewModel.PAGE_SIZE + 25).doesNotHaveDuplicates();
        model.loadMore(); // nothing more to read
        assertThat(model.rows()).hasSize(ExpenseListViewModel.PAGE_SIZE + 25);
    }

    @Test
    void anOlderAnswerArrivingLateNeverReplacesTheNewerOne() {
        add(TODAY, "Coffee", "3.20");
        add(TODAY, "Rent", "950.00");
        tasks.hold();
        model.filters().searchProperty().set("rent");
        model.reload(() -> { });
        model.filters().searchProperty().set("coffee");
        model.reload(() -> { });
        tasks.finishHeldInReverse(); // the answer for "rent" comes last
        assertThat(model.rows()).extracting(ExpenseRow::description).containsExactly("Coffee");
        assertThat(model.summaryProperty().get().total()).isEqualByComparingTo("3.20");
    }

    @Test
    void theTotalsShownAreMarkedAsTheListBeforesUntilTheNewOnesCome() {
        add(TODAY, "Coffee", "3.20");
        add(TODAY, "Rent", "950.00");
        SameThreadTasks queue = heldTasks();
        ExpenseListViewModel list = listRunningOn(queue);
        list.reload(() -> { });
        queue.finishHeldInOrder();
        assertThat(list.totalsPendingProperty().get()).as("the count and total came").isFalse();

        list.filters().searchProperty().set("rent");
        list.reload(() -> { });
        queue.finishOldestHeld(); // the rows come first
        assertThat(list.rows()).extracting(ExpenseRow::description).containsExactly("Rent");
        assertThat(list.summaryProperty().get().total()).as("still the list before").isEqualByComparingTo("953.20");
        assertThat(list.totalsPendingProperty().get()).as("so marked as not the rows' yet").isTrue();
        queue.finishOldestHeld(); // then the count and total
        assertThat(list.summaryProperty().get().total()).isEqualByComparingTo("950.00");
        assertThat(list.totalsPendingProperty().get()).isFalse();
    }

    @Test
    void theNextPageIsReadAheadSoLoadMoreShowsItWithoutAQuery() {
        addItems("Item", 2 * ExpenseListViewModel.PAGE_SIZE + 10);
        SameThreadTasks queue = heldTasks();
        ExpenseListViewModel list = listRunningOn(queue);
        list.reload(() -> { });
        queue.finishHeldInOrder();
        assertThat(list.rows()).hasSize(ExpenseListViewModel.PAGE_SIZE);
        assertThat(queue.answered(ExpensePage.class)).isEqualTo(2); // the first page and the one after it

        list.loadMore(); // at once: nothing run in between
        assertThat(list.rows()).hasSize(2 * ExpenseListViewModel.PAGE_SIZE);
        assertThat(queue.answered(ExpensePage.class)).isEqualTo(2);

        queue.finishHeldInOrder(); // the third page, read ahead in its turn
        assertThat(queue.answered(ExpensePage.class)).isEqualTo(3);
        assertThat(list.rows()).hasSize(2 * ExpenseListViewModel.PAGE_SIZE);
        list.loadMore();
        assertThat(ids(list.rows())).hasSize(2 * ExpenseListViewModel.PAGE_SIZE + 10)
                .containsExactlyElementsOf(ids(expenses.page(ExpenseFilter.all(), ExpenseOrder.NEWEST_FIRST, null, 1_000).rows()));
        queue.finishHeldInOrder();
        assertThat(queue.answered(ExpensePage.class)).isEqualTo(3); // the end: nothing more to read
        assertThat(queue.failures()).isEmpty();
    }

    @Test
    void aPageReadAheadIsNeverShownAfterTheFiltersChanged() {
        addItems("Item", ExpenseListViewModel.PAGE_SIZE + 100);
        addItems("Other", ExpenseListViewModel.PAGE_SIZE + 25);
        SameThreadTasks queue = heldTasks();
        ExpenseListViewModel list = listRunningOn(queue);
        list.reload(() -> { });
        queue.finishHeldInOrder(); // the second page of every expense is held now

        list.filters().searchProperty().set("other");
        list.reload(() -> { });
        list.loadMore(); // while the new list is on its way: the old list's page must not come
        assertThat(list.rows()).hasSize(ExpenseListViewModel.PAGE_SIZE);
        queue.finishHeldInOrder();
        list.loadMore();

        ExpenseFilter other = ExpenseFilter.all().withSearch("other");
        assertThat(ids(list.rows())).hasSize(ExpenseListViewModel.PAGE_SIZE + 25)
                .containsExactlyElementsOf(ids(expenses.page(other, ExpenseOrder.NEWEST_FIRST, null, 1_000).rows()));
        assertThat(queue.failures()).isEmpty();
    }

    @Test
    void aPageReadAheadIsNeverShownAfterAChangeReloadedTheList() {
        addItems("Item", 2 * ExpenseListViewModel.PAGE_SIZE + 10);
        SameThreadTasks queue = heldTasks();
        ExpenseListViewModel list = listRunningOn(queue);
        list.reload(() -> { });
        queue.finishHeldInOrder(); // rows 0-199 shown, 200-399 held

        // A new expense at the top: the first 200 now end one row earlier, and the held page would skip a row.
        add(TODAY.plusDays(1), "Added elsewhere", "5.00");
        list.refresh();
        queue.finishHeldInOrder();
        list.loadMore();

        assertThat(ids(list.rows())).hasSize(2 * ExpenseListViewModel.PAGE_SIZE)
                .containsExactlyElementsOf(ids(expenses.page(ExpenseFilter.all(), ExpenseOrder.NEWEST_FIRST, null,
                        2 * ExpenseListViewModel.PAGE_SIZE).rows()));
        assertThat(queue.failures()).isEmpty();
    }

    @Test
    void loadMoreWhileThePageIsStillBeingReadAheadShowsItOnceWhenItComes() {
        addItems("Item", ExpenseListViewModel.PAGE_SIZE + 25);
        SameThreadTasks queue = heldTasks();
        ExpenseListViewModel list = listRunningOn(queue);
        list.reload(() -> { });
        queue.finishOldestHeld(); // the first page
        queue.finishOldestHeld(); // the count and total
        assertThat(queue.heldCount()).as("the next page is being read ahead").isEqualTo(1);

        list.loadMore();
        list.loadMore(); // a second key press while it is read
        assertThat(queue.heldCount()).as("no second query for the same page").isEqualTo(1);
        assertThat(list.rows()).hasSize(ExpenseListViewModel.PAGE_SIZE);

        queue.finishHeldInOrder();
        assertThat(ids(list.rows())).hasSize(ExpenseListViewModel.PAGE_SIZE + 25)
                .containsExactlyElementsOf(ids(expenses.page(ExpenseFilter.all(), ExpenseOrder.NEWEST_FIRST, null, 1_000).rows()));
        assertThat(queue.answered(ExpensePage.class)).isEqualTo(2);
        assertThat(queue.failures()).isEmpty();
    }

    private void add(LocalDate date, String description, String amount) {
        expenses.add(new ExpenseDetails(date, description, new BigDecimal(amount), null, null));
    }

    private static java.util.List<Long> ids(java.util.List<ExpenseRow> rows) {
        return rows.stream().map(ExpenseRow::id).toList();
    }

    private void addItems(String description, int count) {
        for (int i = 0; i < count; i++) {
            add(TODAY.minusDays(i % 90), description + " " + i, "1.00");
        }
    }

    /** Tasks that wait until the test runs them, oldest first as on the one worker thread. */
    private static SameThreadTasks heldTasks() {
        SameThreadTasks tasks = new SameThreadTasks();
        tasks.hold();
        return tasks;
    }
}
