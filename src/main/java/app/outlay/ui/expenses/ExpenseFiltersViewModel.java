package app.outlay.ui.expenses;

import app.outlay.domain.EntryKind;
import app.outlay.service.CategoryRow;
import app.outlay.service.CategoryService;
import app.outlay.service.ExpenseFilter;
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
 * The state of the expense list's filter bar: search, period, category and kind in, one {@link ExpenseFilter} out.
 * A new filter goes here (its property, its part of {@link #filter()}, {@link #clearFilters()} and, if it is
 * remembered across starts, {@link Filters}); {@link ExpenseFiltersBar} shows it.
 */
public final class ExpenseFiltersViewModel {

    /** The "all categories" choice of the category filter (ids of real categories start at 1; see CategoryCell). */
    public static final CategoryRow ALL_CATEGORIES = new CategoryRow(0, "category.all", "#00000000");

    private final CategoryService categories;
    private final TaskRunner tasks;
    private final Clock clock;
    private final Texts texts;

    private final StringProperty search = new SimpleStringProperty("");
    private final PeriodChoice period = new PeriodChoice(Period.ALL);
    private final ObjectProperty<CategoryRow> category = new SimpleObjectProperty<>(ALL_CATEGORIES);
    /** Only entries of this kind (null: every kind). */
    private final ObjectProperty<EntryKind> kind = new SimpleObjectProperty<>();
    private final ObservableList<CategoryRow> categoryList = FXCollections.observableArrayList();

    public ExpenseFiltersViewModel(CategoryService categories, TaskRunner tasks, Clock clock, Texts texts) {
        this.categories = categories;
        this.tasks = tasks;
        this.clock = clock;
        this.texts = texts;
    }

    /** The filter the controls describe; a custom range with its ends swapped is read the right way round. */
    public ExpenseFilter filter() {
        PeriodChoice.Dates dates = period.dates(LocalDate.now(clock));
        CategoryRow chosen = category.get();
        Long categoryId = chosen == null || chosen == ALL_CATEGORIES ? null : chosen.id();
        return new ExpenseFilter(search.get(), dates.from(), dates.to(), categoryId, kind.get());
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
