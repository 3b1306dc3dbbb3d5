package app.outlay.data;

import app.outlay.domain.ExpenseDetails;
import app.outlay.service.expense.ChangedElsewhereException;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.service.expense.ExpenseService;
import app.outlay.service.history.UndoService;
import app.outlay.testing.TestDatabases;
import app.outlay.testing.TestPostgres;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two independent Outlays (two Database instances, each with its own pool and Hibernate) on one real PostgreSQL
 * ledger, and undo across a real restart (the database closed and opened again).
 */
class TwoClientsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 3);

    @Test
    void theSecondSaveOfTheSameExpenseIsRefusedNotLost() {
        DatabaseSettings ledger = TestPostgres.freshDatabaseWithPassword();
        try (Database a = Database.open(ledger); Database b = Database.open(ledger)) {
            ExpenseService alice = new ExpenseService(new DatabaseHolder(a));
            ExpenseService bob = new ExpenseService(new DatabaseHolder(b));
            ExpenseRow lunch = alice.add(new ExpenseDetails(DAY, "Lunch", new BigDecimal("12.50"), null, null));
            ExpenseRow seenByBob = bob.get(lunch.id());

            alice.update(lunch.id(), lunch.version(), new ExpenseDetails(DAY, "Lunch", new BigDecimal("13.00"), null, null));

            assertThatThrownBy(() -> bob.update(seenByBob.id(), seenByBob.version(),
                    new ExpenseDetails(DAY, "Lunch (Bob)", new BigDecimal("99.00"), null, null)))
                    .isInstanceOf(ChangedElsewhereException.class);
            assertThat(bob.get(lunch.id()).amount()).isEqualByComparingTo("13.00");
        }
    }

    @Test
    void undoWorksAfterTheDatabaseWasClosedAndOpenedAgain() {
        DatabaseSettings file = DatabaseSettings.h2(TestDatabases.tempDir("outlay-undo-restart").resolve("outlay"));
        long id;
        try (Database before = Database.open(file)) {
            ExpenseService expenses = new ExpenseService(new DatabaseHolder(before));
            ExpenseRow rent = expenses.add(new ExpenseDetails(DAY, "Rent", new BigDecimal("950.00"), 3L, null));
            expenses.delete(rent.id());
            id = rent.id();
        }

        try (Database after = Database.open(file)) {
            UndoService undo = new UndoService(new DatabaseHolder(after));
            UndoService.UndoStep step = undo.next().orElseThrow();
            assertThat(step.label()).isEqualTo("Undo delete of \u201cRent\u201d");
            undo.undo(step.batchId());
            ExpenseRow back = new ExpenseService(new DatabaseHolder(after)).get(id);
            assertThat(back.amount()).isEqualByComparingTo("950.00");
            assertThat(back.categoryName()).isEqualTo("Housing");
        }
    }
}
