package app.outlay.ui.settings;

import app.outlay.ui.common.ModalWindows;
import app.outlay.ui.common.ViewLoader;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the members window of a shared ledger (owners only; see MembersCardController). */
public final class MembersDialog {

    private MembersDialog() {
    }

    public static void open(ViewLoader views, Window owner) {
        ViewLoader.View<MembersController> view = views.load(MembersController.class, "MembersDialog.fxml");
        Stage stage = ModalWindows.create(owner, view.root());
        stage.setTitle(views.messages().getString("members.heading"));
        stage.setResizable(false);
        stage.show();
    }
}
