package app.outlay.ui;

import app.outlay.domain.Frequency;
import app.outlay.service.expense.ExpenseRow;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** A monthly expense that started three months ago: saving it fills in the months since, and says so. */
class RecurringSaveTest extends OutlayUiTest {

    @Test
    void savingASeriesThatStartedEarlierAddsTheMissedOccurrencesAndTellsTheUser() {
        LocalDate start = LocalDate.now().minusMonths(3);
        push(KeyCode.CONTROL, KeyCode.N);
        awaitWindowWith("#amountField");
        clickOn("#amountField").write("29.90");
        clickOn("#descriptionField").write("Gym");
        interact(() -> {
            ((DatePicker) windowWith("#datePicker").getScene().lookup("#datePicker")).setValue(start);
            @SuppressWarnings("unchecked")
            ComboBox<Frequency> repeat = (ComboBox<Frequency>) windowWith("#repeatBox").getScene().lookup("#repeatBox");
            repeat.setValue(Frequency.MONTHLY);
        });
        clickOn("#saveButton");

        waitUntil(() -> windowWith("#amountField") == null && !context.tasks().isBusy() && rows().size() == 4
                && lookup("#noticeBar").query().isVisible());
        assertThat(rows()).extracting(ExpenseRow::date).containsExactlyInAnyOrder(start,
                Frequency.MONTHLY.occurrence(start, 1), Frequency.MONTHLY.occurrence(start, 2), Frequency.MONTHLY.occurrence(start, 3));
        assertThat(lookup("#noticeLabel").queryAs(Label.class).getText())
                .startsWith("Added 3 recurring expenses that fell due: Gym on ");
    }
}
