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
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
    /** The count and total shown are those of the list before: the new ones are being summed. */
    private final ReadOnlyBooleanWrapper totalsPending = new ReadOnlyBooleanWrapper();
    private final LatestAnswer answers = new LatestAnswer();
    private final ObjectProperty<ExpenseOrder> order = new SimpleObjectProperty<>(ExpenseOrder.NEWEST_FIRST);
    /** The filter and order the rows shown were read with: the next pages continue that list, whatever the bar says now. */
    private ExpenseFilter shownFilter = ExpenseFilter.all();
    private ExpenseOrder shownOrder = ExpenseOrder.NEWEST_FIRST;
    /** More rows match than are shown (false while a new list is on its way: its answer says). */
    private boolean hasMore;
    /** The page after the rows shown, read before the user asked for it; null while none is held. */
    private PageAhead ahead;
    /** Its query is running. */
    private boolean readingAhead;
    /** The user reached the end while it ran: it is shown as it comes. */
    private boolean wanted;

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
        // A page read ahead for the list shown now would not continue the new one; its answer, if still on its way,
        // is dropped as an answer to an older question.
        forgetThePageAhead();
        hasMore = false;
        totalsPending.set(true);
        tasks.run(texts.get("expenses.failed.load"), () -> expenses.page(filter, currentOrder, null, size), question.ifLatest(page -> {
            rows.setAll(page.rows());
            shownFilter = filter;
            shownOrder = currentOrder;
            hasMore = page.hasMore();
            afterwards.run();
            readAhead(); // on the one worker after the count and total, which the user waits for first
        }));
        tasks.run(texts.get("expenses.failed.totals"), () -> totals(filter), question.ifLatest(totals -> {
            summary.set(totals.summary());
            ledgerCount.set(totals.ledgerCount());
            totalsPending.set(false);
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

    /**
     * Shows the next page when the user scrolls near the end of what is loaded. It was read ahead as the page before
     * it came (keyset paging: no OFFSET), so the user does not wait for the database; if it is still being read, it is
     * shown as it comes, without a second query.
     */
    public void loadMore() {
        if (!hasMore) {
            return;
        }
        wanted = true;
        if (ahead != null) {
            showThePageAhead();
        } else {
            readAhead(); // does nothing while it is being read: it is shown as it comes
        }
    }

    /** A page read after {@code after}, the row that was last when its query started. */
    private record PageAhead(ExpenseRow after, ExpensePage page) {
    }

    /** Reads the page after the rows shown and holds it (at most one page) until the user gets there. */
    private void readAhead() {
        if (!hasMore || readingAhead || ahead != null || rows.isEmpty()) {
            return;
        }
        readingAhead = true;
        ExpenseFilter filter = shownFilter;
        ExpenseOrder currentOrder = shownOrder;
        ExpenseRow last = rows.get(rows.size() - 1);
        // A failure shows its message; the list pages again after its next reload, as before the read ahead.
        tasks.run(texts.get("expenses.failed.loadMore"), () -> expenses.page(filter, currentOrder, last, PAGE_SIZE),
                answers.current().ifLatest(page -> {
                    readingAhead = false;
                    ahead = new PageAhead(last, page);
                    if (wanted) {
                        showThePageAhead();
                    }
                }));
    }

    private void showThePageAhead() {
        PageAhead held = ahead;
        forgetThePageAhead();
        if (rows.isEmpty() || !rows.get(rows.size() - 1).equals(held.after())) {
            // The rows changed since it was read (not through a reload, which drops it anyway): read it again.
            wanted = true;
            readAhead();
            return;
        }
        rows.addAll(held.page().rows());
        hasMore = held.page().hasMore();
        readAhead();
    }

    private void forgetThePageAhead() {
        ahead = null;
        readingAhead = false;
        wanted = false;
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

    /**
     * True from a new list's start until its count and total come: the figures shown until then are the previous
     * list's (a search sums every row, which at a million takes a second after its rows are on screen).
     */
    public ReadOnlyBooleanProperty totalsPendingProperty() {
        return totalsPending.getReadOnlyProperty();
    }

    /** All expenses in the ledger, whatever the filters; -1 until known. */
    public ReadOnlyLongProperty ledgerCountProperty() {
        return ledgerCount.getReadOnlyProperty();
    }
}
