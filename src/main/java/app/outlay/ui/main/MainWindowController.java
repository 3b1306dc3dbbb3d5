package app.outlay.ui.main;

import app.outlay.service.ledger.BackupService;
import app.outlay.service.ledger.DatabaseService;
import app.outlay.service.export.ExportService;
import app.outlay.service.history.HistoryService;
import app.outlay.service.ledger.MemberService;
import app.outlay.service.recurrence.RecurrenceService;
import app.outlay.service.tag.TagService;
import app.outlay.text.Texts;
import app.outlay.ui.common.AppState;
import app.outlay.ui.common.DialogService;
import app.outlay.ui.common.FolderOpener;
import app.outlay.ui.common.Languages;
import app.outlay.ui.common.TaskRunner;
import app.outlay.ui.common.Themes;
import app.outlay.ui.common.ViewLoader;
import app.outlay.ui.common.ViewScope;
import app.outlay.service.expense.ExpenseFilter;
import app.outlay.ui.expenses.ExpensesController;
import app.outlay.ui.categories.CategoriesController;
import app.outlay.ui.reports.ReportsController;
import app.outlay.ui.importer.ImportWizard;
import app.outlay.ui.history.HistoryDialog;
import app.outlay.ui.settings.SettingsDialog;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.StackPane;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import app.outlay.settings.LanguageChoice;
import app.outlay.settings.ThemeChoice;

import java.io.File;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Clock;
import app.outlay.ui.rules.RulesDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import java.util.ResourceBundle;

/** The window's frame: menus, the status bar, and the expense view in the middle. */
public final class MainWindowController {

    /**
     * What the window's frame works with: the services and state its menus use, no more (the composition root builds
     * it). The screens inside get their own; a menu item that needs a new service adds it here.
     */
    public record Services(RecurrenceService recurrences, MemberService members, HistoryService history, ExportService exports,
                           DatabaseService databases, BackupService backups, TagService tags, ImportWizard importWizard,
                           TaskRunner tasks, DialogService dialogs, AppState state, ViewScope scope, Themes themes,
                           Languages languages, ViewLoader views, Texts texts, Path dataDir) {
    }

    private final Services services;
    private final AppState state;
    private final DueRecurringModel dueRecurring;

    @FXML private ExpensesController expensesController;
    @FXML private Parent expenses;
    @FXML private StackPane screenPane;
    @FXML private ToggleGroup screens;
    @FXML private ToggleButton expensesNav;
    @FXML private ToggleButton categoriesNav;
    @FXML private ToggleButton reportsNav;
    private Parent categoriesScreen;
    private Parent reportsScreen;
    @FXML private Label databaseLabel;
    @FXML private MenuItem newExpenseItem;
    @FXML private MenuItem undoItem;
    @FXML private MenuItem applyRulesItem;
    @FXML private MenuItem expenseHistoryItem;
    @FXML private Label presenceLabel;
    @FXML private MenuItem editExpenseItem;
    @FXML private MenuItem deleteExpenseItem;
    @FXML private MenuItem importItem;
    @FXML private MenuItem exportItem;
    @FXML private MenuItem protectItem;
    @FXML private Label countLabel;
    @FXML private Label readOnlyLabel;
    @FXML private ResourceBundle resources;
    @FXML private RadioMenuItem lightThemeItem;
    @FXML private RadioMenuItem darkThemeItem;
    @FXML private RadioMenuItem systemThemeItem;
    @FXML private RadioMenuItem englishItem;
    @FXML private RadioMenuItem germanItem;
    @FXML private RadioMenuItem systemLanguageItem;

    public MainWindowController(Services services) {
        this.services = services;
        this.state = services.state();
        this.dueRecurring = new DueRecurringModel(services.recurrences(), services.members(), services.tasks(), Clock.systemDefaultZone());
    }

