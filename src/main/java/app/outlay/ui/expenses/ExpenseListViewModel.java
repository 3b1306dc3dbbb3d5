package app.outlay.ui.expenses;

import app.outlay.text.Texts;
import app.outlay.service.CategoryRow;
import app.outlay.service.CategoryService;
import app.outlay.service.ExpenseFilter;
import app.outlay.service.ExpenseOrder;
import app.outlay.service.ExpensePage;
import app.outlay.service.ExpenseRow;
import app.outlay.service.ExpenseService;
import app.outlay.service.ExpenseSummary;
import app.outlay.service.LedgerService;
import app.outlay.service.TagCount;
import app.outlay.service.TagService;
import app.outlay.ui.common.LatestAnswer;
import app.outlay.ui.common.TaskRunner;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The state of the expense list: filters in, rows and totals out. Every query runs in the background and its
 * result is applied on the FX thread; an answer to an older query than the newest is dropped.
 */
public final class ExpenseListViewModel {

    /** Rows read per page as the user scrolls; the count and total always cover every match. */
    public static final int PAGE_SIZE = 200;
    /** After a change, at most this many rows are read again at once (to keep the user's place). */
    private static final int RELOAD_LIMIT = 2_000;
    /** The "all categories" choice of the category filter (ids of real categories start at 1; see CategoryCell). */
    public static final CategoryRow ALL_CATEGORIES = new CategoryRow(0, "category.all", "#00000000");

    private final ExpenseService expenses;
    private final CategoryService categories;
    /** The ledger's tags for the tag filter; null: no tag filter to offer. */
    private final TagService tagService;
    private final LedgerService ledger;
    private final TaskRunner tasks;
    private final Clock clock;
    private final Texts texts;

    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Period> period = new SimpleObjectProperty<>(Period.ALL);
    private final ObjectProperty<LocalDate> customFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> customTo = new SimpleObjectProperty<>();
    private final ObjectProperty<CategoryRow> category = new SimpleObjectProperty<>(ALL_CATEGORIES);
    /** Only entries of this kind (null: every kind). */
    private final ObjectProperty<app.outlay.domain.EntryKind> kind = new SimpleObjectProperty<>();
    /** The tag filter (issue 21): entries carrying any (or all) of the chosen tags; none chosen, no restriction. */
    private final ObservableList<TagCount> chosenTags = FXCollections.observableArrayList();
    private final ObjectProperty<ExpenseFilter.TagMatch> tagMatch = new SimpleObjectProperty<>(ExpenseFilter.TagMatch.ANY);
    private final ObservableList<TagCount> tagChoices = FXCollections.observableArrayList();

    private final ObservableList<ExpenseRow> rows = FXCollections.observableArrayList();
    private final ObservableList<CategoryRow> categoryList = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ExpenseSummary> summary =
            new ReadOnlyObjectWrapper<>(new ExpenseSummary(0, BigDecimal.ZERO.setScale(2)));
    private final ReadOnlyLongWrapper ledgerCount = new ReadOnlyLongWrapper(-1);
    private final LatestAnswer answers = new LatestAnswer();

    public ExpenseListViewModel(ExpenseService expenses, CategoryService categories, LedgerService ledger,
                                TaskRunner tasks, Clock clock, Texts texts) {
        this(expenses, categories, null, ledger, tasks, clock, texts);
    }

    /** With the ledger's tags to filter by. */
    public ExpenseListViewModel(ExpenseService expenses, CategoryService categories, TagService tags, LedgerService ledger,
                                TaskRunner tasks, Clock clock, Texts texts) {
        this.texts = texts;
        this.expenses = expenses;
        this.categories = categories;
        this.tagService = tags;
        this.ledger = ledger;
        this.tasks = tasks;
        this.clock = clock;
    }

