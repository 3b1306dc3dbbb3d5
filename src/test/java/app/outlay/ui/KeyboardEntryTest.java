package app.outlay.ui;

import app.outlay.service.expense.ExpenseFilter;
import app.outlay.service.expense.ExpenseOrder;
import app.outlay.service.expense.ExpenseRow;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Adding an expense with the keyboard alone: no mouse click from the main window to the saved row. */
class KeyboardEntryTest extends OutlayUiTest {

    @Test
    void anExpenseIsAddedWithKeysOnly() {
        // Focus somewhere else first: in the search field (Ctrl+F), then out of it again (Esc).
        push(KeyCode.CONTROL, KeyCode.F);
        waitUntil(() -> focused() instanceof TextField field && "searchField".equals(field.getId()));
        type(KeyCode.ESCAPE);
        assertThat(windowWith("#amountField")).isNull();

        push(KeyCode.CONTROL, KeyCode.N);
        awaitWindowWith("#amountField");
        waitUntil(() -> focused() != null && "amountField".equals(focused().getId()));
        write("12.40");
        type(KeyCode.TAB);
        write("Lunch with Ann");
        type(KeyCode.TAB); // the date: today unless changed
        type(KeyCode.TAB);
        waitUntil(() -> focused() instanceof ComboBox<?> box && "categoryBox".equals(box.getId()));
        // The list starts with "no category", then the categories by name: Eating out is the first.
        type(KeyCode.DOWN);
        assertThat(((ComboBox<?>) focused()).getValue()).hasToString("Eating out");
        type(KeyCode.ENTER);

        waitUntil(() -> windowWith("#amountField") == null && !context.tasks().isBusy() && rows().size() == 1);
        ExpenseRow shown = rows().get(0);
        assertThat(shown.description()).isEqualTo("Lunch with Ann");
        assertThat(shown.amount()).isEqualByComparingTo("12.40");
        assertThat(shown.categoryName()).isEqualTo("Eating out");
        assertThat(shown.date()).isEqualTo(LocalDate.now());
        // And in the database, not only on screen.
        List<ExpenseRow> stored = context.expenses().page(new ExpenseFilter("", null, null, null), ExpenseOrder.NEWEST_FIRST, null, 10).rows();
        assertThat(stored).containsExactly(shown);
    }

    /** What has the keyboard: the focus owner of the newest focused window (a dialog, over the main window). */
    private static Node focused() {
        return Window.getWindows().stream().filter(Window::isFocused).reduce((older, newer) -> newer)
                .map(window -> window.getScene().getFocusOwner()).orElse(null);
    }
}
