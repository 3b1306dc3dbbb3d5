package app.outlay.ui.settings;

import app.outlay.text.Texts;
import app.outlay.ui.common.AppState;
import app.outlay.ui.common.ViewLoader;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

/**
 * The settings dialog's card for a shared ledger (MembersPane.fxml): this user's role, as the window already knows
 * it (AppState holds it from when a ledger opens), and for an owner the button to the members window. State in
 * {@link MembersCardViewModel}.
 */
public final class MembersCardController {

    private final MembersCardViewModel model;
    private final ViewLoader views;

    @FXML private Node membersPane;
    @FXML private Label roleLabel;
    @FXML private Button membersButton;

    public MembersCardController(AppState state, Texts texts, ViewLoader views) {
        this.model = new MembersCardViewModel(state.ledgerProperty(), state.roleProperty(), texts);
        this.views = views;
    }

    @FXML
    private void initialize() {
        membersPane.visibleProperty().bind(model.shared());
        membersPane.managedProperty().bind(model.shared());
        roleLabel.textProperty().bind(model.roleText());
        membersButton.visibleProperty().bind(model.owner());
        membersButton.managedProperty().bind(model.owner());
    }

    @FXML
    private void onMembers() {
        MembersDialog.open(views, membersButton.getScene().getWindow());
    }
}
