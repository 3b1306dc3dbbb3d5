package app.outlay.ui;

import app.outlay.service.expense.ExpenseRow;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

/** The main window driven as a user would: add, edit, delete, search, and data that survives a restart. */
class MainWindowTest extends OutlayUiTest {

    @Test
    void newLedgerShowsTheWelcomeAndTheDatabase() {
        assertThat(lookup(".state-empty").tryQuery()).isPresent();
        assertThat(stage.getTitle()).startsWith("Outlay").contains("H2");
        assertThat(lookup(".status-database").queryAs(Label.class).getText()).contains(home.resolve("data/outlay").toString());
        assertThat(statusText()).isEqualTo("0 expenses in the ledger");
    }

    @Test
    void addAnExpenseThroughTheDialog() {
        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        awaitEditor();
        // Focus starts in the amount.
        write("42.90");
        type(KeyCode.TAB);
        write("Weekly groceries");
        type(KeyCode.ENTER);

        waitUntil(() -> rows().size() == 1);
        ExpenseRow row = rows().get(0);
        assertThat(row.description()).isEqualTo("Weekly groceries");
        assertThat(row.amount()).isEqualByComparingTo("42.90");
        assertThat(totalText()).isEqualTo("$42.90");
        assertThat(statusText()).isEqualTo("1 expense in the ledger");
        assertThat(editorWindow()).isNull();
    }

    @Test
    void invalidAmountShowsWhyAndSavesNothing() {
        clickOn("#addButton");
        awaitEditor();
        clickOn("#amountField").write("12.345");
        clickOn("#descriptionField").write("Coffee");

        Label error = lookup("#amountError").queryAs(Label.class);
        assertThat(error.getText()).isEqualTo("At most two decimals");
        Button save = lookup("#saveButton").queryAs(Button.class);
        assertThat(save.isDisabled()).isTrue();
        type(KeyCode.ENTER);
        clickOn("#amountField");
        eraseText(6).write("0");
        assertThat(error.getText()).isEqualTo("Must be more than zero");

        // Something was typed: leaving asks first, and discarding is a deliberate choice.
        type(KeyCode.ESCAPE);
        waitUntil(() -> lookup("#discardButton").tryQuery().isPresent());
        clickOn("#discardButton");
        waitUntil(() -> editorWindow() == null);
        waitUntil(() -> !context.tasks().isBusy());
        assertThat(context.ledger().counts().expenses()).isZero();
        assertThat(rows()).isEmpty();
    }

    @Test
    void editThenDeleteAnExpense() {
        addThroughService("Lunch", "12.50");

        clickOn("Lunch").type(KeyCode.ENTER);
        awaitEditor();
        TextField amount = lookup("#amountField").queryAs(TextField.class);
        assertThat(amount.getText()).isEqualTo("12.50");
        doubleClickOn("#amountField").eraseText(5).write("48.2");
        doubleClickOn("#descriptionField");
        push(KeyCode.CONTROL, KeyCode.A).write("Team lunch");
        clickOn("#saveButton");

        waitUntil(() -> rows().size() == 1 && rows().get(0).description().equals("Team lunch"));
        assertThat(rows().get(0).amount()).isEqualByComparingTo("48.20");
        assertThat(totalText()).isEqualTo("$48.20");

        clickOn("Team lunch").type(KeyCode.DELETE);
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        type(KeyCode.ENTER);
        waitUntil(() -> rows().isEmpty() && !context.tasks().isBusy());
        assertThat(context.ledger().counts().expenses()).isZero();
        assertThat(totalText()).isEqualTo("$0.00");
    }

