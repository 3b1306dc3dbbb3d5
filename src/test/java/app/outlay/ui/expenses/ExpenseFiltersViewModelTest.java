package app.outlay.ui.expenses;

import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.domain.EntryKind;
import app.outlay.service.category.CategoryRow;
import app.outlay.service.category.CategoryService;
import app.outlay.service.expense.ExpenseFilter;
import app.outlay.testing.SameThreadTasks;
import app.outlay.testing.TestDatabases;
import app.outlay.text.Texts;
import app.outlay.ui.common.Period;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The filter bar's logic without a window: one filter out of the controls, remembered and restored, categories reloaded. */
class ExpenseFiltersViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    private final SameThreadTasks tasks = new SameThreadTasks();
    private CategoryService categories;
    private ExpenseFiltersViewModel model;

    @BeforeEach
    void seededLedger() {
        Database database = TestDatabases.h2();
        TestDatabases.reset(database);
        categories = new CategoryService(new DatabaseHolder(database));
        model = newModel();
    }

    private ExpenseFiltersViewModel newModel() {
        return new ExpenseFiltersViewModel(categories, tasks, Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
                Texts.of(Locale.US));
    }

    @Test
    void theControlsMakeOneFilterAndTheBudgetsFollowAOneMonthPeriod() {
        model.reloadCategories();
        CategoryRow groceries = model.categories().get(0);
        model.searchProperty().set("milk");
        model.period().periodProperty().set(Period.LAST_MONTH);
        model.categoryProperty().set(groceries);
        model.kindProperty().set(EntryKind.REFUND);

        assertThat(model.filter()).isEqualTo(new ExpenseFilter("milk", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
                groceries.id(), EntryKind.REFUND));
        assertThat(model.monthInView()).isEqualTo(YearMonth.of(2026, 11));
        model.period().periodProperty().set(Period.THIS_YEAR);
        assertThat(model.monthInView()).isEqualTo(YearMonth.of(2026, 12));

        model.clearFilters();
        assertThat(model.hasFilters()).isFalse();
        assertThat(model.categoryProperty().get()).isEqualTo(ExpenseFiltersViewModel.ALL_CATEGORIES);
        assertThat(tasks.failures()).isEmpty();
    }

    /** tester2: From after To was turned round without a word; the list still reads it so, and says so. */
    @Test
    void aCustomRangeTheWrongWayRoundIsReadTurnedRoundAndSaid() {
        model.period().periodProperty().set(Period.CUSTOM);
        model.period().customFromProperty().set(LocalDate.of(2026, 3, 31));
        assertThat(model.periodTurnedRound()).isNull();
        model.period().customToProperty().set(LocalDate.of(2026, 3, 1));

        assertThat(model.filter().from()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(model.filter().to()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(model.periodTurnedRound())
                .isEqualTo("From Mar 31, 2026 is after To Mar 1, 2026: the list shows the days from Mar 1, 2026 to Mar 31, 2026.");

        model.period().periodProperty().set(Period.THIS_MONTH);
        assertThat(model.periodTurnedRound()).isNull();
    }

    @Test
    void rememberedFiltersComeBackAndACategoryThatIsGoneMeansAll() {
        model.reloadCategories();
        CategoryRow chosen = model.categories().get(1);
        model.searchProperty().set("rent");
        model.period().periodProperty().set(Period.CUSTOM);
        model.period().customFromProperty().set(LocalDate.of(2026, 1, 1));
        model.categoryProperty().set(chosen);

        ExpenseFiltersViewModel next = newModel();
        next.restore(model.snapshot());
        next.reloadCategories();
        assertThat(next.filter()).isEqualTo(model.filter());
        assertThat(next.categoryProperty().get()).isEqualTo(chosen);

        ExpenseFiltersViewModel gone = newModel();
        gone.restore(new ExpenseFiltersViewModel.Filters(null, null, null, 424242, null));
        gone.reloadCategories();
        assertThat(gone.categoryProperty().get()).isEqualTo(ExpenseFiltersViewModel.ALL_CATEGORIES);
        assertThat(gone.period().periodProperty().get()).isEqualTo(Period.ALL);
        assertThat(gone.searchProperty().get()).isEmpty();
    }
}
