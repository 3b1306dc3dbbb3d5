package app.outlay.ui.expenses;

import app.outlay.domain.Money;
import java.math.BigDecimal;
import app.outlay.ui.common.DialogService;
import app.outlay.AppContext;
import app.outlay.service.CategoryRow;
import app.outlay.service.ChangedElsewhereException;
import app.outlay.domain.ExpenseDetails;
import app.outlay.service.ExpenseRow;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import app.outlay.service.Repeat;
import app.outlay.domain.Frequency;
import javafx.util.StringConverter;
import java.util.Locale;
import app.outlay.ui.common.CategoryCell;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Stage;

import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;

/** The expense dialog: fields bound to {@link ExpenseEditorViewModel}, saving in the background. */
public final class ExpenseEditorController {

    /** The "New category…" entry at the end of the category list (see CategoryCell for its name). */
    private static final CategoryRow NEW_CATEGORY = new CategoryRow(-1, "editor.category.new", "#00000000");

    private final AppContext context;
    private final ExpenseEditorViewModel model;
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final ObservableList<CategoryRow> categoryChoices = FXCollections.observableArrayList();
    private Stage stage;
    private ExpenseRow existing;
    private Consumer<ExpenseRow> onSaved;
    private Consumer<CategoryRow> onCategory;

    @FXML private Label heading;
    @FXML private TextField amountField;
    @FXML private Label amountError;
    @FXML private TextField descriptionField;
    @FXML private Label descriptionError;
    @FXML private DatePicker datePicker;
    @FXML private Label dateError;
    @FXML private ComboBox<CategoryRow> categoryBox;
    @FXML private ComboBox<Frequency> repeatBox;
    @FXML private Label untilLabel;
    @FXML private DatePicker untilPicker;
    @FXML private Label repeatHint;
    @FXML private TextArea notesArea;
    @FXML private Label notesError;
    @FXML private Button saveButton;
    @FXML private ResourceBundle resources;

    public ExpenseEditorController(AppContext context) {
        this.context = context;
        this.model = new ExpenseEditorViewModel(context.money(), context.texts(), LocalDate.now());
    }

    @FXML
    private void initialize() {
        amountField.textProperty().bindBidirectional(model.amountTextProperty());
        amountField.setPromptText(Money.format(BigDecimal.ZERO, context.locale()));
        descriptionField.textProperty().bindBidirectional(model.descriptionProperty());
        datePicker.valueProperty().bindBidirectional(model.dateProperty());
        notesArea.textProperty().bindBidirectional(model.notesProperty());
        showWhenTouched(amountField, amountError, model.amountErrorProperty());
        showWhenTouched(descriptionField, descriptionError, model.descriptionErrorProperty());
        showWhenTouched(datePicker, dateError, model.dateErrorProperty());
        showWhenTouched(notesArea, notesError, model.notesErrorProperty());
        // A typed date counts as soon as it parses, not only when the picker loses focus.
        datePicker.getEditor().textProperty().addListener((obs, old, text) -> commitTypedDate(text));

        categoryBox.setItems(categoryChoices);
        categoryBox.setCellFactory(list -> new CategoryCell(resources));
        categoryBox.setButtonCell(new CategoryCell(resources));
        app.outlay.ui.common.TypeAhead.forCategories(categoryBox);
        categoryBox.valueProperty().addListener((obs, old, chosen) -> {
            if (chosen == NEW_CATEGORY) {
                categoryBox.setValue(old);
                askForNewCategory();
            } else if (chosen != null) {
                model.categoryProperty().set(chosen);
            }
        });
        setUpRepeat();
        saveButton.disableProperty().bind(model.validProperty().not().or(saving));
    }