    @FXML
    private void initialize() {
        services.scope().whileViewsLive(state.ledgerProperty(), (obs, old, database) -> {
            if (database != null) {
                createDueRecurringExpenses();
            }
        });
        scheduleAtMidnight();
        themeItem(services.themes().choiceProperty().get()).setSelected(true);
        languageItem(services.languages().choiceProperty().get()).setSelected(true);
        // A screen button stays pressed: clicking the current one again does not leave every button up.
        screens.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                show(now == expensesNav ? expenses : now == categoriesNav ? categories() : reports());
                keepFocusOnTheCurrentScreenButton((ToggleButton) old);
            }
        });
        StatusBarModel statusBar = new StatusBarModel(state.ledgerProperty(), state.upgradeProperty(), state.otherClientsProperty(),
                expensesController.model().ledgerCountProperty(), services.texts());
        databaseLabel.textProperty().bind(statusBar.database());
        presenceLabel.textProperty().bind(statusBar.presence());
        countLabel.textProperty().bind(statusBar.count());
        var readOnly = state.readOnly();
        undoItem.disableProperty().bind(expensesController.undoPossibleProperty().not().or(readOnly));
        applyRulesItem.disableProperty().bind(readOnly);
        undoItem.textProperty().bind(Bindings.when(expensesController.undoLabelProperty().isNull())
                .then(resources.getString("menu.edit.undo")).otherwise(expensesController.undoLabelProperty()));
        editExpenseItem.disableProperty().bind(expensesController.nothingSelected().or(readOnly));
        expenseHistoryItem.disableProperty().bind(expensesController.nothingSelected());
        deleteExpenseItem.disableProperty().bind(expensesController.nothingSelected().or(readOnly));
        newExpenseItem.disableProperty().bind(state.ledgerProperty().isNull().or(readOnly));
        importItem.disableProperty().bind(state.ledgerProperty().isNull().or(readOnly));
        // The reason the window cannot change anything, where people look for the state of the ledger.
        readOnlyLabel.visibleProperty().bind(readOnly);
        readOnlyLabel.managedProperty().bind(readOnly);
        exportItem.disableProperty().bind(state.ledgerProperty().isNull());
        // "Change the password…" once the ledger has one (tester2 D5: it kept offering to protect it).
        protectItem.textProperty().bind(Bindings.createStringBinding(() -> ProtectionForm.menuText(services.texts(),
                state.ledgerProperty().get() == null ? null : state.ledgerProperty().get().settings()), state.ledgerProperty()));
    }

    /** Records the recurring expenses that have fallen due, and says which. */
    private void createDueRecurringExpenses() {
        dueRecurring.createDue(resources.getString("recurring.failed"), created -> {
            state.ledgerChanged();
            expensesController.showRecurringAdded(created);
        });
    }

    /**
     * Occurrences fall due at midnight: check again then, for people who leave Outlay open. Waited for on a timer
     * thread that sleeps until then, not with a JavaFX animation: any running animation keeps JavaFX drawing 60
     * frames a second, all day, in a window nobody touches (issue #17).
     */
    private void scheduleAtMidnight() {
        long untilCheck = dueRecurring.untilNextCheck().toMillis();
        java.util.concurrent.atomic.AtomicBoolean replaced = new java.util.concurrent.atomic.AtomicBoolean();
        // A rebuilt window schedules its own check; this one's stops with its views.
        services.scope().whenViewsReplaced(() -> replaced.set(true));
        java.util.concurrent.CompletableFuture.delayedExecutor(untilCheck, java.util.concurrent.TimeUnit.MILLISECONDS)
                .execute(() -> javafx.application.Platform.runLater(() -> {
                    if (replaced.get()) {
                        return;
                    }
                    if (state.ledgerProperty().get() != null) {
                        createDueRecurringExpenses();
                    }
                    scheduleAtMidnight();
                }));
    }

    /** expenses, categories or reports: the screen shown, for the layout saved at close. */
    String selectedScreen() {
        Object selected = screens.getSelectedToggle();
        return selected == categoriesNav ? "categories" : selected == reportsNav ? "reports" : "expenses";
    }

    void showScreen(String name) {
        (name.equals("categories") ? categoriesNav : name.equals("reports") ? reportsNav : expensesNav).setSelected(true);
    }

    public ExpensesController expenses() {
        return expensesController;
    }

    /** Screens other than the expenses are loaded the first time they are shown. */
    private Parent categories() {
        if (categoriesScreen == null) {
            categoriesScreen = services.views().load(CategoriesController.class, "CategoriesView.fxml").root();
        }
        return categoriesScreen;
    }

    private Parent reports() {
        if (reportsScreen == null) {
            reportsScreen = services.views().load(ReportsController.class, "ReportsView.fxml").root();
        }
        return reportsScreen;
    }

    private void show(Parent screen) {
        if (!screenPane.getChildren().contains(screen)) {
            screenPane.getChildren().add(screen);
        }
        screenPane.getChildren().forEach(child -> child.setVisible(child == screen));
    }

    /**
     * A screen button keeps its focus ring when Ctrl+2 or the View menu changes the screen, so two buttons looked
     * selected: the focus moves along to the button of the screen now shown.
     */
    private void keepFocusOnTheCurrentScreenButton(ToggleButton previous) {
        if (previous != null && previous.isFocused() && screens.getSelectedToggle() instanceof ToggleButton current) {
            current.requestFocus();
        }
    }

    @FXML
    private void onShowExpenses() {
        expensesNav.setSelected(true);
    }

    @FXML
    private void onShowCategories() {
        categoriesNav.setSelected(true);
    }

    @FXML
    private void onShowReports() {
        reportsNav.setSelected(true);
    }

    @FXML
    private void onNewExpense() {
        expensesController.onAdd();
    }

    @FXML
    private void onUndo() {
        expensesController.undo();
    }

    @FXML
    private void onExpenseHistory() {
        if (expensesController.selectedExpense() != null) {
            HistoryDialog.ofExpense(services.views(), services.history(), databaseLabel.getScene().getWindow(), expensesController.selectedExpense());
        }
    }

    @FXML
    private void onRules() {
        RulesDialog.open(services.views(), databaseLabel.getScene().getWindow()).setOnHidden(event -> expensesController.refresh());
    }

    @FXML
    private void onApplyRules() {
        expensesController.applyRules();
    }

    @FXML
    private void onLedgerHistory() {
        HistoryDialog.ofLedger(services.views(), services.history(), databaseLabel.getScene().getWindow());
    }

    /** View ▸ Tags: rename, merge, delete tags and the report by tag (issue 21). */
    @FXML
    private void onTags() {
        app.outlay.ui.receipts.TagsWindow.open(services.tags(), services.tasks(), state, services.texts(), databaseLabel.getScene().getWindow());
    }

    @FXML
    private void onEditExpense() {
        expensesController.onEdit();
    }

    @FXML
    private void onDeleteExpense() {
        expensesController.onDelete();
    }

    @FXML
    private void onFind() {
        expensesController.focusSearch();
    }

    @FXML
    private void onRefresh() {
        expensesController.refresh();
    }

    @FXML
    private void onClearFilters() {
        expensesController.clearFilters();
    }

    @FXML
    private void onImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(resources.getString("import.chooser.title"));
        chooser.getExtensionFilters().addAll(app.outlay.ui.importer.StatementFileFilters.of(resources));
        File file = chooser.showOpenDialog(window());
        if (file != null) {
            openImport(file.toPath());
        }
    }

    /** Opens the import wizard for a file already chosen (the menu's file chooser, or tests). */
    public void openImport(Path file) {
        if (state.readOnly().get()) {
            services.dialogs().inform(resources.getString("import.readOnly"), services.texts().of(
                    app.outlay.text.UserText.of("problem.readOnly")));
            return;
        }
        services.importWizard().open(window(), file, report -> {
            // Every view of the ledger reloads: the list, the budgets, the categories' counts, the reports.
            state.ledgerChanged();
            Alert done = new Alert(Alert.AlertType.INFORMATION);
            done.initOwner(window());
            done.setTitle(resources.getString("app.name"));
            done.setHeaderText(MessageFormat.format(resources.getString("import.done.header"), report.imported()));
            done.setContentText(MessageFormat.format(resources.getString("import.done.text"), report.duplicates(),
                    report.incoming(), report.skippedLines(), report.newCategories().isEmpty()
                    ? resources.getString("import.summary.noNewCategories") : String.join(", ", report.newCategories()))
                    + (report.notBooked() == 0 ? "" : " " + MessageFormat.format(resources.getString("import.summary.notBooked"), report.notBooked())));
            done.getDialogPane().getStyleClass().add("outlay-alert");
            done.show();
        });
    }

    @FXML
    private void onExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(resources.getString("export.chooser.title"));
        chooser.setInitialFileName("outlay-expenses.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(resources.getString("import.chooser.csv"), "*.csv"));
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            exportTo(file.toPath());
        }
    }

    /** Writes what the list shows (its filters, not only the rows loaded) to {@code file}, in the background. */
    public void exportTo(Path file) {
        ExpenseFilter filter = expensesController.model().filters().filter();
        services.tasks().run(resources.getString("export.failed"), () -> services.exports().export(filter, file), count -> {
            Alert done = new Alert(Alert.AlertType.INFORMATION);
            done.initOwner(window());
            done.setTitle(resources.getString("app.name"));
            done.setHeaderText(MessageFormat.format(resources.getString("export.done"), count, file.getFileName()));
            done.setContentText(file.toAbsolutePath().toString());
            done.getDialogPane().getStyleClass().add("outlay-alert");
            done.show();
        });
    }

    private Window window() {
        return databaseLabel.getScene().getWindow();
    }

    @FXML
    private void onBackUp() {
        backupActions().backUp(databaseLabel.getScene().getWindow());
    }

    @FXML
    private void onRestore() {
        backupActions().restore(databaseLabel.getScene().getWindow());
    }

    @FXML
    private void onProtect() {
        new ProtectionActions(services.databases(), state, services.tasks(), services.dialogs(), services.texts()).protect(databaseLabel.getScene().getWindow());
    }

    @FXML
    private void onSettings() {
        SettingsDialog.open(services.views(), databaseLabel.getScene().getWindow(), null, () -> { }, () -> { });
    }

    private RadioMenuItem themeItem(ThemeChoice theme) {
        return switch (theme) {
            case LIGHT -> lightThemeItem;
            case DARK -> darkThemeItem;
            case SYSTEM -> systemThemeItem;
        };
    }

    private RadioMenuItem languageItem(LanguageChoice language) {
        return switch (language) {
            case ENGLISH -> englishItem;
            case GERMAN -> germanItem;
            case SYSTEM -> systemLanguageItem;
        };
    }

    /** Switches the language now (the window is rebuilt in it, see MainWindow) and remembers it. */
    @FXML
    private void onLanguageChosen() {
        LanguageChoice chosen = englishItem.isSelected() ? LanguageChoice.ENGLISH
                : germanItem.isSelected() ? LanguageChoice.GERMAN : LanguageChoice.SYSTEM;
        if (chosen != services.languages().choiceProperty().get()) {
            services.languages().choose(chosen);
        }
    }

    @FXML
    private void onThemeChosen() {
        ThemeChoice chosen = darkThemeItem.isSelected() ? ThemeChoice.DARK
                : systemThemeItem.isSelected() ? ThemeChoice.SYSTEM : ThemeChoice.LIGHT;
        services.themes().choose(chosen);
    }

    @FXML
    private void onQuit() {
        Platform.exit();
    }

    @FXML
    private void onAbout() {
        AboutViewModel model = new AboutViewModel(state.ledgerProperty().get(), services.dataDir(),
                AboutDialog.legalFolder(AboutDialog.class), services.tasks(), services.texts(), FolderOpener::open);
        AboutDialog.create(model, services.texts().bundle(), window()).show();
    }

    private BackupActions backupActions() {
        return new BackupActions(new BackupModel(services.backups(), services.databases(), state, services.tasks(),
                services.texts()), services.dialogs(), services.texts());
    }
}
