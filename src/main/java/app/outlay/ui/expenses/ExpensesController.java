package app.outlay.ui.expenses;

import app.outlay.StartupTimes;
import app.outlay.service.attachment.AttachmentService;
import app.outlay.service.category.CategoryRow;
import app.outlay.service.expense.ExpensePage;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.service.report.ReportService;
import app.outlay.service.tag.TagService;
import app.outlay.ui.common.AppState;
import app.outlay.ui.common.NextFrame;
import app.outlay.ui.common.Period;
import app.outlay.ui.common.TaskRunner;
import app.outlay.ui.common.ViewScope;
import app.outlay.ui.receipts.ListDecorations;
import app.outlay.ui.receipts.RowExtrasModel;
import javafx.application.Platform;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;

/**
 * The expense list screen (ExpensesView.fxml), in parts with one job each: {@link ExpenseFiltersBar} (search,
 * period, category, kind; state in {@link ExpenseFiltersViewModel}), {@link ExpenseTable} and {@link ExpenseColumns}
 * (the rows; state in {@link ExpenseListViewModel}), {@link ExpenseTotalsBar}, {@link BudgetPanel}, and
 * {@link ExpenseActions} (add, edit, delete, undo). This class wires them and follows the app's state.
 */
public final class ExpensesController {

    /** Where the newest expenses go when they are read ahead of the services at start-up (LedgerSession). */
    public interface EarlyPages {
        void showIn(int size, Consumer<ExpensePage> viewer);
    }

    private final ExpenseListViewModel model;
    private final ExpenseActions.Services actionServices;
    private final AppState state;
    private final ViewScope scope;
    private final TaskRunner tasks;
    private final ReportService reports;
    private final TagService tags;
    private final AttachmentService attachments;
    private final EarlyPages earlyPages;

    @FXML private Button addButton;
    @FXML private Button editButton;
    @FXML private Button deleteButton;
    @FXML private TextField searchField;
    @FXML private ComboBox<Period> periodBox;
    @FXML private HBox customRange;
    @FXML private ComboBox<CategoryRow> categoryBox;
    @FXML private MenuButton kindButton;
    @FXML private MenuButton tagsButton;
    @FXML private TableView<ExpenseRow> table;
    @FXML private MenuItem contextEdit;
    @FXML private MenuItem contextDelete;
    @FXML private Label shownLabel;
    @FXML private Label totalCaption;
    @FXML private Label totalLabel;
    @FXML private Label receivedCaption;
    @FXML private Label receivedLabel;
    @FXML private Label netCaption;
    @FXML private Label netLabel;
    @FXML private VBox budgetPanel;
    @FXML private HBox noticeBar;
    @FXML private Label noticeLabel;
    @FXML private ResourceBundle resources;
    private ExpenseFiltersBar filtersBar;
    private ExpenseTable expenseTable;
    private ExpenseActions actions;
    private BudgetPanel budgets;
    /** True while this view announces its own change, which it has already shown. */
    private boolean announcing;

    public ExpensesController(ExpenseListViewModel model, ExpenseActions.Services actionServices, ViewScope scope, ReportService reports,
                              TagService tags, AttachmentService attachments, EarlyPages earlyPages) {
        this.model = model;
        this.actionServices = actionServices;
        this.state = actionServices.state();
        this.tasks = actionServices.tasks();
        this.scope = scope;
        this.reports = reports;
        this.tags = tags;
        this.attachments = attachments;
        this.earlyPages = earlyPages;
    }

