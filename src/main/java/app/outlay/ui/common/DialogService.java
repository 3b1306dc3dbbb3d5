package app.outlay.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
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

/** Dialogs for errors and confirmations. Every error shown is logged once, with its stack trace. */
public final class DialogService {

    private static final Logger log = LoggerFactory.getLogger(DialogService.class);

    private final Supplier<Window> owner;

    public DialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    /** Shows "what failed" with a human reason; the technical details can be expanded. */
    public void showError(String whatFailed, Throwable failure) {
        log.error("{}", whatFailed, failure);
        Alert alert = new Alert(Alert.AlertType.ERROR);
        prepare(alert);
        alert.setTitle("Outlay");
        alert.setHeaderText(whatFailed);
        alert.setContentText(UserMessages.describe(failure));
        alert.getDialogPane().setExpandableContent(details(failure));
        alert.showAndWait();
    }

    /** Asks before something that cannot be undone; true when the user chose the action. */
    public boolean confirm(String header, String content, String actionLabel) {
        ButtonType action = new ButtonType(actionLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, content, action, cancel);
        prepare(alert);
        alert.setTitle("Outlay");
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

    private static GridPane details(Throwable failure) {
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
        pane.add(new Label("Details (also written to the log):"), 0, 0);
        pane.add(text, 0, 1);
        return pane;
    }
}
