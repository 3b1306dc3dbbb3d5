package app.outlay.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Supplier;

import app.outlay.text.Texts;

/** Dialogs for errors and confirmations. Every error shown is logged once, with its stack trace. */
public final class DialogService {

    private static final Logger log = LoggerFactory.getLogger(DialogService.class);

    private final Supplier<Window> owner;
    private final Supplier<Texts> texts;

    /** @param texts the texts in the language in use when a dialog opens */
    public DialogService(Supplier<Window> owner, Supplier<Texts> texts) {
        this.owner = owner;
        this.texts = texts;
    }

    /**
     * Shows "what failed" with a human reason; the technical details can be expanded, except for a failure that
     * explains itself (the log still has its trace).
     */
    public void showError(String whatFailed, Throwable failure) {
        log.error("{}", whatFailed, failure);
        Alert alert = new Alert(Alert.AlertType.ERROR);
        prepare(alert);
        alert.setTitle(texts.get().get("app.name"));
        alert.setHeaderText(whatFailed);
        alert.setContentText(UserMessages.describe(failure, texts.get()));
        if (!UserMessages.isExplained(failure)) {
            alert.getDialogPane().setExpandableContent(details(failure, texts.get()));
        }
        alert.showAndWait();
    }

    /**
     * Tells the user why something they asked for was not done when that is a plain fact, not a failure (e.g. an
     * undo that is another window's): information, no technical details.
     */
    public void inform(String header, String content) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        prepare(alert);
        alert.setTitle(texts.get().get("app.name"));
        alert.setHeaderText(header);
        alert.setContentText(content);
        alert.showAndWait();
    }

    /** Asks before something that cannot be undone; true when the user chose the action. */
    public boolean confirm(String header, String content, String actionLabel) {
        ButtonType action = new ButtonType(actionLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = cancelButton(texts.get());
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, content, action, cancel);
        prepare(alert);
        alert.setTitle(texts.get().get("app.name"));
        alert.setHeaderText(header);
        return alert.showAndWait().filter(action::equals).isPresent();
    }

    private void prepare(Alert alert) {
        Window window = owner.get();
        if (window != null && window.isShowing()) {
            alert.initOwner(window);
        }
        alert.getDialogPane().setMinWidth(440);
        alert.getDialogPane().getStyleClass().add("outlay-alert");
    }

    /**
     * A Cancel button in the language in use. JavaFX's own {@link ButtonType#CANCEL} keeps the language the JVM had
     * when it was first used, so it would not follow a switch of language.
     */
    public static ButtonType cancelButton(Texts texts) {
        return new ButtonType(texts.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    /** An OK button in the language in use (see {@link #cancelButton}). */
    public static ButtonType okButton(Texts texts) {
        return new ButtonType(texts.get("button.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    /**
     * Puts OK and Cancel buttons in the language in use in place of JavaFX's own on a dialog JavaFX made (a text
     * input dialog); such dialogs read the result from the button's data, which stays the same.
     */
    public static void useOwnButtons(Dialog<?> dialog, Texts texts) {
        dialog.getDialogPane().getButtonTypes().replaceAll(type -> type == ButtonType.OK ? okButton(texts)
                : type == ButtonType.CANCEL ? cancelButton(texts) : type);
    }

    private static GridPane details(Throwable failure, Texts texts) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        TextArea text = new TextArea(trace.toString());
        text.setEditable(false);
        text.setWrapText(false);
        text.setPrefRowCount(12);
        GridPane.setHgrow(text, Priority.ALWAYS);
        GridPane.setVgrow(text, Priority.ALWAYS);
        GridPane pane = new GridPane();
        pane.setMaxWidth(Double.MAX_VALUE);
        pane.add(new Label(texts.get("error.details")), 0, 0);
        pane.add(text, 0, 1);
        return pane;
    }
}
