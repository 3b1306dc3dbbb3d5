package app.outlay.ui.history;

import app.outlay.data.DatabaseHolder;
import app.outlay.domain.ExpenseDetails;
import app.outlay.service.history.ChangeRow;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.service.expense.ExpenseService;
import app.outlay.service.history.HistoryService;
import app.outlay.testing.SameThreadTasks;
import app.outlay.testing.TestDatabases;
import app.outlay.text.Texts;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The history window's content without a window: an expense's changes, told in the window's language. */
class HistoryViewModelTest {

    private final SameThreadTasks tasks = new SameThreadTasks();

    @Test
    void anExpenseTellsItsChangesNewestFirst() {
        DatabaseHolder holder = TestDatabases.emptyLedger(TestDatabases.h2());
        ExpenseService expenses = new ExpenseService(holder);
        ExpenseRow bread = expenses.add(new ExpenseDetails(LocalDate.of(2026, 3, 2), "Bread", new BigDecimal("2.10"), null, null));
        expenses.update(bread.id(), bread.version(), new ExpenseDetails(LocalDate.of(2026, 3, 2), "Bread", new BigDecimal("2.40"), null, null));
        HistoryViewModel model = new HistoryViewModel(tasks, Texts.of(Locale.US));

        model.load(() -> new HistoryService(holder).ofExpense(bread.id()));

        assertThat(model.countProperty().get()).isEqualTo("2 changes");
        assertThat(model.changes()).extracting(model::what)
                .containsExactly("Changed \u201cBread\u201d: amount 2.10 \u2192 2.40", "Added \u201cBread\u201d");
        ChangeRow added = model.changes().get(1);
        assertThat(model.who(added)).isEqualTo(added.changedBy() + " on " + added.computer());
        assertThat(tasks.failures()).isEmpty();
    }

    @Test
    void aFailedReadIsSaidAndShowsNothing() {
        HistoryViewModel model = new HistoryViewModel(tasks, Texts.of(Locale.US));

        model.load(() -> {
            throw new IllegalStateException("the server went away");
        });

        assertThat(model.changes()).isEmpty();
        assertThat(tasks.failures()).containsExactly("Could not load the history: the server went away");
    }
}
