package app.outlay.ui.settings;

import app.outlay.ui.common.ModalWindows;
import app.outlay.ui.common.ViewLoader;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the settings dialog. */
public final class SettingsDialog {

    private SettingsDialog() {
    }

    /**
     * @param password  a password to pre-fill (the launch dialog asked for it), or null
     * @param onClosed  called after the dialog closed, whether or not it switched
     */
    public static void open(ViewLoader views, Window owner, String password, Runnable onSwitched, Runnable onClosed) {
        ViewLoader.View<SettingsController> view = views.load(SettingsController.class, "SettingsDialog.fxml");
        Stage stage = ModalWindows.create(owner, view.root());
        stage.setTitle(views.messages().getString("settings.title"));
        stage.setResizable(false);
        view.controller().start(stage, onSwitched);
        if (password != null) {
            view.controller().usePassword(password);
        }
        stage.setOnHidden(event -> onClosed.run());
        stage.show();
    }
}
