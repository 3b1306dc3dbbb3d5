package app.outlay.ui.common;

import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A text area in a form is left with Tab like every other field; JavaFX's own text area types a tab character
 * instead, a trap for anyone using the keyboard (Ctrl+Tab, its way out, is unknown to most).
 */
public final class TextAreaKeys {

    private TextAreaKeys() {
    }

    /** Tab moves on, to {@code next} when given and focusable, else to the next control; Shift+Tab goes back. */
    public static void tabMovesFocus(TextArea area, Node next) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() != KeyCode.TAB || event.isShiftDown() || event.isShortcutDown()) {
                return; // Shift+Tab already goes back; Ctrl+Tab already moves on
            }
            event.consume();
            if (next != null && !next.isDisabled() && next.isVisible()) {
                next.requestFocus();
            } else {
                // The text area's own binding for Ctrl+Tab moves the focus on, as Tab does everywhere else.
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, false, true, false, false));
            }
        });
    }
}
