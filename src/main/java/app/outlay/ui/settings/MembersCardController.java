package app.outlay.ui.settings;

import app.outlay.service.OpenLedger;
import app.outlay.text.Texts;
import app.outlay.ui.common.AppState;
import app.outlay.ui.common.ViewLoader;
import app.outlay.data.LedgerRoles.Role;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

/**
 * The settings dialog's card for a shared ledger (MembersPane.fxml): this user's role, as the window already knows
 * it (AppState holds it from when a ledger opens), and for an owner the button to the members window.
 */
public final class MembersCardController {

    private final AppState state;
    private final Texts texts;
    private final ViewLoader views;

    @FXML private Node membersPane;
    @FXML private Label roleLabel;
    @FXML private Button membersButton;

    public MembersCardController(AppState state, Texts texts, ViewLoader views) {
        this.state = state;
        this.texts = texts;
        this.views = views;
    }

    @FXML
    private void initialize() {
        BooleanBinding shared = Bindings.createBooleanBinding(() -> {
            OpenLedger ledger = state.ledgerProperty().get();
            return ledger != null && ledger.shared();
        }, state.ledgerProperty());
        membersPane.visibleProperty().bind(shared);
        membersPane.managedProperty().bind(shared);
        roleLabel.textProperty().bind(Bindings.createStringBinding(this::roleText,
                state.roleProperty(), state.ledgerProperty()));
        BooleanBinding owner = state.roleProperty().isEqualTo(Role.OWNER);
        membersButton.visibleProperty().bind(owner);
        membersButton.managedProperty().bind(owner);
    }

    private String roleText() {
        OpenLedger database = state.ledgerProperty().get();
        Role role = state.roleProperty().get();
        return database == null || role == null ? "" : texts.format("members.you", database.settings().user(),
                texts.get("role." + role.word()));
    }

    @FXML
    private void onMembers() {
        MembersDialog.open(views, membersButton.getScene().getWindow());
    }
}