    private final ObjectProperty<ExpenseOrder> order = new SimpleObjectProperty<>(ExpenseOrder.NEWEST_FIRST);
    private boolean hasMore;
    private boolean loadingMore;

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
        ExpenseFilter filter = filter();
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
     * Shows rows read at start-up before the services are up (AppContext.readAhead): only for the list as it first
     * opens — unfiltered, newest first, nothing loaded yet. The next pages come once the database is in use.
     */
    public boolean showEarly(ExpensePage page) {
        if (answers.askedYet() || !filter().equals(ExpenseFilter.all()) || order.get() != ExpenseOrder.NEWEST_FIRST) {
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
        ExpenseFilter filter = filter();
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

    /** Reloads the categories (for the filter and the editor), keeping the filter's choice where it still exists. */
    public void reloadCategories() {
        tasks.run(texts.get("categories.failed.load"), categories::list, this::setCategories);
    }

    public void setCategories(List<CategoryRow> list) {
        CategoryRow chosen = category.get();
        categoryList.setAll(list);
        category.set(list.stream().filter(c -> c.id() == chosen.id()).findFirst().orElse(ALL_CATEGORIES));
    }

    /** Reloads the ledger's tags for the tag filter (after tags were added, renamed, merged or deleted). */
    public void reloadTags() {
        if (tagService != null) {
            tasks.run(texts.get("tags.failed.load"), tagService::all, this::setTagChoices);
        }
    }

    /**
     * The tags to choose from. Chosen tags that still exist stay chosen (with their new names); one that was deleted
     * or merged away leaves the filter.
     */
    public void setTagChoices(List<TagCount> list) {
        tagChoices.setAll(list);
        java.util.Map<Long, TagCount> byId = new java.util.HashMap<>();
        list.forEach(tag -> byId.put(tag.id(), tag));
        List<TagCount> still = chosenTags.stream().map(tag -> byId.get(tag.id())).filter(java.util.Objects::nonNull).toList();
        if (!still.equals(chosenTags)) {
            chosenTags.setAll(still);
        }
    }

    /** Adds a tag to the filter (once). */
    public void chooseTag(TagCount tag) {
        if (tag != null && chosenTags.stream().noneMatch(t -> t.id() == tag.id())) {
            chosenTags.add(tag);
        }
    }

    public void unchooseTag(TagCount tag) {
        chosenTags.removeIf(t -> t.id() == tag.id());
    }

    /** The filter the controls describe; a custom range with its ends swapped is read the right way round. */
    public ExpenseFilter filter() {
        LocalDate today = LocalDate.now(clock);
        LocalDate from = period.get() == Period.CUSTOM ? customFrom.get() : period.get().from(today);
        LocalDate to = period.get() == Period.CUSTOM ? customTo.get() : period.get().to(today);
        if (from != null && to != null && from.isAfter(to)) {
            LocalDate swap = from;
            from = to;
            to = swap;
        }
        CategoryRow chosen = category.get();
        Long categoryId = chosen == null || chosen == ALL_CATEGORIES ? null : chosen.id();
        java.util.Set<Long> tagIds = new java.util.HashSet<>();
        chosenTags.forEach(tag -> tagIds.add(tag.id()));
        return new ExpenseFilter(search.get(), from, to, categoryId, kind.get(), tagIds, tagMatch.get());
    }

    /** The month the budgets describe: the filter's month when it shows one month, otherwise this month. */
    public YearMonth monthInView() {
        ExpenseFilter current = filter();
        if (current.from() != null && current.to() != null && YearMonth.from(current.from()).equals(YearMonth.from(current.to()))) {
            return YearMonth.from(current.from());
        }
        return YearMonth.now(clock);
    }

    public void clearFilters() {
        search.set("");
        period.set(Period.ALL);
        customFrom.set(null);
        customTo.set(null);
        category.set(ALL_CATEGORIES);
        kind.set(null);
        chosenTags.clear();
        tagMatch.set(ExpenseFilter.TagMatch.ANY);
    }

    /** The filters as the user left them, to be restored at the next start; categoryId 0 means all categories. */
    public record Filters(Period period, LocalDate customFrom, LocalDate customTo, long categoryId, String search) {
    }

    public Filters filters() {
        CategoryRow chosen = category.get();
        return new Filters(period.get(), customFrom.get(), customTo.get(), chosen == null ? ALL_CATEGORIES.id() : chosen.id(),
                search.get());
    }

    /**
     * Sets the filters; call before the first load. The category is known by its id until the categories are
     * loaded, which then put the real one in its place, or "all categories" when it no longer exists.
     */
    public void restore(Filters filters) {
        search.set(filters.search() == null ? "" : filters.search());
        customFrom.set(filters.customFrom());
        customTo.set(filters.customTo());
        period.set(filters.period() == null ? Period.ALL : filters.period());
        category.set(filters.categoryId() == ALL_CATEGORIES.id() ? ALL_CATEGORIES
                : new CategoryRow(filters.categoryId(), "", ALL_CATEGORIES.colour()));
    }

    public boolean hasFilters() {
        return !filter().isUnrestricted();
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<Period> periodProperty() {
        return period;
    }

    public ObjectProperty<LocalDate> customFromProperty() {
        return customFrom;
    }

    public ObjectProperty<LocalDate> customToProperty() {
        return customTo;
    }

    public ObjectProperty<CategoryRow> categoryProperty() {
        return category;
    }

    public ObservableList<ExpenseRow> rows() {
        return rows;
    }

    public ObservableList<CategoryRow> categories() {
        return categoryList;
    }

    /** The kind filter: only expenses, refunds or income (null: every kind). */
    public ObjectProperty<app.outlay.domain.EntryKind> kindProperty() {
        return kind;
    }

    /** The tags the list is filtered by, in the order chosen. */
    public ObservableList<TagCount> chosenTags() {
        return chosenTags;
    }

    /** Whether the list shows entries with any of the chosen tags, or only those with all of them. */
    public ObjectProperty<ExpenseFilter.TagMatch> tagMatchProperty() {
        return tagMatch;
    }

    /** The ledger's tags, to choose from. */
    public ObservableList<TagCount> tagChoices() {
        return tagChoices;
    }

    public ReadOnlyObjectProperty<ExpenseSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** All expenses in the ledger, whatever the filters; -1 until known. */
    public ReadOnlyLongProperty ledgerCountProperty() {
        return ledgerCount.getReadOnlyProperty();
    }
}