    private void setUpRepeat() {
        repeatBox.getItems().setAll(null, Frequency.WEEKLY, Frequency.MONTHLY, Frequency.YEARLY);
        repeatBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Frequency frequency) {
                return resources.getString(frequency == null ? "editor.repeat.never"
                        : "editor.repeat." + frequency.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public Frequency fromString(String text) {
                return null;
            }
        });
        repeatBox.valueProperty().bindBidirectional(model.repeatProperty());
        untilPicker.valueProperty().bindBidirectional(model.repeatUntilProperty());
        untilPicker.disableProperty().bind(model.repeatProperty().isNull());
        untilLabel.disableProperty().bind(untilPicker.disableProperty());
        repeatHint.textProperty().bind(Bindings.createStringBinding(() -> model.untilErrorProperty().get() != null
                ? model.untilErrorProperty().get()
                : model.belongsToSeriesProperty().get() ? resources.getString("editor.repeat.series") : "",
                model.untilErrorProperty(), model.belongsToSeriesProperty()));
    }

    void start(Stage owner, ExpenseRow row, List<CategoryRow> categories, Consumer<ExpenseRow> saved, Consumer<CategoryRow> created) {
        this.stage = owner;
        this.existing = row;
        this.onSaved = saved;
        this.onCategory = created;
        categoryChoices.add(ExpenseEditorViewModel.NO_CATEGORY);
        categoryChoices.addAll(categories);
        categoryChoices.add(NEW_CATEGORY);
        String title = resources.getString(row == null ? "editor.title.add" : "editor.title.edit");
        stage.setTitle(title);
        heading.setText(title);
        if (row != null) {
            CategoryRow rowCategory = categories.stream()
                    .filter(c -> row.categoryId() != null && c.id() == row.categoryId()).findFirst().orElse(null);
            model.fill(row, rowCategory);
        }
        repeatBox.setValue(model.repeatProperty().get());
        categoryBox.setValue(model.categoryProperty().get());
        amountField.requestFocus();
        stage.setOnShown(event -> amountField.requestFocus());
    }

    @FXML
    private void onSave() {
        if (!model.validProperty().get() || saving.get()) {
            return;
        }
        var details = model.toDetails();
        Repeat repeat = model.repeatChoice();
        saving.set(true);
        context.tasks().run(
                () -> existing == null
                        ? context.expenses().add(details, repeat == null ? Repeat.NEVER : repeat)
                        : context.expenses().update(existing.id(), existing.version(), details, repeat),
                saved -> {
                    saving.set(false);
                    stage.close();
                    onSaved.accept(saved);
                },
                failure -> {
                    saving.set(false);
                    if (failure instanceof ChangedElsewhereException changed && !changed.isDeleted() && existing != null) {
                        resolveConflict(details, repeat);
                    } else {
                        context.dialogs().showError(resources.getString("editor.failed.save"), failure);
                    }
                });
    }

    /** Someone else saved this expense meanwhile: never overwrite silently, let the user choose. */
    private void resolveConflict(ExpenseDetails mine, Repeat repeat) {
        ButtonType reload = new ButtonType(resources.getString("conflict.reload"), ButtonBar.ButtonData.LEFT);
        ButtonType overwrite = new ButtonType(resources.getString("conflict.overwrite"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = DialogService.cancelButton(context.texts());
        Alert alert = new Alert(Alert.AlertType.WARNING, resources.getString("conflict.text"), reload, overwrite, cancel);
        alert.initOwner(stage);
        alert.setTitle(resources.getString("app.name"));
        alert.setHeaderText(resources.getString("conflict.header"));
        alert.getDialogPane().setMinWidth(480);
        ButtonType choice = alert.showAndWait().orElse(cancel);
        long id = existing.id();
        if (choice == reload) {
            context.tasks().run(resources.getString("editor.failed.reload"), () -> context.expenses().get(id), latest -> {
                existing = latest;
                model.fill(latest, categoryChoices.stream()
                        .filter(c -> latest.categoryId() != null && c.id() == latest.categoryId()).findFirst().orElse(null));
                categoryBox.setValue(model.categoryProperty().get());
            });
        } else if (choice == overwrite) {
            saving.set(true);
            context.tasks().run(() -> {
                ExpenseRow latest = context.expenses().get(id);
                return context.expenses().update(id, latest.version(), mine, repeat);
            }, saved -> {
                saving.set(false);
                stage.close();
                onSaved.accept(saved);
            }, failure -> {
                saving.set(false);
                context.dialogs().showError(resources.getString("editor.failed.save"), failure);
            });
        }
    }

    @FXML
    private void onCancel() {
        stage.close();
    }

    private void askForNewCategory() {
        TextInputDialog dialog = new TextInputDialog();
        DialogService.useOwnButtons(dialog, context.texts());
        dialog.initOwner(stage);
        dialog.setTitle(resources.getString("editor.category.new"));
        dialog.setHeaderText(resources.getString("categories.new.question"));
        dialog.showAndWait().map(String::strip).filter(name -> !name.isEmpty()).ifPresent(name ->
                context.tasks().run(resources.getString("categories.failed.create"), () -> context.categories().create(name, null), created -> {
                    categoryChoices.add(categoryChoices.size() - 1, created);
                    categoryBox.setValue(created);
                    onCategory.accept(created);
                }));
    }

    private void commitTypedDate(String text) {
        try {
            LocalDate parsed = datePicker.getConverter().fromString(text);
            if (parsed != null) {
                datePicker.setValue(parsed);
            } else {
                model.dateProperty().set(null);
            }
        } catch (RuntimeException notADateYet) {
            model.dateProperty().set(null);
        }
    }

    /** An error shows once the user has typed in the field or left it, not on a fresh empty form. */
    private static void showWhenTouched(Node field, Label errorLabel, StringBinding error) {
        BooleanProperty touched = new SimpleBooleanProperty(false);
        field.focusedProperty().addListener((obs, was, is) -> {
            if (was && !is) {
                touched.set(true);
            }
        });
        if (field instanceof TextField text) {
            text.textProperty().addListener((obs, old, now) -> touched.set(true));
        } else if (field instanceof TextArea area) {
            area.textProperty().addListener((obs, old, now) -> touched.set(true));
        }
        errorLabel.textProperty().bind(Bindings.when(touched).then(error).otherwise((String) null));
        // The label keeps its space when empty (see .field-error), so the dialog does not jump as errors come and go.
    }
}
