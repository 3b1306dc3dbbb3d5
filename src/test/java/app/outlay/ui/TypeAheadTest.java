package app.outlay.ui;

import app.outlay.service.category.CategoryRow;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Typing letters on a category box selects the first category starting with them. */
class TypeAheadTest extends OutlayUiTest {

    @Test
    void theFilterBoxSelectsByTypedLetters() {
        ComboBox<CategoryRow> box = box("#categoryBox");
        interact(box::requestFocus);
        waitUntil(box::isFocused);

        write("h");
        waitUntil(() -> box.getValue() != null && box.getValue().id() > 0);
        assertThat(box.getValue().name()).isEqualTo("Health");
        write("o");
        assertThat(box.getValue().name()).isEqualTo("Housing");
    }

    @Test
    void theExpenseEditorsBoxSelectsByTypedLettersToo() {
        push(KeyCode.CONTROL, KeyCode.N);
        awaitWindowWith("#amountField");
        ComboBox<CategoryRow> box = box("#categoryBox", "#amountField");
        interact(box::requestFocus);
        waitUntil(box::isFocused);

        write("trav");
        waitUntil(() -> box.getValue() != null && "Travel".equals(box.getValue().name()));
        write("u");
        assertThat(box.getValue().name()).as("no category starts with 'travu': the choice stays").isEqualTo("Travel");
    }

    @SuppressWarnings("unchecked")
    private ComboBox<CategoryRow> box(String id) {
        return lookup(id).queryAs(ComboBox.class);
    }

    /** The combo box {@code id} in the window that holds {@code windowId}. */
    @SuppressWarnings("unchecked")
    private ComboBox<CategoryRow> box(String id, String windowId) {
        return (ComboBox<CategoryRow>) windowWith(windowId).getScene().lookup(id);
    }
}
