package app.outlay.ui.main;

import app.outlay.data.ConnectionProblem;
import app.outlay.data.DatabaseSettings;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Shown when the configured database cannot be opened at launch: the reason, and what the user can do about it.
 * Never a crash, never a silent fallback to another database.
 */
final class StartupFailureDialog {

    enum Choice { RETRY, OPEN_SETTINGS, USE_EMBEDDED, QUIT }

    /** The user's choice, and the password typed where one was asked for (else null). */
    record Answer(Choice choice, String password) {
    }

    private StartupFailureDialog() {
    }

    static Answer ask(Window owner, DatabaseSettings target, ConnectionProblem problem) {
        ButtonType retry = new ButtonType("Retry", ButtonBar.ButtonData.OK_DONE);
        ButtonType settings = new ButtonType("Open settings\u2026", ButtonBar.ButtonData.OTHER);
        ButtonType embedded = new ButtonType("Use the embedded database this time", ButtonBar.ButtonData.OTHER);
        ButtonType quit = new ButtonType("Quit", ButtonBar.ButtonData.CANCEL_CLOSE);

        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Outlay");
        dialog.setHeaderText("Outlay could not open " + target.displayName());
        Label reason = new Label(problem.message());
        reason.setWrapText(true);
        reason.setMaxWidth(520);
        VBox content = new VBox(10, reason);
        PasswordField password = new PasswordField();
        if (problem.needsPassword()) {
            password.setPromptText("Password for " + target.user());
            password.setId("startupPassword");
            content.getChildren().addAll(new Label("Password for user '" + target.user() + "':"), password);
        }
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(retry, settings);
        if (target.kind() == DatabaseSettings.Kind.POSTGRESQL) {
            dialog.getDialogPane().getButtonTypes().add(embedded);
        }
        dialog.getDialogPane().getButtonTypes().add(quit);
        dialog.getDialogPane().setMinWidth(560);
        dialog.setOnShown(event -> password.requestFocus());

        ButtonType chosen = dialog.showAndWait().orElse(quit);
        String typed = password.getText().isEmpty() ? null : password.getText();
        if (chosen == retry) {
            return new Answer(Choice.RETRY, typed);
        }
        if (chosen == settings) {
            return new Answer(Choice.OPEN_SETTINGS, typed);
        }
        return new Answer(chosen == embedded ? Choice.USE_EMBEDDED : Choice.QUIT, null);
    }
}
