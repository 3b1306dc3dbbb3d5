package app.outlay.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * A dialog a person can read at a glance: about {@value #READABLE} px wide, its text wrapped, its buttons each as
 * wide as their own label. A button bar gives every button the width of the widest one by default, so one long
 * label ("Use the embedded database this time") stretched the others and made dialogs over 1,100 px wide.
 */
public final class DialogWidths {

    /** The width a dialog's text is wrapped to. */
    public static final double READABLE = 480;

    private DialogWidths() {
    }

    /** Call once the dialog's buttons are in place. */
    public static void readable(DialogPane pane) {
        for (ButtonType type : pane.getButtonTypes()) {
            Node button = pane.lookupButton(type);
            if (button != null) {
                ButtonBar.setButtonUniformSize(button, false);
            }
        }
        if (pane.getContent() instanceof Region content && content.getPrefWidth() < 0) {
            content.setPrefWidth(READABLE);
        }
        // The header names e.g. the database, which can be long: wrap it too rather than widen the dialog.
        if (pane.lookup(".header-panel .label") instanceof Label header) {
            header.setWrapText(true);
            header.setPrefWidth(READABLE);
        }
    }
}
