package app.outlay.ui.rules;

import app.outlay.rules.MatchType;
import app.outlay.rules.Rule;
import app.outlay.service.category.CategoryRow;
import app.outlay.text.Texts;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

import java.io.File;
import java.util.Arrays;
import java.util.Locale;

/** The rules window (RulesView.fxml); the work is in {@link RulesViewModel}. */
public final class RulesController {

    private final RulesViewModel model;
    private final Texts texts;

    @FXML private ListView<Rule> rulesList;
    @FXML private Button newButton;
    @FXML private Button upButton;
    @FXML private Button downButton;
    @FXML private Button deleteButton;
    @FXML private Button importButton;
    @FXML private Button exportButton;
    @FXML private TextField nameField;
    @FXML private ComboBox<MatchType> matchBox;
    @FXML private TextField textField;
    @FXML private TextField minField;
    @FXML private TextField maxField;
    @FXML private ComboBox<String> kindBox;
    @FXML private ComboBox<CategoryRow> categoryBox;
    @FXML private TextField descriptionField;
    @FXML private TextField noteField;
    @FXML private Label tagsLabel;
    @FXML private HBox tagsBox;
    @FXML private CheckBox enabledBox;
    @FXML private Button saveButton;
    @FXML private Button testButton;
    @FXML private Label testResult;
    @FXML private Label rulesMessage;
    @FXML private Button closeButton;

    public RulesController(RulesViewModel model, Texts texts) {
        this.texts = texts;
        this.model = model;
    }

    @FXML private java.util.ResourceBundle resources;

    @FXML
    private void initialize() {
        rulesList.setItems(model.rules());
        rulesList.setCellFactory(list -> new RuleCell());
        rulesList.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                model.selectedProperty().set(chosen);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                rulesList.getSelectionModel().clearSelection();
            } else if (rulesList.getSelectionModel().getSelectedItem() != now) {
                rulesList.getSelectionModel().select(now);
            }
        });
        matchBox.getItems().add(null);
        matchBox.getItems().addAll(MatchType.values());
        matchBox.setConverter(converter(type -> type == null ? texts.get("rules.match.none")
                : texts.get("rules.match." + type.name().toLowerCase(Locale.ROOT))));
        matchBox.valueProperty().bindBidirectional(model.matchTypeProperty());
        textField.disableProperty().bind(matchBox.valueProperty().isNull());
        kindBox.getItems().add(null);
        kindBox.getItems().addAll(Arrays.asList(Rule.KINDS));
        kindBox.setConverter(converter(kind -> kind == null ? texts.get("rules.kind.any")
                : texts.get("rules.kind." + kind.toLowerCase(Locale.ROOT))));
        kindBox.valueProperty().bindBidirectional(model.kindProperty());
        categoryBox.getItems().add(null);
        model.categoryChoices().addListener((javafx.collections.ListChangeListener<CategoryRow>) change -> {
            CategoryRow chosen = model.categoryProperty().get();
            categoryBox.getItems().setAll(model.categoryChoices());
            categoryBox.getItems().add(0, null);
            categoryBox.setValue(chosen);
        });
        categoryBox.setConverter(converter(row -> row == null ? texts.get("rules.category.none") : row.name()));
        categoryBox.valueProperty().bindBidirectional(model.categoryProperty());
        nameField.textProperty().bindBidirectional(model.nameProperty());
        textField.textProperty().bindBidirectional(model.matchTextProperty());
        minField.textProperty().bindBidirectional(model.amountMinProperty());
        maxField.textProperty().bindBidirectional(model.amountMaxProperty());
        descriptionField.textProperty().bindBidirectional(model.descriptionProperty());
        noteField.textProperty().bindBidirectional(model.noteProperty());
        enabledBox.selectedProperty().bindBidirectional(model.enabledProperty());
        app.outlay.ui.receipts.TagsField tagsField = new app.outlay.ui.receipts.TagsField(model.tags(), resources);
        javafx.scene.layout.HBox.setHgrow(tagsField, javafx.scene.layout.Priority.ALWAYS);
        tagsField.input().setPromptText(texts.get("rules.tags.prompt"));
        tagsLabel.setLabelFor(tagsField.input());
        tagsBox.getChildren().add(tagsField);
        testResult.textProperty().bind(model.testResultProperty());
        rulesMessage.textProperty().bind(model.messageProperty());
        var none = model.selectedProperty().isNull();
        for (Button button : new Button[] {upButton, downButton, deleteButton}) {
            button.disableProperty().bind(model.busyProperty().or(none));
        }
        for (Button button : new Button[] {newButton, saveButton, testButton, importButton, exportButton}) {
            button.disableProperty().bind(model.busyProperty());
        }
        model.load();
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return show.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null; // not editable
            }
        };
    }

    /** A rule in the list: its switch, its place and name, and what it does. */
    private final class RuleCell extends ListCell<Rule> {
        private final CheckBox on = new CheckBox();
        private final Label text = new Label();
        private final HBox box = new HBox(8, on, text);

        RuleCell() {
            on.setOnAction(event -> {
                if (getItem() != null) {
                    model.setEnabled(getItem(), on.isSelected());
                }
            });
            on.setAccessibleText(texts.get("rules.enabled"));
        }

        @Override
        protected void updateItem(Rule item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            on.setSelected(item.enabled());
            text.setText(item.position() + ". " + (item.name() == null ? "" : item.name() + ": ") + model.describe(item));
            text.setDisable(!item.enabled());
            setGraphic(box);
        }
    }

    @FXML
    private void onNew() {
        model.newRule();
        nameField.requestFocus();
    }

    @FXML
    private void onSave() {
        model.save();
    }

    @FXML
    private void onDelete() {
        model.delete();
    }

    @FXML
    private void onUp() {
        model.move(-1);
    }

    @FXML
    private void onDown() {
        model.move(1);
    }

    @FXML
    private void onTest() {
        model.test();
    }

    @FXML
    private void onImport() {
        File file = chooser().showOpenDialog(rulesList.getScene().getWindow());
        if (file != null) {
            model.importFrom(file.toPath());
        }
    }

    @FXML
    private void onExport() {
        FileChooser chooser = chooser();
        chooser.setInitialFileName("outlay-rules.csv");
        File file = chooser.showSaveDialog(rulesList.getScene().getWindow());
        if (file != null) {
            model.exportTo(file.toPath());
        }
    }

    private FileChooser chooser() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get("rules.files"), "*.csv", "*.json"));
        return chooser;
    }

    @FXML
    private void onClose() {
        closeButton.getScene().getWindow().hide();
    }
}
