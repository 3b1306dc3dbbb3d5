package app.outlay.ui.settings;

import app.outlay.AppContext;
import app.outlay.data.Database;
import app.outlay.data.DatabaseSettings;
import app.outlay.data.LedgerRoles.Role;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

/**
 * The settings dialog's card for a shared ledger (MembersPane.fxml): this user's role, as the window already knows
 * it (AppContext reads it when a ledger opens), and for an owner the button to the members window.
 */
public final class MembersCardController {

    private final AppContext context;

    @FXML private Node membersPane;
    @FXML private Label roleLabel;
    @FXML private Button membersButton;

    public MembersCardController(AppContext context) {
        this.context = context;
    }

    @FXML
    private void initialize() {
        BooleanBinding shared = Bindings.createBooleanBinding(() -> {
            Database database = context.activeDatabaseProperty().get();
            return database != null && database.settings().kind() == DatabaseSettings.Kind.POSTGRESQL;
        }, context.activeDatabaseProperty());
        membersPane.visibleProperty().bind(shared);
        membersPane.managedProperty().bind(shared);
        roleLabel.textProperty().bind(Bindings.createStringBinding(this::roleText,
                context.ledgerRoleProperty(), context.activeDatabaseProperty()));
        BooleanBinding owner = context.ledgerRoleProperty().isEqualTo(Role.OWNER);
        membersButton.visibleProperty().bind(owner);
        membersButton.managedProperty().bind(owner);
    }

    private String roleText() {
        Database database = context.activeDatabaseProperty().get();
        Role role = context.ledgerRoleProperty().get();
        return database == null || role == null ? "" : context.texts().format("members.you", database.settings().user(),
                context.texts().get("role." + role.word()));
    }

    @FXML
    private void onMembers() {
        MembersDialog.open(context, membersButton.getScene().getWindow());
    }
}
