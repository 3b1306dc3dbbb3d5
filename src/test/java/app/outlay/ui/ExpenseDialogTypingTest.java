package app.outlay.ui;

import app.outlay.service.expense.ExpenseFilter;
import app.outlay.service.expense.ExpenseOrder;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.domain.ExpenseDetails;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The expense dialog saves exactly what was typed, keyboard only: a date typed over the selected date text, notes
 * that are left with Tab, Ctrl+Enter from any field, and a changed dialog that is not thrown away without asking.
 */
class ExpenseDialogTypingTest extends OutlayUiTest {

    @Test
    void aDateTypedOverTheSelectionIsSavedExactly() {
        addWithTypedDate("12/1/2026", "December");
        addWithTypedDate("11/28/2026", "November");
        assertThat(stored()).extracting(ExpenseRow::description, ExpenseRow::date).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("December", LocalDate.of(2026, 12, 1)),
                org.assertj.core.groups.Tuple.tuple("November", LocalDate.of(2026, 11, 28)));
    }

    @Test
    void tabbingIntoTheDateSelectsItsText() {
        openNewExpense();
        write("5");
        type(KeyCode.TAB);
        write("Bus");
        type(KeyCode.TAB);
        waitUntil(() -> focused() instanceof DatePicker);
        TextField editor = ((DatePicker) focused()).getEditor();
        waitUntil(() -> !editor.getText().isEmpty() && editor.getSelectedText().equals(editor.getText()));
        type(KeyCode.ESCAPE);
        waitUntil(() -> windowWith("#discardButton") != null);
        interact(() -> lookup("#discardButton").queryButton().fire());
        waitUntil(() -> windowWith("#amountField") == null);
    }

    @Test
    void tabLeavesTheNotesAndCtrlEnterSavesFromThere() {
        openNewExpense();
        write("7.25");
        type(KeyCode.TAB);
        write("Cinema");
        focusNotes();
        write("With Ann");
        type(KeyCode.TAB);
        waitUntil(() -> focused() != null && "saveButton".equals(focused().getId()));
        assertThat(notes().getText()).isEqualTo("With Ann");
        // Back into the notes, then save from there.
        focusNotes();
        push(KeyCode.CONTROL, KeyCode.ENTER);
        waitUntil(() -> windowWith("#amountField") == null && !context.tasks().isBusy());
        assertThat(stored()).singleElement().satisfies(row -> {
            assertThat(row.description()).isEqualTo("Cinema");
            assertThat(row.notes()).isEqualTo("With Ann");
            assertThat(row.amount()).isEqualByComparingTo("7.25");
        });
    }

    @Test
    void cancellingAChangedDialogAsksFirstAndKeepsEditingByDefault() {
        openNewExpense();
        write("19.99");
        type(KeyCode.TAB);
        write("Book");
        type(KeyCode.ESCAPE);
        waitUntil(() -> windowWith("#discardButton") != null);
        // The safe answer is the default: Enter goes back to the dialog with everything still typed.
        targetWindow(windowWith("#discardButton"));
        type(KeyCode.ENTER);
        waitUntil(() -> windowWith("#discardButton") == null);
        assertThat(windowWith("#amountField")).isNotNull();
        assertThat(lookup("#descriptionField").queryAs(TextField.class).getText()).isEqualTo("Book");
        // Asked again, the user chooses to discard: nothing is saved.
        targetWindow(windowWith("#amountField"));
        type(KeyCode.ESCAPE);
        waitUntil(() -> windowWith("#discardButton") != null);
        interact(() -> lookup("#discardButton").queryButton().fire());
        waitUntil(() -> windowWith("#amountField") == null);
        assertThat(stored()).isEmpty();
    }

    @Test
    void anUntouchedDialogClosesWithoutAsking() {
        openNewExpense();
        type(KeyCode.ESCAPE);
        waitUntil(() -> windowWith("#amountField") == null);
        assertThat(windowWith("#discardButton")).isNull();
    }

    @Test
    void aConflictShowsBothVersionsAndEnterKeepsEditing() {
        addWithTypedDate("11/2/2026", "Groceries");
        ExpenseRow original = stored().get(0);
        // Open it for editing, then someone else saves it meanwhile.
        interact(() -> {
            TableView<?> table = lookup("#table").queryAs(TableView.class);
            table.getSelectionModel().select(0);
            table.requestFocus();
        });
        type(KeyCode.ENTER);
        awaitWindowWith("#amountField");
        context.expenses().update(original.id(), original.version(), new ExpenseDetails(original.date(),
                "Groceries and wine", new BigDecimal("24.00"), null, "changed elsewhere"));
        interact(() -> lookup("#descriptionField").queryAs(TextField.class).requestFocus());
        push(KeyCode.CONTROL, KeyCode.A);
        write("Weekly groceries");
        push(KeyCode.CONTROL, KeyCode.ENTER);

        waitUntil(() -> windowWith("#conflictTable") != null);
        GridPane table = (GridPane) windowWith("#conflictTable").getScene().lookup("#conflictTable");
        assertThat(table.getChildren()).filteredOn(Label.class::isInstance).extracting(node -> ((Label) node).getText())
                .contains("Weekly groceries", "Groceries and wine", "changed elsewhere");
        // Enter is the safe choice: back to the dialog, nothing overwritten, nothing typed lost.
        targetWindow(windowWith("#conflictTable"));
        type(KeyCode.ENTER);
        waitUntil(() -> windowWith("#conflictTable") == null);
        assertThat(lookup("#descriptionField").queryAs(TextField.class).getText()).isEqualTo("Weekly groceries");
        assertThat(context.expenses().get(original.id()).description()).isEqualTo("Groceries and wine");

        // Asked again, the user keeps theirs: their version is saved, exactly as typed.
        targetWindow(windowWith("#amountField"));
        push(KeyCode.CONTROL, KeyCode.ENTER);
        waitUntil(() -> windowWith("#conflictMineButton") != null);
        interact(() -> ((Button) windowWith("#conflictMineButton").getScene().lookup("#conflictMineButton")).fire());
        waitUntil(() -> windowWith("#amountField") == null && !context.tasks().isBusy());
        ExpenseRow saved = context.expenses().get(original.id());
        assertThat(saved.description()).isEqualTo("Weekly groceries");
        assertThat(saved.amount()).isEqualByComparingTo("10");
        assertThat(saved.notes()).isNull();
    }

    private void addWithTypedDate(String typed, String description) {
        openNewExpense();
        write("10");
        type(KeyCode.TAB);
        write(description);
        type(KeyCode.TAB);
        waitUntil(() -> focused() instanceof DatePicker);
        write(typed);
        push(KeyCode.CONTROL, KeyCode.ENTER);
        waitUntil(() -> windowWith("#amountField") == null && !context.tasks().isBusy());
    }

    void openNewExpense() {
        targetWindow(stage);
        push(KeyCode.CONTROL, KeyCode.N);
        awaitWindowWith("#amountField");
        waitUntil(() -> focused() != null && "amountField".equals(focused().getId()));
    }

    private void focusNotes() {
        interact(() -> notes().requestFocus());
        waitUntil(() -> focused() instanceof TextArea);
    }

    private TextArea notes() {
        return lookup("#notesArea").queryAs(TextArea.class);
    }

    List<ExpenseRow> stored() {
        return context.expenses().page(new ExpenseFilter("", null, null, null), ExpenseOrder.NEWEST_FIRST, null, 10).rows();
    }

    /** What has the keyboard: the focus owner of the newest focused window (a dialog, over the main window). */
    static Node focused() {
        return Window.getWindows().stream().filter(Window::isFocused).reduce((older, newer) -> newer)
                .map(window -> window.getScene().getFocusOwner()).orElse(null);
    }
}