    @Test
    void deleteSeveralThenUndo() {
        addThroughService("Coffee", "3.20");
        addThroughService("Bagel", "2.80");
        addThroughService("Rent", "950.00");

        clickOn("Coffee");
        press(KeyCode.CONTROL).clickOn("Bagel").release(KeyCode.CONTROL);
        type(KeyCode.DELETE);
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getHeaderText()).isEqualTo("Delete 2 expenses?");
        type(KeyCode.ENTER);
        waitUntil(() -> rows().size() == 1 && !context.tasks().isBusy());
        assertThat(totalText()).isEqualTo("$950.00");

        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        waitUntil(() -> rows().size() == 3 && !context.tasks().isBusy());
        assertThat(rows()).extracting(ExpenseRow::description).containsExactlyInAnyOrder("Coffee", "Bagel", "Rent");
        assertThat(totalText()).isEqualTo("$956.00");
    }

    @Test
    void aChangeMadeElsewhereIsNeverOverwrittenSilently() {
        addThroughService("Lunch", "12.50");
        ExpenseRow original = rows().get(0);
        clickOn("Lunch").type(KeyCode.ENTER);
        awaitEditor();
        // Meanwhile, another Outlay on the same ledger changes the amount.
        context.expenses().update(original.id(), original.version(),
                new app.outlay.domain.ExpenseDetails(original.date(), "Lunch", new java.math.BigDecimal("13.00"), null, null));
        doubleClickOn("#descriptionField");
        push(KeyCode.CONTROL, KeyCode.A).write("Lunch with Ann");
        clickOn("#saveButton");

        waitUntil(() -> lookup("#conflictMineButton").tryQuery().isPresent());
        clickOn("#conflictMineButton");

        waitUntil(() -> editorWindow() == null && !context.tasks().isBusy() && rows().get(0).description().equals("Lunch with Ann"));
        ExpenseRow saved = context.expenses().get(original.id());
        assertThat(saved.description()).isEqualTo("Lunch with Ann");
        assertThat(saved.amount()).isEqualByComparingTo("12.50");
    }

    @Test
    void theListReadsPagesAsTheUserScrollsAndSortsInTheDatabase() {
        for (int i = 1; i <= 450; i++) {
            context.expenses().add(new app.outlay.domain.ExpenseDetails(java.time.LocalDate.of(2026, 1, 1).plusDays(i % 300),
                    "Item " + i, new java.math.BigDecimal(i + ".00"), null, null));
        }
        interact(context::ledgerChanged);
        waitUntil(() -> !context.tasks().isBusy() && statusText().equals("450 expenses in the ledger"));
        assertThat(rows()).hasSize(200);
        assertThat(lookup(".shown-label").queryAs(Label.class).getText()).isEqualTo("450 expenses");
        assertThat(totalText()).isEqualTo("$101,475.00");

        // The keyboard: End goes to the last loaded row, which brings the next page.
        clickOn(rows().get(0).description());
        type(KeyCode.END);
        waitUntil(() -> rows().size() >= 400 && !context.tasks().isBusy());
        // The mouse wheel brings the rest.
        type(KeyCode.END);
        moveTo("#table").scroll(10, javafx.geometry.VerticalDirection.DOWN);
        waitUntil(() -> rows().size() == 450 && !context.tasks().isBusy());
        assertThat(rows()).extracting(ExpenseRow::id).doesNotHaveDuplicates();

        clickOn("Amount ($)");
        waitUntil(() -> !context.tasks().isBusy() && rows().get(0).amount().compareTo(java.math.BigDecimal.ONE) == 0);
        clickOn("Amount ($)");
        waitUntil(() -> !context.tasks().isBusy() && rows().get(0).amount().compareTo(new java.math.BigDecimal("450")) == 0);
        assertThat(rows()).hasSize(200);
    }

    @Test
    void searchFiltersInTheDatabase() {
        addThroughService("Weekly groceries", "40.00");
        addThroughService("Cinema", "12.00");
        addThroughService("Groceries top-up", "5.50");

        clickOn("#searchField").write("grocer");
        // Rows and totals are read by two tasks; the totals may come a moment after the rows.
        waitUntil(() -> rows().size() == 2 && !context.tasks().isBusy());
        assertThat(totalText()).isEqualTo("$45.50");
        assertThat(lookup(".shown-label").queryAs(Label.class).getText()).isEqualTo("2 expenses");

        write("zzz");
        waitUntil(() -> rows().isEmpty());
        assertThat(lookup(".state-no-match").tryQuery()).isPresent();
    }

    @Test
    void dataIsStillThereAfterTheContextIsRebuilt() throws Exception {
        addThroughService("Rent", "950.00");
        closeApp();

        startContext();

        assertThat(rows()).extracting(ExpenseRow::description).containsExactly("Rent");
        assertThat(totalText()).isEqualTo("$950.00");
    }

    private void addThroughService(String description, String amount) {
        clickOn("#addButton");
        awaitEditor();
        write(amount);
        type(KeyCode.TAB);
        write(description);
        type(KeyCode.ENTER);
        waitUntil(() -> editorWindow() == null && !context.tasks().isBusy()
                && rows().stream().anyMatch(r -> r.description().equals(description)));
    }

    /** Waits for the expense dialog and sends typing to it. */
    private void awaitEditor() {
        awaitWindowWith("#amountField");
    }

    private Window editorWindow() {
        return windowWith("#amountField");
    }
}
