package app.outlay.ui.common;

import javafx.collections.ListChangeListener;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Every window the app opens gives up its focus as it closes (installed once, as the main window is built). A text field that still has the focus when its window
 * closes keeps its caret blinking, and a blinking caret keeps JavaFX drawing 60 frames a second for as long as the
 * app runs (issue #17: an untouched window must cost no CPU). Dialogs, alerts, popups and wizards alike.
 */
public final class FocusOnClose {

    private static boolean installed;

    private FocusOnClose() {
    }

    /** Watches every window from now on; once per app, on the JavaFX thread. */
    public static void installEverywhere() {
        if (installed) {
            return;
        }
        installed = true;
        Window.getWindows().forEach(FocusOnClose::watch);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(FocusOnClose::watch);
            }
        });
    }

    private static void watch(Window window) {
        window.addEventHandler(WindowEvent.WINDOW_HIDING, event -> {
            if (window.getScene() != null && window.getScene().getRoot() != null) {
                window.getScene().getRoot().requestFocus();
            }
        });
    }
}
