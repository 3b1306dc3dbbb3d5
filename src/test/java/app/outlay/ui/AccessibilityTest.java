package app.outlay.ui;

import app.outlay.ui.common.Period;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a screen reader announces, and that the keyboard's focus can be seen. */
class AccessibilityTest extends OutlayUiTest {

    @Test
    void theMainControlsTellAScreenReaderWhatTheyAre() {
        // The date pickers are made when "custom" is first chosen.
        interact(() -> lookup("#periodBox").<javafx.scene.control.ComboBox<Period>>query().setValue(Period.CUSTOM));
        for (String id : List.of("#searchField", "#table", "#periodBox", "#categoryBox", "#kindButton", "#tagsButton", "#fromPicker", "#toPicker")) {
            assertThat(lookup(id).query().getAccessibleText()).as(id).isNotBlank();
        }
        clickOn("#categoriesNav");
        for (String id : List.of("#colourPicker", ".categories-view #table")) {
            waitUntil(() -> lookup(id).tryQuery().isPresent());
            assertThat(lookup(id).query().getAccessibleText()).as(id).isNotBlank();
        }
        clickOn("#reportsNav");
        for (String id : List.of("#pieChart", "#monthChart", "#stackedChart", "#categoryTable", "#reportPeriodBox")) {
            waitUntil(() -> lookup(id).tryQuery().isPresent());
            assertThat(lookup(id).query().getAccessibleText()).as(id).isNotBlank();
        }
    }

    @Test
    void theExpenseDialogsFieldsAreNamedByTheirLabels() {
        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> windowWith("#amountField") != null);
        List<Node> labels = List.copyOf(windowWith("#amountField").getScene().getRoot().lookupAll(".label"));
        for (String field : List.of("amountField", "descriptionField", "datePicker", "categoryBox", "repeatBox", "untilPicker", "notesArea")) {
            assertThat(labels).as(field).anyMatch(label -> ((Label) label).getLabelFor() != null
                    && field.equals(((Label) label).getLabelFor().getId()));
        }
        interact(() -> windowWith("#amountField").hide());
    }

    @Test
    void theFocusedTableAndScreenButtonShowARing() {
        Node table = lookup("#table").query();
        Node nav = lookup("#categoriesNav").query();
        interact(() -> lookup("#searchField").query().requestFocus());
        Color tableBefore = pixel(table, 1, 60);
        Color navBefore = pixel(nav, 1, 10);

        interact(table::requestFocus);
        Color tableFocused = pixel(table, 1, 60);
        interact(nav::requestFocus);
        Color navFocused = pixel(nav, 1, 10);

        assertThat(tableFocused).isNotEqualTo(tableBefore);
        assertThat(navFocused).isNotEqualTo(navBefore);
        // The ring is the focus colour (the accent), strong enough to see against the white and grey around it.
        for (Color ring : List.of(tableFocused, navFocused)) {
            assertThat(ring.getBlue()).as(ring.toString()).isGreaterThan(ring.getRed() + 0.3);
        }
    }

    /** The colour of one pixel of {@code node} as drawn now (a snapshot, taken on the FX thread). */
    private Color pixel(Node node, int x, int y) {
        Color[] colour = new Color[1];
        interact(() -> {
            WritableImage image = node.snapshot(null, null);
            colour[0] = image.getPixelReader().getColor(x, y);
        });
        return colour[0];
    }
}
