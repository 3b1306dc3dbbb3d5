package app.outlay.ui.rules;

import app.outlay.ui.common.ModalWindows;
import app.outlay.ui.common.ViewLoader;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the rules window (Tools ▸ Rules…). */
public final class RulesDialog {

    private RulesDialog() {
    }

    public static Stage open(ViewLoader views, Window owner) {
        ViewLoader.View<RulesController> view = views.load(RulesController.class, "RulesView.fxml");
        Stage stage = ModalWindows.create(owner, view.root());
        stage.setTitle(views.messages().getString("rules.heading"));
        stage.show();
        return stage;
    }
}
