package app.outlay.ui.common;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

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
        return stage;
    }
}
