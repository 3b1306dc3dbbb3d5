package app.outlay.ui.expenses;

import app.outlay.domain.EntryKind;
import app.outlay.service.category.CategoryRow;
import app.outlay.service.category.CategoryService;
import app.outlay.service.expense.ExpenseFilter;
import app.outlay.service.tag.TagCount;
import app.outlay.service.tag.TagService;
import app.outlay.text.Texts;
import app.outlay.ui.common.Period;
import app.outlay.ui.common.PeriodChoice;
import app.outlay.ui.common.TaskRunner;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The state of the expense list's filter bar: search, period, category, kind and tags in, one {@link ExpenseFilter} out.
 * A new filter goes here (its property, its part of {@link #filter()}, {@link #clearFilters()} and, if it is
 * remembered across starts, {@link Filters}); {@link ExpenseFiltersBar} shows it.
 */
public final class ExpenseFiltersViewModel {

    /** The "all categories" choice of the category filter (ids of real categories start at 1; see CategoryCell). */
    public static final CategoryRow ALL_CATEGORIES = new CategoryRow(0, "category.all", "#00000000");

    private final CategoryService categories;
    /** The ledger's tags for the tag filter; null: no tag filter to offer. */
    private final TagService tagService;
    private final TaskRunner tasks;
    private final Clock clock;
    private final Texts texts;

    private final StringProperty search = new SimpleStringProperty("");
    private final PeriodChoice period = new PeriodChoice(Period.ALL);
    private final ObjectProperty<CategoryRow> category = new SimpleObjectProperty<>(ALL_CATEGORIES);
    /** Only entries of this kind (null: every kind). */
    private final ObjectProperty<EntryKind> kind = new SimpleObjectProperty<>();
    private final ObservableList<CategoryRow> categoryList = FXCollections.observableArrayList();
    /** The tag filter (issue 21): entries carrying any (or all) of the chosen tags; none chosen, no restriction. */
    private final ObservableList<TagCount> chosenTags = FXCollections.observableArrayList();
    private final ObjectProperty<ExpenseFilter.TagMatch> tagMatch = new SimpleObjectProperty<>(ExpenseFilter.TagMatch.ANY);
    private final ObservableList<TagCount> tagChoices = FXCollections.observableArrayList();

    public ExpenseFiltersViewModel(CategoryService categories, TaskRunner tasks, Clock clock, Texts texts) {
        this(categories, null, tasks, clock, texts);
    }

    public ExpenseFiltersViewModel(CategoryService categories, TagService tags, TaskRunner tasks, Clock clock, Texts texts) {
        this.categories = categories;
        this.tagService = tags;
        this.tasks = tasks;
        this.clock = clock;
        this.texts = texts;
    }

    /**
     * The filter the controls describe. A custom range with its ends swapped is read the right way round here (the
     * reports refuse it instead): the list's period is a filter to look through, and the pickers show both dates.
     */
    public ExpenseFilter filter() {
        PeriodChoice.Dates asChosen = period.dates(LocalDate.now(clock));
        PeriodChoice.Dates dates = period.problem() == null ? asChosen : new PeriodChoice.Dates(asChosen.to(), asChosen.from());
        CategoryRow chosen = category.get();
        Long categoryId = chosen == null || chosen == ALL_CATEGORIES ? null : chosen.id();
        java.util.Set<Long> tagIds = new java.util.HashSet<>();
        chosenTags.forEach(tag -> tagIds.add(tag.id()));
        return new ExpenseFilter(search.get(), dates.from(), dates.to(), categoryId, kind.get(), tagIds, tagMatch.get());
    }

    /**
     * What the list says of a custom range the wrong way round, which it reads turned round ("From Mar 31, 2026 is
     * after To Mar 1, 2026: the list shows the days from Mar 1, 2026 to Mar 31, 2026."); null for any other period.
     */
    public String periodTurnedRound() {
        return period.problem() == null ? null : texts.format("expenses.period.turnedRound",
                period.customFromProperty().get(), period.customToProperty().get());
    }

    /** The month the budgets describe: the filter's month when it shows one month, otherwise this month. */
    public YearMonth monthInView() {
        ExpenseFilter current = filter();
        if (current.from() != null && current.to() != null && YearMonth.from(current.from()).equals(YearMonth.from(current.to()))) {
            return YearMonth.from(current.from());
        }
        return YearMonth.now(clock);
    }

    public boolean hasFilters() {
        return !filter().isUnrestricted();
    }

    public void clearFilters() {
        search.set("");
        period.reset();
        category.set(ALL_CATEGORIES);
        kind.set(null);
        chosenTags.clear();
        tagMatch.set(ExpenseFilter.TagMatch.ANY);
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

    /** Reloads the categories (for the filter and the editor), keeping the filter's choice where it still exists. */
    public void reloadCategories() {
        tasks.run(texts.get("categories.failed.load"), categories::list, this::setCategories);
    }

    public void setCategories(List<CategoryRow> list) {
        CategoryRow chosen = category.get();
        categoryList.setAll(list);
        category.set(list.stream().filter(c -> c.id() == chosen.id()).findFirst().orElse(ALL_CATEGORIES));
    }

    /** The filters as the user left them, to be restored at the next start; categoryId 0 means all categories. */
    public record Filters(Period period, LocalDate customFrom, LocalDate customTo, long categoryId, String search) {
    }

    /** The filters as they are now, to be remembered (see {@link #restore}). */
    public Filters snapshot() {
        CategoryRow chosen = category.get();
        return new Filters(period.periodProperty().get(), period.customFromProperty().get(), period.customToProperty().get(),
                chosen == null ? ALL_CATEGORIES.id() : chosen.id(), search.get());
    }

    /**
     * Sets the filters; call before the first load. The category is known by its id until the categories are
     * loaded, which then put the real one in its place, or "all categories" when it no longer exists.
     */
    public void restore(Filters filters) {
        search.set(filters.search() == null ? "" : filters.search());
        period.customFromProperty().set(filters.customFrom());
        period.customToProperty().set(filters.customTo());
        period.periodProperty().set(filters.period() == null ? Period.ALL : filters.period());
        category.set(filters.categoryId() == ALL_CATEGORIES.id() ? ALL_CATEGORIES
                : new CategoryRow(filters.categoryId(), "", ALL_CATEGORIES.colour()));
    }

    /** Continues with the filters of a view this one replaces (the window was built again in another language). */
    public void takeOver(ExpenseFiltersViewModel previous) {
        setCategories(List.copyOf(previous.categoryList));
        period.copyFrom(previous.period);
        category.set(previous.category.get());
        search.set(previous.search.get());
        tagChoices.setAll(previous.tagChoices);
        chosenTags.setAll(previous.chosenTags);
        tagMatch.set(previous.tagMatch.get());
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** The period of the list (the same choice as the reports': see PeriodChoice). */
    public PeriodChoice period() {
        return period;
    }

    public ObjectProperty<CategoryRow> categoryProperty() {
        return category;
    }

    /** The kind filter: only expenses, refunds or income (null: every kind). */
    public ObjectProperty<EntryKind> kindProperty() {
        return kind;
    }

    /** The ledger's categories, for the category filter and the expense editor. */
    public ObservableList<CategoryRow> categories() {
        return categoryList;
    }
}
