package app.outlay.ui.rules;

import app.outlay.domain.MoneyFormat;
import app.outlay.service.expense.ExpenseFilter;
import app.outlay.service.rules.RuleChange;
import app.outlay.text.Texts;
import app.outlay.ui.common.ModalWindows;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.function.Function;

/**
 * The preview of "Apply rules to the list…": every change in a table, Apply saves them all as one undo step.
 * Small enough to be built here rather than in FXML; the work is in {@link ApplyRulesViewModel}.
 */
public final class ApplyRulesDialog {

    private ApplyRulesDialog() {
    }

    /** Opens the preview for the expenses {@code filter} selects; {@code onApplied} runs after the changes are saved. */
    public static Stage open(ApplyRulesViewModel model, MoneyFormat money, Texts texts, Window owner, ExpenseFilter filter,
                             Runnable onApplied) {
        TableView<RuleChange> table = new TableView<>(model.changes());
        table.setId("ruleChanges");
        table.getColumns().add(column(texts.get("rules.apply.column.date"), 100,
                change -> texts.date(change.date())));
        table.getColumns().add(column(texts.get("rules.apply.column.expense"), 260,
                change -> change.oldDescription() + "  " + money.format(change.amount())));
        table.getColumns().add(column(texts.get("rules.apply.column.change"), 360, model::describe));
        table.getColumns().add(column(texts.get("rules.apply.column.rule"), 120, RuleChange::rule));
        VBox.setVgrow(table, Priority.ALWAYS);
        Label summary = new Label();
        summary.setId("applySummary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        Label message = new Label();
        message.setId("applyMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Button apply = new Button(texts.get("rules.apply.confirm"));
        apply.setId("applyRulesButton");
        apply.setDefaultButton(true);
        apply.disableProperty().bind(model.busyProperty().or(javafx.beans.binding.Bindings.isEmpty(model.changes())));
        Button close = new Button();
        close.setId("closeApplyButton");
        close.textProperty().bind(model.closeTextProperty());
        close.setCancelButton(true);
        // Once applied, the result is the summary: the emptied table and Apply go, Close takes Enter.
        for (javafx.scene.Node gone : new javafx.scene.Node[] {table, apply}) {
            gone.visibleProperty().bind(model.appliedProperty().not());
            gone.managedProperty().bind(model.appliedProperty().not());
        }
        close.defaultButtonProperty().bind(model.appliedProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, gap, apply, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label heading = new Label(texts.get("rules.apply.heading"));
        heading.getStyleClass().add("editor-heading");
        heading.setWrapText(true); // the German heading is longer than a narrow window
        heading.setMinHeight(Region.USE_PREF_SIZE);
        VBox root = new VBox(10, heading, summary, table, message, buttons);
        root.getStyleClass().add("settings");
        root.setPadding(new Insets(20, 24, 18, 24));
        root.setPrefSize(900, 520);
        Stage stage = ModalWindows.create(owner, root);
        stage.setTitle(texts.get("rules.apply.heading"));
        apply.setOnAction(event -> model.apply(onApplied));
        close.setOnAction(event -> stage.hide());
        stage.show();
        model.preview(filter);
        return stage;
    }

    private static TableColumn<RuleChange, String> column(String title, double width, Function<RuleChange, String> value) {
        TableColumn<RuleChange, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
