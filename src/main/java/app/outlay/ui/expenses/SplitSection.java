package app.outlay.ui.expenses;

import app.outlay.service.category.CategoryRow;
import app.outlay.ui.common.CategoryCell;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * The entry dialog's "Split" section (issue 21): a switch, one row per part (category, amount, note, tags, remove),
 * "Add part", what is left to assign, and why the dialog cannot save yet. All state is in {@link SplitEditorModel}.
 */
final class SplitSection extends VBox {

    private final SplitEditorModel model;
    private final Supplier<List<CategoryRow>> categories;
    private final ResourceBundle resources;
    private final VBox rows = new VBox(4);

    /** @param categories the categories a part may go in now (the entry's kind decides), "no category" first */
    SplitSection(SplitEditorModel model, Supplier<List<CategoryRow>> categories, ResourceBundle resources) {
        super(6);
        this.model = model;
        this.categories = categories;
        this.resources = resources;
        CheckBox toggle = new CheckBox(resources.getString("split.toggle"));
        toggle.setId("splitToggle");
        toggle.selectedProperty().bindBidirectional(model.enabledProperty());
        Button add = new Button(resources.getString("split.add"));
        add.setId("splitAddButton");
        add.setOnAction(event -> model.addPart());
        Label left = new Label();
        left.setId("splitLeft");
        left.textProperty().bind(model.leftTextProperty());
        HBox footer = new HBox(12, add, left);
        footer.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label problem = new Label();
        problem.setId("splitProblem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        VBox body = new VBox(6, rows, footer, problem);
        body.visibleProperty().bind(model.enabledProperty());
        body.managedProperty().bind(model.enabledProperty());
        getChildren().addAll(toggle, body);
        model.parts().addListener((ListChangeListener<SplitPartModel>) change -> {
            // Rebuilt only when parts come or go (not on every keystroke: the list also reports field changes).
            boolean structural = false;
            while (change.next()) {
                structural |= change.wasAdded() || change.wasRemoved();
            }
            if (structural) {
                rebuild();
            }
        });
        rebuild();
    }

    /** Offers the categories that fit again (the entry's kind changed). */
    void refreshCategories() {
        rebuild();
    }

    private void rebuild() {
        rows.getChildren().clear();
        for (int i = 0; i < model.parts().size(); i++) {
            rows.getChildren().add(row(model.parts().get(i), i + 1));
        }
    }

    private HBox row(SplitPartModel part, int number) {
        ComboBox<CategoryRow> category = new ComboBox<>();
        category.getItems().setAll(categories.get());
        category.setCellFactory(list -> new CategoryCell(resources));
        category.setButtonCell(new CategoryCell(resources));
        category.setValue(part.categoryProperty().get());
        category.valueProperty().addListener((obs, old, chosen) -> part.categoryProperty().set(chosen));
        category.setPrefWidth(170);
        category.setId("splitCategory" + number);
        TextField amount = field(part.amountTextProperty(), "split.part.amount.prompt", "splitAmount" + number, 90);
        amount.getStyleClass().add("amount-field");
        TextField note = field(part.noteProperty(), "split.part.note.prompt", "splitNote" + number, 150);
        HBox.setHgrow(note, Priority.ALWAYS);
        TextField tags = field(part.tagsTextProperty(), "split.part.tags.prompt", "splitTags" + number, 120);
        Button remove = new Button("\u2212");
        remove.setId("splitRemove" + number);
        remove.setTooltip(new Tooltip(resources.getString("split.remove")));
        remove.setAccessibleText(resources.getString("split.remove"));
        remove.setOnAction(event -> model.removePart(part));
        HBox row = new HBox(6, category, amount, note, tags, remove);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private TextField field(javafx.beans.property.StringProperty value, String prompt, String id, double width) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(value);
        field.setPromptText(resources.getString(prompt));
        field.setAccessibleText(resources.getString(prompt));
        field.setPrefWidth(width);
        field.setId(id);
        return field;
    }
}
