package app.outlay.ui.common;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextInputControl;

/**
 * Gives a dialog's field the keyboard once the dialog is on screen, so typing goes into it and Enter does not confirm
 * the value the dialog opened with. A dialog's "shown" event comes before its window is shown (so that it arrives
 * before {@code showAndWait} blocks), and a focus asked for then is lost to the default button: ask again once the
 * window is up.
 */
public final class DialogFocus {

    private DialogFocus() {
    }

    /** Focuses {@code field} when the dialog opens; a text field's text is selected, so typing replaces it. */
    public static void startIn(Dialog<?> dialog, Node field) {
        dialog.setOnShown(event -> Platform.runLater(() -> {
            field.requestFocus();
            if (field instanceof TextInputControl text) {
                text.selectAll();
            }
        }));
    }
}
