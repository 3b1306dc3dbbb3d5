package app.outlay.ui.main;

import app.outlay.data.DatabaseSettings;
import app.outlay.service.ledger.DatabaseService;
import app.outlay.service.ledger.OpenLedger;
import app.outlay.text.InvalidInputException;
import app.outlay.text.Texts;
import app.outlay.ui.common.AppState;
import app.outlay.ui.common.DialogService;
import app.outlay.ui.common.TaskRunner;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Optional;

/**
 * File ▸ Protect with a password…: encrypts the embedded ledger and its backups with a password (after a warning
 * that a lost password cannot be recovered), changes it, or removes the protection, the last two only with the
 * current password; see {@link DatabaseService#changeProtection}.
 * The ledger is closed for the conversion, on the background thread that runs every database task, then opened again.
 */
final class ProtectionActions {

    private final DatabaseService databases;
    private final AppState state;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Texts texts;

    ProtectionActions(DatabaseService databases, AppState state, TaskRunner tasks, DialogService dialogs, Texts texts) {
        this.databases = databases;
        this.state = state;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.texts = texts;
    }

    void protect(Window owner) {
        OpenLedger inUse = state.ledgerProperty().get();
        if (inUse == null) {
            return;
        }
        DatabaseSettings ledger = inUse.settings();
        if (ledger.kind() != DatabaseSettings.Kind.H2) {
            inform(owner, texts().get("protect.onlyEmbedded"));
            return;
        }
        ButtonType remove = new ButtonType(texts().get("protect.remove"), ButtonBar.ButtonData.OTHER);
        ProtectionForm form = new ProtectionForm(texts(), ledger.isProtected());
        Optional<ButtonType> chosen = ask(owner, form, remove);
        if (chosen.isEmpty() || chosen.get().getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE) {
            return;
        }
        boolean removing = chosen.get() == remove;
        String current = form.isProtected() ? form.currentProperty().get() : null;
        String password = removing ? null : form.passwordProperty().get();
        tasks.run(() -> databases.changeProtection(current, password), outcome -> {
            databases.use(outcome.reopened());
            if (outcome.failure() != null) {
                dialogs.showError(texts().get("protect.failed"), outcome.failure());
            } else {
                inform(owner, texts().format(removing ? "protect.removed" : "protect.done", outcome.backups()));
            }
        }, failure -> {
            if (failure instanceof InvalidInputException wrong) {
                // A mistyped current password is no fault of Outlay's: said, not logged as an error.
                dialogs.inform(texts().get("protect.failed"), texts().of(wrong.explanation()));
            } else {
                dialogs.showError(texts().get("protect.failed"), failure);
            }
        });
    }

    private Optional<ButtonType> ask(Window owner, ProtectionForm form, ButtonType remove) {
        boolean isProtected = form.isProtected();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(texts().get("app.name"));
        dialog.setHeaderText(texts().get(isProtected ? "protect.change.header" : "protect.header"));
        PasswordField current = passwordField("protectCurrent", "protect.current", form.currentProperty());
        String passwordLabel = isProtected ? "protect.newPassword" : "protect.password";
        String repeatedLabel = isProtected ? "protect.newRepeated" : "protect.repeated";
        PasswordField password = passwordField("protectPassword", passwordLabel, form.passwordProperty());
        PasswordField repeated = passwordField("protectRepeated", repeatedLabel, form.repeatedProperty());
        Label warning = new Label(texts().get("protect.warning"));
        warning.setWrapText(true);
        warning.setMaxWidth(480);
        Label problem = new Label();
        problem.setId("protectProblem");
        problem.textProperty().bind(form.problemProperty());
        VBox content = new VBox(8, warning);
        if (isProtected) {
            content.getChildren().addAll(new Label(texts().get("protect.current")), current);
        }
        content.getChildren().addAll(new Label(texts().get(passwordLabel)), password, new Label(texts().get(repeatedLabel)),
                repeated, problem);
        dialog.getDialogPane().setContent(content);
        ButtonType apply = new ButtonType(texts().get(isProtected ? "protect.change" : "protect.action"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().add(apply);
        if (isProtected) {
            dialog.getDialogPane().getButtonTypes().add(remove);
            dialog.getDialogPane().lookupButton(remove).disableProperty().bind(form.removableProperty().not());
        }
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(apply).disableProperty().bind(form.problemProperty().isNotNull());
        PasswordField first = isProtected ? current : password;
        dialog.setOnShown(event -> first.requestFocus());
        return dialog.showAndWait();
    }

    private PasswordField passwordField(String id, String labelKey, javafx.beans.property.StringProperty value) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setAccessibleText(texts().get(labelKey));
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private Texts texts() {
        return texts;
    }

    private void inform(Window owner, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
        alert.initOwner(owner);
        alert.setTitle(texts().get("app.name"));
        alert.setHeaderText(texts().get("protect.title"));
        alert.showAndWait();
    }
}
