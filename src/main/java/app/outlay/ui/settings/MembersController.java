package app.outlay.ui.settings;

import app.outlay.data.LedgerRoles.Member;
import app.outlay.data.LedgerRoles.Role;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** The members window of a shared ledger (MembersDialog.fxml); the work is in {@link MembersViewModel}. */
public final class MembersController {

    private final MembersViewModel model;

    @FXML private ListView<Member> membersList;
    @FXML private TextField memberField;
    @FXML private ComboBox<Role> grantRoleBox;
    @FXML private Button grantButton;
    @FXML private Button revokeButton;
    @FXML private Label membersMessage;
    @FXML private Button closeButton;

    public MembersController(MembersViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        membersList.setItems(model.members());
        membersList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Member item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : model.describe(item));
            }
        });
        // Choosing a member fills in the name, for revoke or a new role.
        membersList.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                model.memberProperty().set(chosen.user());
                model.roleToGrantProperty().set(chosen.role());
            }
        });
        memberField.textProperty().bindBidirectional(model.memberProperty());
        grantRoleBox.getItems().setAll(Role.VIEWER, Role.EDITOR, Role.OWNER);
        grantRoleBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Role role) {
                return model.describe(role);
            }

            @Override
            public Role fromString(String text) {
                return null; // not editable
            }
        });
        grantRoleBox.valueProperty().bindBidirectional(model.roleToGrantProperty());
        var noName = Bindings.createBooleanBinding(() -> model.memberProperty().get().isBlank(), model.memberProperty());
        grantButton.disableProperty().bind(model.busyProperty().or(noName));
        revokeButton.disableProperty().bind(model.busyProperty().or(noName));
        membersMessage.textProperty().bind(model.messageProperty());
        model.load();
    }

    @FXML
    private void onGrant() {
        model.grant();
    }

    @FXML
    private void onRevoke() {
        model.revoke();
    }

    @FXML
    private void onClose() {
        closeButton.getScene().getWindow().hide();
    }
}
