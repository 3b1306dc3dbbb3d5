package app.outlay.ui.main;

import app.outlay.text.Texts;
import app.outlay.ui.common.DialogFocus;
import app.outlay.ui.common.DialogWidths;
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

    static Answer ask(Window owner, DatabaseSettings target, ConnectionProblem problem, Texts texts) {
        ButtonType retry = new ButtonType(texts.get("startup.retry"), ButtonBar.ButtonData.OK_DONE);
        ButtonType settings = new ButtonType(texts.get("startup.settings"), ButtonBar.ButtonData.OTHER);
        ButtonType embedded = new ButtonType(texts.get("startup.embedded"), ButtonBar.ButtonData.OTHER);
        ButtonType quit = new ButtonType(texts.get("startup.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);

        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(texts.get("app.name"));
        dialog.setHeaderText(texts.format("startup.header", target.displayName()));
        Label reason = new Label(texts.of(problem.text()));
        reason.setWrapText(true);
        VBox content = new VBox(10, reason);
        PasswordField password = new PasswordField();
        if (problem.needsPassword()) {
            // The embedded ledger's password is the ledger's own (its file is encrypted), not a user's.
            boolean ledger = target.kind() == DatabaseSettings.Kind.H2;
            String prompt = ledger ? texts.get("startup.ledgerPassword.prompt") : texts.format("startup.password.prompt", target.user());
            password.setPromptText(prompt);
            password.setAccessibleText(prompt);
            password.setId("startupPassword");
            content.getChildren().addAll(new Label(ledger ? texts.get("startup.ledgerPassword")
                    : texts.format("startup.password", target.user())), password);
        }
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(retry, settings);
        if (target.kind() == DatabaseSettings.Kind.POSTGRESQL) {
            dialog.getDialogPane().getButtonTypes().add(embedded);
        }
        dialog.getDialogPane().getButtonTypes().add(quit);
        DialogWidths.readable(dialog.getDialogPane());
        DialogFocus.startIn(dialog, password);

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
