package app.outlay.ui.expenses;

import app.outlay.text.Texts;
import app.outlay.service.category.CategoryService;
import app.outlay.service.expense.ExpenseFilter;
import app.outlay.service.expense.ExpenseOrder;
import app.outlay.service.expense.ExpensePage;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.service.expense.ExpenseService;
import app.outlay.service.expense.ExpenseSummary;
import app.outlay.service.ledger.LedgerService;
import app.outlay.ui.common.LatestAnswer;
import app.outlay.ui.common.TaskRunner;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.math.BigDecimal;
import java.time.Clock;

/**
 * The state of the expense table and its totals: the filter bar's filter ({@link ExpenseFiltersViewModel}) and the
 * order in, rows (page by page) and totals out. Every query runs in the background and its
 * result is applied on the FX thread; an answer to an older query than the newest is dropped.
 */
public final class ExpenseListViewModel {

    /** Rows read per page as the user scrolls; the count and total always cover every match. */
    public static final int PAGE_SIZE = 200;
    /** After a change, at most this many rows are read again at once (to keep the user's place). */
    private static final int RELOAD_LIMIT = 2_000;

    private final ExpenseService expenses;
    private final LedgerService ledger;
    private final TaskRunner tasks;
    private final Texts texts;
    private final ExpenseFiltersViewModel filters;

    private final ObservableList<ExpenseRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ExpenseSummary> summary =
            new ReadOnlyObjectWrapper<>(new ExpenseSummary(0, BigDecimal.ZERO.setScale(2)));
    private final ReadOnlyLongWrapper ledgerCount = new ReadOnlyLongWrapper(-1);
    private final LatestAnswer answers = new LatestAnswer();
    private final ObjectProperty<ExpenseOrder> order = new SimpleObjectProperty<>(ExpenseOrder.NEWEST_FIRST);
    private boolean hasMore;
    private boolean loadingMore;

    public ExpenseListViewModel(ExpenseService expenses, CategoryService categories, LedgerService ledger,
                                TaskRunner tasks, Clock clock, Texts texts) {
        this(expenses, categories, null, ledger, tasks, clock, texts);
    }

    /** With the ledger's tags for the filter bar's tag filter (null: none to offer). */
    public ExpenseListViewModel(ExpenseService expenses, CategoryService categories, app.outlay.service.tag.TagService tags,
                                LedgerService ledger, TaskRunner tasks, Clock clock, Texts texts) {
        this.texts = texts;
        this.expenses = expenses;
        this.ledger = ledger;
        this.tasks = tasks;
        this.filters = new ExpenseFiltersViewModel(categories, tags, tasks, clock, texts);
    }

    /** The filter bar's state, which says what this list shows. */
    public ExpenseFiltersViewModel filters() {
        return filters;
    }

    private record Totals(ExpenseSummary summary, long ledgerCount) {
    }

    /** Loads the rows, count and total for the current filters. */
    public void refresh() {
        refresh(() -> { });
    }

    /** Loads as {@link #refresh()} does, then runs {@code afterwards} on the FX thread with the new rows in place. */
    public void refresh(Runnable afterwards) {
        // As many rows as are shown now, so a reload after a change keeps the user's place in a long list.
        load(Math.min(RELOAD_LIMIT, Math.max(PAGE_SIZE, rows.size())), afterwards);
    }

    /** Loads a new list (other filters or order) from its first page. */
    public void reload(Runnable afterwards) {
        load(PAGE_SIZE, afterwards);
    }

    /**
     * The rows first, then the count and total in a task of their own: at a million expenses the first page is a
     * few milliseconds of index reading, the sums a scan of every match, and the user should not wait for the
     * second to see the first.
     */
    private void load(int size, Runnable afterwards) {
        ExpenseFilter filter = filters.filter();
        ExpenseOrder currentOrder = order.get();
        LatestAnswer.Question question = answers.ask();
        tasks.run(texts.get("expenses.failed.load"), () -> expenses.page(filter, currentOrder, null, size), question.ifLatest(page -> {
            rows.setAll(page.rows());
            hasMore = page.hasMore();
            loadingMore = false;
            afterwards.run();
        }));
        tasks.run(texts.get("expenses.failed.totals"), () -> totals(filter), question.ifLatest(totals -> {
            summary.set(totals.summary());
            ledgerCount.set(totals.ledgerCount());
        }));
    }

    private Totals totals(ExpenseFilter filter) {
        ExpenseSummary matching = expenses.summarize(filter);
        // Unfiltered, the matches are the ledger: no second count of every row.
        return new Totals(matching, filter.equals(ExpenseFilter.all()) ? matching.count() : ledger.counts().expenses());
    }

    /**
     * Shows rows read at start-up before the services are up (LedgerSession.readAhead): only for the list as it first
     * opens — unfiltered, newest first, nothing loaded yet. The next pages come once the database is in use.
     */
    public boolean showEarly(ExpensePage page) {
        if (answers.askedYet() || !filters.filter().equals(ExpenseFilter.all()) || order.get() != ExpenseOrder.NEWEST_FIRST) {
            return false;
        }
        rows.setAll(page.rows());
        hasMore = false;
        return true;
    }

    /** Reads the next page when the user scrolls near the end of what is loaded (keyset paging: no OFFSET). */
    public void loadMore() {
        if (!hasMore || loadingMore || rows.isEmpty()) {
            return;
        }
        loadingMore = true;
        ExpenseFilter filter = filters.filter();
        ExpenseOrder currentOrder = order.get();
        ExpenseRow last = rows.get(rows.size() - 1);
        tasks.run(texts.get("expenses.failed.loadMore"), () -> expenses.page(filter, currentOrder, last, PAGE_SIZE),
                answers.current().ifLatest(page -> {
                    rows.addAll(page.rows());
                    hasMore = page.hasMore();
                    loadingMore = false;
                }));
    }

    /** The order the list is read in; changing it reloads from the database. */
    public ObjectProperty<ExpenseOrder> orderProperty() {
        return order;
    }

    public ObservableList<ExpenseRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<ExpenseSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** All expenses in the ledger, whatever the filters; -1 until known. */
    public ReadOnlyLongProperty ledgerCountProperty() {
        return ledgerCount.getReadOnlyProperty();
    }
}
