package app.outlay.ui;

import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Only the current screen's button looks selected, whichever way the screen was changed. */
class NavigationFocusTest extends OutlayUiTest {

    @Test
    void ctrlTwoAndThreeMoveTheFocusRingAlongWithTheSelection() {
        clickOn("#expensesNav");
        assertThat(nav("#expensesNav").isFocused()).isTrue();

        push(KeyCode.CONTROL, KeyCode.DIGIT2);
        waitUntil(() -> nav("#categoriesNav").isSelected());
        assertOnlyTheSelectedButtonHasTheFocusRing();

        push(KeyCode.CONTROL, KeyCode.DIGIT3);
        waitUntil(() -> nav("#reportsNav").isSelected());
        assertOnlyTheSelectedButtonHasTheFocusRing();
        assertThat(nav("#reportsNav").isFocused()).isTrue();
    }

    private void assertOnlyTheSelectedButtonHasTheFocusRing() {
        for (String id : List.of("#expensesNav", "#categoriesNav", "#reportsNav")) {
            ToggleButton button = nav(id);
            assertThat(button.isFocused() && !button.isSelected()).as("%s focused but not selected", id).isFalse();
        }
    }

    private ToggleButton nav(String id) {
        return lookup(id).queryAs(ToggleButton.class);
    }
}
