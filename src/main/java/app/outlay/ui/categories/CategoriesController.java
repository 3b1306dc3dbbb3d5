package app.outlay.ui.categories;

import app.outlay.service.category.CategorySummary;
import app.outlay.text.Texts;
import app.outlay.ui.common.AppState;
import app.outlay.ui.common.CategoryCell;
import app.outlay.ui.common.DialogService;
import app.outlay.ui.common.ViewScope;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The categories screen: add, rename, recolour, set a monthly budget, merge and delete. The state and the commands
 * are {@link CategoriesViewModel}'s; this class binds the table and buttons and asks the small questions.
 */
public final class CategoriesController {

    private final CategoriesViewModel model;
    private final AppState state;
    private final ViewScope scope;
    private final DialogService confirmations;
    private final Texts texts;
    private final CategoryDialogs dialogs;

    @FXML private Button addCategoryButton;
    @FXML private Button renameCategoryButton;
    @FXML private ColorPicker colourPicker;
    @FXML private Label colourLabel;
    @FXML private Button categoryBudgetButton;
    @FXML private Button mergeCategoryButton;
    @FXML private Button deleteCategoryButton;
    @FXML private TableView<CategorySummary> table;
    @FXML private TableColumn<CategorySummary, CategorySummary> nameColumn;
    @FXML private TableColumn<CategorySummary, BigDecimal> budgetColumn;
    @FXML private TableColumn<CategorySummary, Long> countColumn;
    @FXML private Label summaryLabel;
    @FXML private Label budgetTotalLabel;
    @FXML private ResourceBundle resources;

    public CategoriesController(CategoriesViewModel model, AppState state, ViewScope scope, DialogService confirmations, Texts texts) {
        this.model = model;
        this.state = state;
        this.scope = scope;
        this.confirmations = confirmations;
        this.texts = texts;
        this.dialogs = new CategoryDialogs(texts, model, () -> table.getScene().getWindow());
    }

    @FXML
    private void initialize() {
        nameColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        nameColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(CategorySummary item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
                setGraphic(empty || item == null ? null : CategoryCell.dot(item.colour(), item.name(), resources));
            }
        });
        budgetColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().monthlyBudget()));
        budgetColumn.setCellFactory(column -> rightAligned(budget -> budget == null ? "\u2014" : state.money().format(budget)));
        countColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().expenseCount()));
        countColumn.setCellFactory(column -> rightAligned(count -> NumberFormat.getIntegerInstance(locale()).format(count)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(resources.getString("categories.loading")));
        table.setRowFactory(view -> {
            TableRow<CategorySummary> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    onRename();
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE && selected() != null) {
                onDelete();
            } else if (event.getCode() == KeyCode.ENTER && selected() != null) {
                onRename();
            }
        });

        // The picker names itself ("Colour:") and, once a category is chosen, shows that category's own colour.
        colourLabel.setLabelFor(colourPicker);
        colourLabel.disableProperty().bind(colourPicker.disableProperty());
        // A viewer of a shared ledger changes nothing (LedgerRoles): the server would refuse it anyway.
        BooleanBinding none = table.getSelectionModel().selectedItemProperty().isNull().or(state.readOnly());
        for (var control : List.of(renameCategoryButton, mergeCategoryButton, deleteCategoryButton, colourPicker)) {
            control.disableProperty().bind(none);
        }
        // A budget limits spending: an income category has none.
        categoryBudgetButton.disableProperty().bind(none.or(Bindings.createBooleanBinding(() -> {
            CategorySummary chosen = table.getSelectionModel().getSelectedItem();
            return chosen != null && chosen.income();
        }, table.getSelectionModel().selectedItemProperty())));
        addCategoryButton.disableProperty().bind(state.readOnly());
        table.setItems(model.categories());
        summaryLabel.textProperty().bind(model.summaryProperty());
        budgetTotalLabel.textProperty().bind(model.budgetTotalProperty());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, category) -> {
            model.selectedProperty().set(category);
            if (category != null) {
                colourPicker.setValue(Color.web(category.colour()));
            }
        });
        // A reload keeps the selection: the model names the category again once the table holds the new rows.
        model.selectedProperty().addListener((obs, old, category) -> {
            if (category != null && category != selected()) {
                table.getSelectionModel().select(category);
            }
        });
        colourPicker.setOnAction(event -> model.recolour(toHex(colourPicker.getValue())));

        scope.whileViewsLive(state.ledgerProperty(), (obs, old, ledger) -> model.reload());
        scope.whileViewsLive(state.ledgerChangesProperty(), (obs, old, count) -> model.reload());
        scope.whileViewsLive(state.moneyProperty(), (obs, old, money) -> {
            if (state.ledgerProperty().get() != null) {
                model.reload();
            }
        });
        if (state.ledgerProperty().get() != null) {
            model.reload();
        }
    }

    @FXML
    private void onAdd() {
        dialogs.askName(text("categories.new.title"), text("categories.new.question"), "").ifPresent(model::add);
    }

    @FXML
    private void onRename() {
        CategorySummary category = selected();
        if (category == null || state.readOnly().get()) {
            return; // double-click and Enter reach here too
        }
        dialogs.askName(text("categories.rename.title"), text("categories.rename.question", category.name()), category.name())
                .ifPresent(model::rename);
    }

    @FXML
    private void onBudget() {
        dialogs.askBudget(selected()).ifPresent(model::setBudget);
    }

    @FXML
    private void onMerge() {
        CategorySummary from = selected();
        dialogs.chooseOther(model.movesInto(from), text("categories.merge.title", from.name()), model.mergeQuestion(from))
                .ifPresent(model::merge);
    }

    @FXML
    private void onDelete() {
        CategorySummary category = selected();
        if (category.expenseCount() == 0) {
            if (confirmations.confirm(text("categories.delete.header", category.name()), text("categories.delete.empty"),
                    text("categories.delete.action"))) {
                model.delete(null);
            }
            return;
        }
        dialogs.chooseOther(model.movesInto(category), text("categories.delete.title", category.name()), model.deleteQuestion(category))
                .ifPresent(model::delete);
    }

    private CategorySummary selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    private Locale locale() {
        return state.locale();
    }

    /** A text from the bundle with its {placeholders} filled in, numbers in the window's language. */
    private String text(String key, Object... arguments) {
        return texts.format(key, arguments);
    }

    private static String toHex(Color colour) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(colour.getRed() * 255),
                Math.round(colour.getGreen() * 255), Math.round(colour.getBlue() * 255));
    }

    private static <T> TableCell<CategorySummary, T> rightAligned(java.util.function.Function<T, String> format) {
        TableCell<CategorySummary, T> cell = new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : format.apply(item));
            }
        };
        cell.setAlignment(Pos.CENTER_RIGHT);
        cell.getStyleClass().add("amount-cell");
        return cell;
    }
}
