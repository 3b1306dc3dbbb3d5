package app.outlay.ui.main;

import app.outlay.ui.common.DialogFocus;
import app.outlay.ui.common.DialogWidths;
import app.outlay.ui.main.StartupFailureModel.Answer;
import app.outlay.ui.main.StartupFailureModel.Choice;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.EnumMap;
import java.util.Map;

/**
 * Shown when the configured database cannot be opened at launch: the reason, and what the user can do about it.
 * Never a crash, never a silent fallback to another database. What it says is {@link StartupFailureModel}'s.
 */
final class StartupFailureDialog {

    private StartupFailureDialog() {
    }

    static Answer ask(Window owner, StartupFailureModel model, app.outlay.text.Texts texts) {
        Map<Choice, ButtonType> buttons = new EnumMap<>(Choice.class);
        buttons.put(Choice.RETRY, new ButtonType(model.retryLabel(), ButtonBar.ButtonData.OK_DONE));
        buttons.put(Choice.OPEN_SETTINGS, new ButtonType(texts.get("startup.settings"), ButtonBar.ButtonData.OTHER));
        buttons.put(Choice.USE_EMBEDDED, new ButtonType(texts.get("startup.embedded"), ButtonBar.ButtonData.OTHER));
        buttons.put(Choice.QUIT, new ButtonType(texts.get("startup.quit"), ButtonBar.ButtonData.CANCEL_CLOSE));

        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(texts.get("app.name"));
        dialog.setHeaderText(model.header());
        Label reason = new Label(model.reason());
        reason.setWrapText(true);
        VBox content = new VBox(10, reason);
        PasswordField password = new PasswordField();
        if (model.asksPassword()) {
            password.setPromptText(model.passwordPrompt());
            password.setAccessibleText(model.passwordPrompt());
            password.setId("startupPassword");
            content.getChildren().addAll(new Label(model.passwordLabel()), password);
        }
        dialog.getDialogPane().setContent(content);
        for (Choice choice : model.choices()) {
            dialog.getDialogPane().getButtonTypes().add(buttons.get(choice));
        }
        if (model.promptsForPassword()) {
            // Nothing to open with until a password is typed.
            dialog.getDialogPane().lookupButton(buttons.get(Choice.RETRY)).disableProperty().bind(password.textProperty().isEmpty());
        }
        DialogWidths.readable(dialog.getDialogPane());
        DialogFocus.startIn(dialog, password);

        ButtonType chosen = dialog.showAndWait().orElse(buttons.get(Choice.QUIT));
        Choice choice = buttons.entrySet().stream().filter(entry -> entry.getValue() == chosen).map(Map.Entry::getKey)
                .findFirst().orElse(Choice.QUIT);
        return model.answer(choice, password.getText());
    }
}
