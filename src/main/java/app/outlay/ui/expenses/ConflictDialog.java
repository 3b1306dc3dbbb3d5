package app.outlay.ui.expenses;

import app.outlay.text.Texts;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "This expense was changed elsewhere": both versions side by side. The default (Enter, Esc) is the choice that
 * loses nothing: back to the dialog with what the user typed. Taking theirs or keeping mine is a deliberate choice.
 */
final class ConflictDialog {

    enum Choice { KEEP_EDITING, TAKE_THEIRS, KEEP_MINE }

    private ConflictDialog() {
    }

    static Choice ask(Window owner, ConflictComparison comparison, Texts texts) {
        ButtonType theirs = new ButtonType(texts.get("conflict.reload"), ButtonBar.ButtonData.LEFT);
        ButtonType mine = new ButtonType(texts.get("conflict.overwrite"), ButtonBar.ButtonData.OTHER);
        ButtonType keepEditing = new ButtonType(texts.get("conflict.keepEditing"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, null, theirs, mine, keepEditing);
        alert.initOwner(owner);
        alert.setTitle(texts.get("app.name"));
        alert.setHeaderText(texts.get("conflict.header"));
        alert.getDialogPane().getStyleClass().add("outlay-alert");
        Label explanation = new Label(texts.get("conflict.text"));
        explanation.setWrapText(true);
        alert.getDialogPane().setContent(new VBox(12, explanation, table(comparison, texts)));
        alert.getDialogPane().setPrefWidth(560);
        // The safe choice is the default: Enter keeps editing, neither version is lost.
        for (ButtonType type : alert.getButtonTypes()) {
            Button button = (Button) alert.getDialogPane().lookupButton(type);
            button.setDefaultButton(type == keepEditing);
        }
        alert.getDialogPane().lookupButton(theirs).setId("conflictTheirsButton");
        alert.getDialogPane().lookupButton(mine).setId("conflictMineButton");
        alert.getDialogPane().lookupButton(keepEditing).setId("conflictKeepEditingButton");
        ButtonType chosen = alert.showAndWait().orElse(keepEditing);
        return chosen == theirs ? Choice.TAKE_THEIRS : chosen == mine ? Choice.KEEP_MINE : Choice.KEEP_EDITING;
    }

    private static GridPane table(ConflictComparison comparison, Texts texts) {
        GridPane grid = new GridPane();
        grid.setId("conflictTable");
        grid.setHgap(16);
        grid.setVgap(6);
        ColumnConstraints field = new ColumnConstraints();
        ColumnConstraints value = new ColumnConstraints();
        value.setHgrow(Priority.ALWAYS);
        value.setPercentWidth(40);
        grid.getColumnConstraints().addAll(field, value, value);
        grid.addRow(0, new Label(), heading(texts.get("conflict.mine")), heading(texts.get("conflict.theirs")));
        int row = 1;
        for (ConflictComparison.Line line : comparison.lines()) {
            grid.addRow(row++, new Label(line.field()), value(line.mine(), line.differs()), value(line.theirs(), line.differs()));
        }
        return grid;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("conflict-heading");
        return label;
    }

    private static Label value(String text, boolean differs) {
        Label label = new Label(text);
        label.setWrapText(true);
        if (differs) {
            label.getStyleClass().add("conflict-differs");
        }
        return label;
    }
}
