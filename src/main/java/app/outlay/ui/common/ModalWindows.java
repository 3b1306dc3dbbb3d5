package app.outlay.ui.common;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/** The app's own dialog windows: modal to their owner, styled like it (the theme follows too, see Themes). */
public final class ModalWindows {

    private ModalWindows() {
    }

    public static Stage create(Window owner, Parent root) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        Scene scene = new Scene(root);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        // A text field that still has the focus when its window closes keeps its caret blinking, which keeps JavaFX
        // drawing 60 frames a second for as long as the app runs (issue #17): hand the focus to the root first.
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, event -> root.requestFocus());
        return stage;
    }
}
