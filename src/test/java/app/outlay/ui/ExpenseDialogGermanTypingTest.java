package app.outlay.ui;

import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** In German the date is typed day first: what is typed over the selected date is what is saved. */
class ExpenseDialogGermanTypingTest extends OutlayUiTest {

    @Override
    protected Locale locale() {
        return Locale.GERMANY;
    }

    @Test
    void aGermanDateTypedOverTheSelectionIsSavedExactly() {
        targetWindow(stage);
        push(KeyCode.CONTROL, KeyCode.N);
        awaitWindowWith("#amountField");
        write("12,50");
        type(KeyCode.TAB);
        write("Bäckerei");
        type(KeyCode.TAB);
        waitUntil(() -> ExpenseDialogTypingTest.focused() instanceof DatePicker);
        write("28.11.2026");
        push(KeyCode.CONTROL, KeyCode.ENTER);
        waitUntil(() -> windowWith("#amountField") == null && !context.tasks().isBusy() && rows().size() == 1);
        assertThat(rows().get(0).date()).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(rows().get(0).description()).isEqualTo("Bäckerei");
        assertThat(rows().get(0).amount()).isEqualByComparingTo("12.50");
    }
}
