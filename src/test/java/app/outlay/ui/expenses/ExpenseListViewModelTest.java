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
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

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
    void theNextPageIsReadAheadSoLoadMoreShowsItWithoutAQuery() {
        addItems("Item", 2 * ExpenseListViewModel.PAGE_SIZE + 10);
        QueuedTasks queue = new QueuedTasks();
        ExpenseListViewModel list = listRunningOn(queue);
        list.reload(() -> { });
        queue.runAll();
        assertThat(list.rows()).hasSize(ExpenseListViewModel.PAGE_SIZE);
        assertThat(queue.pagesRead).isEqualTo(2); // the first page and the one after it

        list.loadMore(); // at once: nothing run in between
        assertThat(list.rows()).hasSize(2 * ExpenseListViewModel.PAGE_SIZE);
        assertThat(queue.pagesRead).isEqualTo(2);

        queue.runAll(); // the third page, read ahead in its turn
        assertThat(queue.pagesRead).isEqualTo(3);
        assertThat(list.rows()).hasSize(2 * ExpenseListViewModel.PAGE_SIZE);
        list.loadMore();
        assertThat(ids(list.rows())).hasSize(2 * ExpenseListViewModel.PAGE_SIZE + 10)
                .containsExactlyElementsOf(ids(expenses.page(ExpenseFilter.all(), ExpenseOrder.NEWEST_FIRST, null, 1_000).rows()));
        queue.runAll();
        assertThat(queue.pagesRead).isEqualTo(3); // the end: nothing more to read
        assertThat(queue.failures).isEmpty();
    }

    @Test
    void aPageReadAheadIsNeverShownAfterTheFiltersChanged() {
        addItems("Item", ExpenseListViewModel.PAGE_SIZE + 100);
        addItems("Other", ExpenseListViewModel.PAGE_SIZE + 25);
        QueuedTasks queue = new QueuedTasks();
        ExpenseListViewModel list = listRunningOn(queue);
        list.reload(() -> { });
        queue.runAll(); // the second page of every expense is held now

        list.filters().searchProperty().set("other");
        list.reload(() -> { });
        list.loadMore(); // while the new list is on its way: the old list's page must not come
        assertThat(list.rows()).hasSize(ExpenseListViewModel.PAGE_SIZE);
        queue.runAll();
        list.loadMore();

        ExpenseFilter other = ExpenseFilter.all().withSearch("other");
        assertThat(ids(list.rows())).hasSize(ExpenseListViewModel.PAGE_SIZE + 25)
                .containsExactlyElementsOf(ids(expenses.page(other, ExpenseOrder.NEWEST_FIRST, null, 1_000).rows()));
        assertThat(queue.failures).isEmpty();
    }

    @Test
    void aPageReadAheadIsNeverShownAfterAChangeReloadedTheList() {
        addItems("Item", 2 * ExpenseListViewModel.PAGE_SIZE + 10);
        QueuedTasks queue = new QueuedTasks();
        ExpenseListViewModel list = listRunningOn(queue);
        list.reload(() -> { });
        queue.runAll(); // rows 0-199 shown, 200-399 held

        // A new expense at the top: the first 200 now end one row earlier, and the held page would skip a row.
        add(TODAY.plusDays(1), "Added elsewhere", "5.00");
        list.refresh();
        queue.runAll();
        list.loadMore();

        assertThat(ids(list.rows())).hasSize(2 * ExpenseListViewModel.PAGE_SIZE)
                .containsExactlyElementsOf(ids(expenses.page(ExpenseFilter.all(), ExpenseOrder.NEWEST_FIRST, null,
                        2 * ExpenseListViewModel.PAGE_SIZE).rows()));
        assertThat(queue.failures).isEmpty();
    }

    @Test
    void loadMoreWhileThePageIsStillBeingReadAheadShowsItOnceWhenItComes() {
        addItems("Item", ExpenseListViewModel.PAGE_SIZE + 25);
        QueuedTasks queue = new QueuedTasks();
        ExpenseListViewModel list = listRunningOn(queue);
        list.reload(() -> { });
        queue.runNext(); // the first page
        queue.runNext(); // the count and total
        assertThat(queue.waiting()).as("the next page is being read ahead").isEqualTo(1);

        list.loadMore();
        list.loadMore(); // a second key press while it is read
        assertThat(queue.waiting()).as("no second query for the same page").isEqualTo(1);
        assertThat(list.rows()).hasSize(ExpenseListViewModel.PAGE_SIZE);

        queue.runAll();
        assertThat(ids(list.rows())).hasSize(ExpenseListViewModel.PAGE_SIZE + 25)
                .containsExactlyElementsOf(ids(expenses.page(ExpenseFilter.all(), ExpenseOrder.NEWEST_FIRST, null, 1_000).rows()));
        assertThat(queue.pagesRead).isEqualTo(2);
        assertThat(queue.failures).isEmpty();
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

    /**
     * Tasks wait in a queue until the test runs them, first in first out as on the one worker thread, so a test can
     * act while a query is still running; counts the pages read.
     */
    private static final class QueuedTasks implements TaskRunner {

        private final Deque<Runnable> queue = new ArrayDeque<>();
        private final java.util.List<String> failures = new java.util.ArrayList<>();
        private int pagesRead;

        @Override
        public <T> void run(String whatFailed, Callable<T> work, Consumer<T> onSuccess) {
            run(work, onSuccess, failure -> failures.add(whatFailed + ": " + failure.getMessage()));
        }

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            queue.add(() -> {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                if (result instanceof ExpensePage) {
                    pagesRead++;
                }
                onSuccess.accept(result);
            });
        }

        @Override
        public boolean isBusy() {
            return !queue.isEmpty();
        }

        int waiting() {
            return queue.size();
        }

        void runNext() {
            queue.remove().run();
        }

        /** Runs every task, and those they ask for, until none is left. */
        void runAll() {
            while (!queue.isEmpty()) {
                runNext();
            }
        }
    }
}
