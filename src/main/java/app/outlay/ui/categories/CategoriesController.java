package app.outlay.ui.categories;

import app.outlay.AppContext;
import app.outlay.service.CategorySummary;
import app.outlay.ui.common.CategoryCell;
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
import java.util.concurrent.Callable;

/** The categories screen: add, rename, recolour, set a monthly budget, merge and delete. */
public final class CategoriesController {

    private final AppContext context;
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

    public CategoriesController(AppContext context) {
        this.context = context;
        this.dialogs = new CategoryDialogs(context);
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
        budgetColumn.setCellFactory(column -> rightAligned(budget -> budget == null ? "\u2014" : context.money().format(budget)));
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
        BooleanBinding none = table.getSelectionModel().selectedItemProperty().isNull().or(context.readOnly());
        for (var control : List.of(renameCategoryButton, categoryBudgetButton, mergeCategoryButton, deleteCategoryButton, colourPicker)) {
            control.disableProperty().bind(none);
        }
        addCategoryButton.disableProperty().bind(context.readOnly());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, category) -> {
            if (category != null) {
                colourPicker.setValue(Color.web(category.colour()));
            }
        });
        colourPicker.setOnAction(event -> {
            CategorySummary category = selected();
            if (category != null && !toHex(colourPicker.getValue()).equals(category.colour())) {
                change(text("categories.failed.colour"), () -> context.categories().recolour(category.id(), toHex(colourPicker.getValue())));
            }
        });

        context.whileViewsLive(context.activeDatabaseProperty(), (obs, old, database) -> reload());
        context.whileViewsLive(context.ledgerChangesProperty(), (obs, old, count) -> reload());
        context.whileViewsLive(context.moneyProperty(), (obs, old, money) -> {
            if (context.activeDatabaseProperty().get() != null) {
                reload();
            }
        });
        if (context.activeDatabaseProperty().get() != null) {
            reload();
        }
    }

    private void reload() {
        Long selectedId = selected() == null ? null : selected().id();
        context.tasks().run(text("categories.failed.load"), context.categories()::summaries, summaries -> {
            table.getItems().setAll(summaries);
            summaries.stream().filter(c -> selectedId != null && c.id() == selectedId).findFirst()
                    .ifPresent(c -> table.getSelectionModel().select(c));
            long budgeted = summaries.stream().filter(c -> c.monthlyBudget() != null).count();
            summaryLabel.setText(text("categories.summary", summaries.size(), budgeted));
            budgetTotalLabel.setText(context.money().format(summaries.stream().map(CategorySummary::monthlyBudget)
                    .filter(b -> b != null).reduce(BigDecimal.ZERO, BigDecimal::add)));
        });
    }

    @FXML
    private void onAdd() {
        dialogs.askName(text("categories.new.title"), text("categories.new.question"), "").ifPresent(name ->
                change(text("categories.failed.create"), () -> context.categories().create(name, null)));
    }

    @FXML
    private void onRename() {
        CategorySummary category = selected();
        if (category == null || context.readOnly().get()) {
            return; // double-click and Enter reach here too
        }
        dialogs.askName(text("categories.rename.title"), text("categories.rename.question", category.name()), category.name())
                .filter(name -> !name.equals(category.name()))
                .ifPresent(name -> change(text("categories.failed.rename"), () -> context.categories().rename(category.id(), name)));
    }

    @FXML
    private void onBudget() {
        CategorySummary category = selected();
        dialogs.askBudget(category).ifPresent(budget ->
                change(text("categories.failed.budget"), () -> {
                    context.categories().setBudget(category.id(), budget.orElse(null));
                    return budget;
                }));
    }

    @FXML
    private void onMerge() {
        CategorySummary from = selected();
        dialogs.chooseOther(from, table.getItems(), text("categories.merge.title", from.name()),
                        text("categories.merge.question", from.expenseCount(), from.name()))
                .ifPresent(into -> change(text("categories.failed.merge"), () -> context.categories().merge(from.id(), into.id())));
    }

    @FXML
    private void onDelete() {
        CategorySummary category = selected();
        if (category.expenseCount() == 0) {
            if (context.dialogs().confirm(text("categories.delete.header", category.name()), text("categories.delete.empty"),
                    text("categories.delete.action"))) {
                change(text("categories.failed.delete"), () -> {
                    context.categories().delete(category.id(), null);
                    return category;
                });
            }
            return;
        }
        dialogs.chooseOther(category, table.getItems(), text("categories.delete.title", category.name()),
                        text("categories.delete.question", category.expenseCount(), category.name()))
                .ifPresent(into -> change(text("categories.failed.delete"), () -> {
                    context.categories().delete(category.id(), into.id());
                    return category;
                }));
    }

    /** Runs a change in the background; on success every view of the ledger reloads. */
    private <T> void change(String whatFailed, Callable<T> work) {
        context.tasks().run(whatFailed, work, result -> context.ledgerChanged());
    }

    private CategorySummary selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    private Locale locale() {
        return context.locale();
    }

    /** A text from the bundle with its {placeholders} filled in, numbers in the window's language. */
    private String text(String key, Object... arguments) {
        return context.texts().format(key, arguments);
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