    @FXML
    private void initialize() {
        AmountWidths amounts = ExpenseColumns.setUp(table, state.moneyProperty(), state.locale(), resources);
        expenseTable = new ExpenseTable(table, model, amounts, resources, this::databaseOpen, state.upgradeProperty(), new ExpenseTable.Actions() {
            @Override
            public void add() {
                onAdd();
            }

            @Override
            public void edit(ExpenseRow row) {
                actions.edit(row);
            }

            @Override
            public void deleteSelected() {
                onDelete();
            }

            @Override
            public void clearFilters() {
                ExpensesController.this.clearFilters();
            }
        });
        actions = new ExpenseActions(actionServices, model.filters(), expenseTable, resources, this::changed, this::showNotice);
        RowExtrasModel extras = new RowExtrasModel(tags, attachments, tasks);
        // Split payments (issue 21): one row each, their parts in the category cell (after ExpenseTable gave it its rows).
        new SplitSummaries(actionServices.expenses(), tasks, model.filters().categories(), state.moneyProperty(), resources)
                .install(table, ExpenseColumns.named(table, "category"));
        ListDecorations.install(table, ExpenseColumns.named(table, "description"), extras, resources, state.ledgerProperty(),
                (row, files) -> actions.attach(row, files, extras));
        filtersBar = new ExpenseFiltersBar(searchField, periodBox, customRange, categoryBox, kindButton, tagsButton, model.filters(),
                resources, new ExpenseFiltersBar.Listener() {
                    @Override
                    public void listChanged() {
                        expenseTable.reload();
                    }

                    @Override
                    public void periodChanged() {
                        refreshWithBudgets();
                        // From after To is read turned round: said, so the user knows which days the list shows.
                        String turned = model.filters().periodTurnedRound();
                        if (turned != null) {
                            showNotice(turned);
                        }
                    }

                    @Override
                    public void leaveDown() {
                        expenseTable.enterAtTheTop();
                    }
                });
        disableWhatCannotBeDone();
        ExpenseTotalsBar.bind(new ExpenseTotalsBar.Labels(shownLabel, totalCaption, totalLabel, receivedCaption, receivedLabel,
                netCaption, netLabel), model, state.moneyProperty(), state.locale(), resources);
        budgets = new BudgetPanel(budgetPanel, state.locale(), state::money, resources);
        // In a narrow window the table needs the room more than the budgets do.
        budgetPanel.managedProperty().bind(budgetPanel.visibleProperty());
        budgetPanel.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                budgetPanel.visibleProperty().bind(scene.widthProperty().greaterThanOrEqualTo(1000));
            }
        });
        noticeBar.managedProperty().bind(noticeBar.visibleProperty());
        followTheApp();
        // Start in the table, where arrows, Enter and Delete work; the search field is one Ctrl+F away.
        Platform.runLater(table::requestFocus);
        // Built again in another language while a database is open: it shows at once.
        if (databaseOpen()) {
            loadAll();
        }
    }

    /** A viewer's window changes nothing (LedgerRoles): the server would refuse it anyway. */
    private void disableWhatCannotBeDone() {
        BooleanBinding nothingSelected = expenseTable.nothingSelected();
        var readOnly = state.readOnly();
        editButton.disableProperty().bind(nothingSelected.or(readOnly));
        deleteButton.disableProperty().bind(nothingSelected.or(readOnly));
        contextEdit.disableProperty().bind(nothingSelected.or(readOnly));
        contextDelete.disableProperty().bind(nothingSelected.or(readOnly));
        addButton.disableProperty().bind(state.ledgerProperty().isNull().or(readOnly));
    }

    /** Another currency, a change made elsewhere, rows read ahead at start, another database: shown as they come. */
    private void followTheApp() {
        // Another currency: the same numbers, written again (the totals are bound, the cells and budgets are not).
        scope.whileViewsLive(state.moneyProperty(), (obs, old, money) -> {
            table.refresh();
            if (databaseOpen()) {
                loadBudgets();
            }
        });
        scope.whileViewsLive(state.ledgerChangesProperty(), (obs, old, count) -> {
            if (!announcing) {
                model.filters().reloadCategories();
                model.filters().reloadTags();
                model.refresh(expenseTable.keepSelection());
                loadBudgets();
                // An import, apply rules or another client's change may change what Ctrl+Z would undo, or stop it.
                actions.refreshUndo();
            }
        });
        earlyPages.showIn(ExpenseListViewModel.PAGE_SIZE, page -> {
            if (!databaseOpen() && model.showEarly(page)) {
                NextFrame.then(table.getScene(), () -> StartupTimes.reached(StartupTimes.FIRST_PAGE_SHOWN));
            }
        });
        scope.whileViewsLive(state.ledgerProperty(), (obs, old, database) -> {
            if (database != null) {
                filtersBar.dropPendingSearch(); // a search restored at start: this load includes it
                loadAll();
            }
        });
    }

    private void loadAll() {
        // The rows first: the worker runs tasks in order, and the rows are what the user came for.
        model.reload(() -> {
            expenseTable.scrollToTop();
            NextFrame.then(table.getScene(), () -> StartupTimes.reached(StartupTimes.FIRST_PAGE_SHOWN));
        });
        actions.refreshUndo();
        model.filters().reloadCategories();
        model.filters().reloadTags();
        loadBudgets();
    }

    /** Reloads after this view changed the ledger, tells the other views, then runs {@code afterwards}. */
    private void changed(Runnable afterwards) {
        model.refresh(afterwards);
        loadBudgets();
        actions.refreshUndo();
        announcing = true;
        try {
            state.ledgerChanged();
        } finally {
            announcing = false;
        }
    }

    private void refreshWithBudgets() {
        // Filters restored at start change before the database is open; its opening loads the list then.
        if (databaseOpen()) {
            model.reload(expenseTable::scrollToTop);
            loadBudgets();
        }
    }

    private void loadBudgets() {
        var month = model.filters().monthInView();
        tasks.run(resources.getString("budgets.failed"), () -> reports.budgets(month), budgets::show);
    }

    private boolean databaseOpen() {
        return state.ledgerProperty().get() != null;
    }

    // --- what the window's menus and the FXML's buttons ask of this screen

    /**
     * Continues where the view this one replaces left off (the window was rebuilt in another language): the same
     * filters, search and selection.
     */
    public void takeOver(ExpensesController previous) {
        model.filters().takeOver(previous.model.filters());
        List<Long> selected = previous.expenseTable.selectedIds();
        model.reload(() -> expenseTable.select(selected));
    }

    @FXML
    public void onAdd() {
        actions.add();
    }

    @FXML
    public void onEdit() {
        ExpenseRow selected = expenseTable.selectedRow();
        // Rows read ahead at start-up show before the database is in use: nothing to edit them with yet.
        if (selected != null && databaseOpen()) {
            actions.edit(selected);
        }
    }

    @FXML
    public void onDelete() {
        actions.delete(expenseTable.selectedRows());
    }

    /** Reverses the newest change to expenses made here (Ctrl+Z), also one made before a restart. */
    public void undo() {
        actions.undo();
    }

    /** The menu text of the next undo, or null when there is nothing to undo. */
    public ReadOnlyStringProperty undoLabelProperty() {
        return actions.undoLabelProperty();
    }

    /** Whether there is a change to undo now. */
    public ReadOnlyBooleanProperty undoPossibleProperty() {
        return actions.undoPossibleProperty();
    }

    /** Previews what the rules would change among the expenses the filters show; applied, it is one undo step. */
    public void applyRules() {
        actions.applyRules();
    }

    /** Says which recurring expenses were just added (at start, at midnight, or by saving a series that started earlier). */
    public void showRecurringAdded(List<ExpenseRow> created) {
        actions.showRecurringAdded(created);
    }

    /** Shows a message above the table until the user dismisses it, e.g. which recurring expenses were added. */
    public void showNotice(String text) {
        noticeLabel.setText(text);
        noticeBar.setVisible(true);
    }

    @FXML
    private void onDismissNotice() {
        noticeBar.setVisible(false);
    }

    public void focusSearch() {
        filtersBar.focusSearch();
    }

    public void refresh() {
        model.filters().reloadCategories();
        model.filters().reloadTags();
        refreshWithBudgets();
    }

    public void clearFilters() {
        model.filters().clearFilters();
        filtersBar.dropPendingSearch(); // the search was cleared too, and the reload below covers it
        refreshWithBudgets();
    }

    /** The selected expense, for menus that act on one (e.g. its history). */
    public ExpenseRow selectedExpense() {
        return expenseTable.selectedRow();
    }

    /** True while no expense is selected: Edit and Delete have nothing to act on. */
    public BooleanBinding nothingSelected() {
        return expenseTable.nothingSelected();
    }

    /** The expense table, for the window's layout (column order and widths). */
    public TableView<ExpenseRow> table() {
        return table;
    }

    /** The table's sort as {@code column:ascending} or {@code column:descending}; empty for the default, newest first. */
    public String sortDescription() {
        return expenseTable.sortDescription();
    }

    /** Sorts as {@link #sortDescription()} described; an unknown or unsortable column leaves the default order. */
    public void restoreSort(String description) {
        expenseTable.restoreSort(description);
    }

    /** dateColumn → date: the FXML id without its suffix, stable across languages. */
    public static String columnName(TableColumn<?, ?> column) {
        return ExpenseColumns.name(column);
    }

    public ExpenseListViewModel model() {
        return model;
    }
}
