package app.outlay.ui.expenses;

import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.domain.ExpenseDetails;
import app.outlay.service.category.CategoryService;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.service.expense.ExpenseService;
import app.outlay.service.ledger.LedgerService;
import app.outlay.testing.SameThreadTasks;
import app.outlay.testing.TestDatabases;
import app.outlay.text.Texts;
import app.outlay.ui.common.Period;
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
    private ExpenseListViewModel model;

    @BeforeEach
    void emptyLedger() {
        Database database = TestDatabases.h2();
        TestDatabases.reset(database);
        DatabaseHolder holder = new DatabaseHolder(database);
        expenses = new ExpenseService(holder);
        categories = new CategoryService(holder);
        model = new ExpenseListViewModel(expenses, categories, new LedgerService(holder), tasks,
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

    private void add(LocalDate date, String description, String amount) {
        expenses.add(new ExpenseDetails(date, description, new BigDecimal(amount), null, null));
    }
}
