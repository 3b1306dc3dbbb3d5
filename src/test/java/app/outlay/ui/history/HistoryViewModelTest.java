package app.outlay.ui.history;

import app.outlay.data.DatabaseHolder;
import app.outlay.domain.ExpenseDetails;
import app.outlay.service.history.ChangeRow;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.service.expense.ExpenseService;
import app.outlay.service.history.HistoryService;
import app.outlay.service.history.UndoService;
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

    /**
     * tester2 D2: after an edit and its undo, the ledger's history marked both "(undone)", as if the undo had been
     * reverted too. The undo's own row says it is the undo; only the edit it reversed is undone.
     */
    @Test
    void anUndoIsToldAsTheUndoAndOnlyWhatItReversedAsUndone() {
        DatabaseHolder holder = TestDatabases.emptyLedger(TestDatabases.h2());
        ExpenseService expenses = new ExpenseService(holder);
        ExpenseRow aldi = expenses.add(new ExpenseDetails(LocalDate.of(2026, 11, 30), "Aldi", new BigDecimal("59.92"), null, null));
        expenses.update(aldi.id(), aldi.version(), new ExpenseDetails(LocalDate.of(2026, 11, 30), "Aldi", new BigDecimal("59.29"), null, null));
        UndoService undo = new UndoService(holder);
        undo.undo(undo.next().orElseThrow().batchId());
        undo.undo(undo.next().orElseThrow().batchId());
        HistoryViewModel model = new HistoryViewModel(tasks, Texts.of(Locale.US));

        model.load(() -> new HistoryService(holder).ofLedger(10));

        assertThat(model.changes()).extracting(model::what).containsExactly(
                "Undo: Deleted \u201cAldi\u201d",
                "Undo: Changed \u201cAldi\u201d: amount 59.29 \u2192 59.92",
                "Changed \u201cAldi\u201d: amount 59.92 \u2192 59.29 (undone)",
                "Added \u201cAldi\u201d (undone)");
        assertThat(model.changes()).extracting(ChangeRow::undo).containsExactly(true, true, false, false);
        assertThat(model.changes()).extracting(ChangeRow::undone).containsExactly(false, false, true, true);
        HistoryViewModel german = new HistoryViewModel(tasks, Texts.of(Locale.GERMANY));
        german.load(() -> new HistoryService(holder).ofLedger(10));
        assertThat(german.what(german.changes().get(1))).startsWith("R\u00fcckg\u00e4ngig: ").doesNotContain("(r\u00fcckg\u00e4ngig gemacht)");
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
