package app.outlay;

import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.data.DatabaseSettings;
import app.outlay.domain.MoneyFormat;
import app.outlay.service.ledger.BackupService;
import app.outlay.service.category.CategoryService;
import app.outlay.service.ledger.DatabaseService;
import app.outlay.service.ledger.MemberService;
import app.outlay.service.ledger.OpenLedger;
import app.outlay.service.ledger.DatabaseSwitcher;
import app.outlay.service.expense.ExpensePage;
import app.outlay.service.expense.ExpenseService;
import app.outlay.service.export.ExportService;
import app.outlay.service.importing.ImportService;
import app.outlay.service.rules.RuleApplyService;
import app.outlay.service.rules.RuleService;
import app.outlay.csv.ImportProfiles;
import app.outlay.service.history.HistoryService;
import app.outlay.service.ledger.LedgerService;
import app.outlay.service.history.UndoService;
import app.outlay.service.recurrence.RecurrenceService;
import app.outlay.service.report.ReportService;
import app.outlay.settings.AppPaths;
import app.outlay.service.category.DefaultCategories;
import app.outlay.settings.PgPassFile;
import app.outlay.settings.ProtectedFiles;
import app.outlay.settings.SettingsStore;
import app.outlay.text.Texts;
import app.outlay.ui.common.AppState;
import app.outlay.ui.common.BackgroundTasks;
import app.outlay.ui.common.DialogService;
import app.outlay.ui.common.Languages;
import app.outlay.ui.common.Themes;
import app.outlay.ui.common.ViewLoader;
import app.outlay.ui.common.ViewScope;
import app.outlay.ui.categories.CategoriesController;
import app.outlay.ui.expenses.ExpenseActions;
import app.outlay.ui.expenses.ExpenseEditor;
import app.outlay.ui.expenses.ExpenseEditorController;
import app.outlay.ui.expenses.ExpenseListViewModel;
import app.outlay.ui.expenses.ExpensesController;
import app.outlay.ui.categories.CategoriesViewModel;
import app.outlay.ui.history.HistoryController;
import app.outlay.ui.importer.ImportWizard;
import app.outlay.ui.importer.ImportWizardController;
import app.outlay.ui.main.MainWindowController;
import app.outlay.ui.main.WindowShellParts;
import app.outlay.ui.history.HistoryViewModel;
import app.outlay.ui.reports.ReportsController;
import app.outlay.ui.reports.ReportsViewModel;
import app.outlay.ui.settings.DatabaseSwitchModel;
import app.outlay.ui.settings.MembersCardController;
import app.outlay.ui.settings.MembersController;
import app.outlay.ui.settings.SettingsController;
import app.outlay.ui.settings.MembersViewModel;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Currency;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The composition root: builds the services, the background executor and the view loader, and hands them
 * to controllers through their constructors. It owns the database in use.
 */
public final class AppContext implements AutoCloseable, WindowShellParts {

    private final AppPaths paths;
    private final SettingsStore settings;
    private final Languages languages;
    private final DatabaseHolder database = new DatabaseHolder();
    private final ExpenseService expenses = new ExpenseService(database);
    private final CategoryService categories = new CategoryService(database);
    private final LedgerService ledger = new LedgerService(database);
    private final ReportService reports = new ReportService(database);
    private final RecurrenceService recurrences = new RecurrenceService(database);
    private final UndoService undo = new UndoService(database);
    private final HistoryService history = new HistoryService(database);
    private final ImportService imports = new ImportService(database);
    private final RuleService rules = new RuleService(database);
    private final RuleApplyService ruleApply = new RuleApplyService(database);
    /** Exchange rates and the currencies entries were paid in (issue 22). */
    private final app.outlay.service.rates.RateService rates = new app.outlay.service.rates.RateService(database);
    private final ExportService exports;
    private final app.outlay.service.tag.TagService tags;
    private final app.outlay.service.attachment.AttachmentService attachments;
    private final DatabaseSwitcher switcher;
    private final DialogService dialogs;
    private final BackgroundTasks tasks;
    private final ViewLoader views;
    private final Themes themes;
    private final MemberService members = new MemberService(database);
    private final BackupService backups;
    private final DatabaseService databases;
    private final AppState state;
    private final ViewScope viewScope = new ViewScope();
    private final LedgerSession session;
    private final ExpenseEditor expenseEditor;
    private final ImportWizard importWizard;
    private Window mainWindow;
    private Runnable saveLayout;

    public AppContext(AppPaths paths, Locale locale) {
        this.paths = paths.createFolders();
        this.settings = new SettingsStore(paths.settingsFile());
        this.exports = new ExportService(database, ProtectedFiles.forUser(this.paths));
        this.tags = new app.outlay.service.tag.TagService(database);
        this.attachments = new app.outlay.service.attachment.AttachmentService(database, ProtectedFiles.forUser(this.paths));
        // Read once now: a broken file is set aside at once and the window can say so (lastProblem()).
        settings.load();
        this.switcher = new DatabaseSwitcher(database, settings,
                PgPassFile.forUser(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home"))));
        this.backups = new BackupService(database, this.paths.backupDir());
        this.languages = new Languages(settings, locale);
        this.state = new AppState(languages);
        this.themes = new Themes(settings);
        this.dialogs = new DialogService(() -> mainWindow, languages::texts);
        this.tasks = new BackgroundTasks(dialogs);
        this.session = new LedgerSession(database, ledger, members, state, tasks);
        this.databases = new DatabaseService(database, settings, this.paths, System.getenv(), switcher, session::activate,
                session::readAhead, session::upgrading);
        this.views = new ViewLoader(this::createController, () -> languages.texts().bundle());
        this.expenseEditor = new ExpenseEditor(views);
        this.importWizard = new ImportWizard(imports, this::importProfiles, rules, tasks, views);
    }

    /** The database the settings name; the password, where one is needed, comes from the environment. */
    public DatabaseSettings configuredDatabase() {
        return databases.configured();
    }

    /** Opens the configured database: pool and migrations. Slow: call it off the FX thread. */
    public Database openConfiguredDatabase() {
        databases.refuseNewLedgerFromDefaults(configuredDatabase());
        // As the window opens it: Hibernate starts at its first use (Database.open with the read-ahead).
        return DefaultCategories.nameInLanguage(Database.open(configuredDatabase(), paths.backupDir(), session::readAhead),
                locale());
    }

    /** Where the newest expenses go when they are read ahead of the services at start-up (LedgerSession). */
    public void showEarlyPagesIn(int size, Consumer<ExpensePage> viewer) {
        session.showEarlyPagesIn(size, viewer);
    }

    /** On the worker, while the first database opens: the newest expenses read ahead of Hibernate (LedgerSession). */
    public void readAhead(javax.sql.DataSource pool) {
        session.readAhead(pool);
    }

    /** Puts {@code next} in use (on the FX thread) and closes the one it replaces in the background. */
    public void activate(Database next) {
        session.activate(next);
    }

    /** This user's role on the ledger in use: owner, editor or viewer. */
    public ReadOnlyObjectProperty<app.outlay.data.LedgerRoles.Role> ledgerRoleProperty() {
        return state.roleProperty();
    }

    /** True while the ledger in use may only be read (a viewer's): views disable what would change it. */
    public javafx.beans.binding.BooleanBinding readOnly() {
        return state.readOnly();
    }

    /** Call on the FX thread: amounts are shown in {@code currency} from now on, in every open view. */
    public void useCurrency(Currency currency) {
        state.useCurrency(currency);
    }

    /** How amounts are written: the window's locale and the ledger's currency. */
    public MoneyFormat money() {
        return state.money();
    }

    /** Changes when the ledger's currency does; views re-format. */
    public ReadOnlyObjectProperty<MoneyFormat> moneyProperty() {
        return state.moneyProperty();
    }

    /** Other Outlay clients connected to the shared database; -1 where that does not apply (the embedded database). */
    public ReadOnlyIntegerProperty otherClientsProperty() {
        return state.otherClientsProperty();
    }

    /** Call on the FX thread after the user changed the ledger, so every view that shows it reloads. */
    public void ledgerChanged() {
        state.ledgerChanged();
    }

    /** Counts changes to the ledger (see {@link #ledgerChanged()}); views reload when it moves. */
    public ReadOnlyIntegerProperty ledgerChangesProperty() {
        return state.ledgerChangesProperty();
    }

    /** The ledger in use, for views to follow; null until the first one is open. */
    @Override
    public ReadOnlyObjectProperty<OpenLedger> activeDatabaseProperty() {
        return state.ledgerProperty();
    }

    /** The window's state: the ledger in use, its currency, this user's role, changes, the language. */
    public AppState state() {
        return state;
    }

    /** The lifetime of the main window's current views. */
    public ViewScope viewScope() {
        return viewScope;
    }

    /**
     * Every controller that needs anything is built here, from the services and state it names in its constructor
     * (docs/architecture.md: no screen is handed this context).
     */
    private Object narrowController(Class<?> type) {
        if (type == MembersController.class) {
            return new MembersController(new MembersViewModel(members, state.ledgerProperty(), tasks, texts()));
        }
        if (type == MembersCardController.class) {
            return new MembersCardController(state, texts(), views);
        }
        if (type == CategoriesController.class) {
            return new CategoriesController(new CategoriesViewModel(categories, state, tasks, texts()), state, viewScope, dialogs, texts());
        }
        if (type == ReportsController.class) {
            return new ReportsController(new ReportsViewModel(reports, tasks, java.time.Clock.systemDefaultZone(), texts()), state,
                    viewScope, tasks, texts(), new app.outlay.ui.reports.CurrencyBreakdownModel(
                            new app.outlay.service.report.CurrencyReport(database), tasks, texts()));
        }
        if (type == HistoryController.class) {
            return new HistoryController(new HistoryViewModel(tasks, texts()), state);
        }
        if (type == app.outlay.ui.rules.RulesController.class) {
            return new app.outlay.ui.rules.RulesController(new app.outlay.ui.rules.RulesViewModel(rules, categories, tags, tasks, texts()), texts());
        }
        if (type == MainWindowController.class) {
            return new MainWindowController(new MainWindowController.Services(recurrences, members, history, exports, databases, backups,
                    tags, importWizard, tasks, dialogs, state, viewScope, themes, languages, views, texts(), paths.dataDir()));
        }
        if (type == ImportWizardController.class) {
            return new ImportWizardController(state, categories, tasks, dialogs, texts());
        }
        if (type == ExpensesController.class) {
            var list = new ExpenseListViewModel(expenses, categories, tags, ledger, tasks, java.time.Clock.systemDefaultZone(), texts());
            var actions = new ExpenseActions.Services(expenses, undo, recurrences, attachments, rules, ruleApply, expenseEditor, tasks,
                    dialogs, state, texts());
            return new ExpensesController(list, actions, viewScope, reports, tags, attachments, session::showEarlyPagesIn);
        }
        if (type == ExpenseEditorController.class) {
            return new ExpenseEditorController(new ExpenseEditor.Services(expenses, categories, rules, tags, attachments, rates, tasks, dialogs,
                    state, texts()));
        }
        if (type == SettingsController.class) {
            return new SettingsController(new DatabaseSwitchModel(databases, ledger, new app.outlay.service.ledger.LedgerConversion(database), state,
                    tasks, texts()), databases, state, texts());
        }
        return null;
    }

    private Object createController(Class<?> type) {
        Object narrow = narrowController(type);
        if (narrow != null) {
            return narrow;
        }
        try {
            // A controller that needs nothing (none is handed this context: see narrowController).
            return type.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create controller " + type.getName(), e);
        }
    }

    /** What saves the main window's layout; it runs once, when the window hides or when the app quits. */
    @Override
    public void onClose(Runnable saveLayout) {
        this.saveLayout = saveLayout;
    }

    /** Saves the window layout unless already saved; a failure to write it must not stop the app from closing. */
    @Override
    public void saveLayoutOnce() {
        Runnable save = saveLayout;
        saveLayout = null;
        if (save != null) {
            try {
                save.run();
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(AppContext.class).warn("Could not save the window layout", e);
            }
        }
    }

    @Override
    public void setMainWindow(Window window) {
        this.mainWindow = window;
    }

    /** The main window, for owning dialogs; null before it exists. */
    @Override
    public Window mainWindow() {
        return mainWindow;
    }

    public AppPaths paths() {
        return paths;
    }

    @Override
    public SettingsStore settings() {
        return settings;
    }

    /** The locale of the window's texts, numbers and dates: the user's choice of language, or the system's. */
    @Override
    public Locale locale() {
        return languages.locale();
    }

    /** The window's texts in the language in use now. */
    @Override
    public Texts texts() {
        return languages.texts();
    }

    @Override
    public Languages languages() {
        return languages;
    }

    /**
     * Listens to {@code value} for as long as the main window's current views live: when the window is rebuilt (in
     * another language), the listeners of the views it replaces are removed, so they stop reloading.
     */
    public <T> void whileViewsLive(ObservableValue<T> value, javafx.beans.value.ChangeListener<? super T> listener) {
        viewScope.whileViewsLive(value, listener);
    }

    /** Runs {@code cleanup} when the main window's current views are replaced or the app closes. */
    public void whenViewsReplaced(Runnable cleanup) {
        viewScope.whenViewsReplaced(cleanup);
    }

    /** The main window is about to be rebuilt: its views' listeners and timers stop. Call on the FX thread. */
    @Override
    public void releaseViews() {
        viewScope.releaseViews();
    }

    public DatabaseHolder database() {
        return database;
    }

    public ExpenseService expenses() {
        return expenses;
    }

    public CategoryService categories() {
        return categories;
    }

    public LedgerService ledger() {
        return ledger;
    }

    public UndoService undo() {
        return undo;
    }

    public HistoryService history() {
        return history;
    }

    public ReportService reports() {
        return reports;
    }

    public RecurrenceService recurrences() {
        return recurrences;
    }

    /** The ledger's rules and what they and the history suggest (issue 19). */
    public RuleService rules() {
        return rules;
    }

    public RuleApplyService ruleApply() {
        return ruleApply;
    }

    public app.outlay.service.rates.RateService rates() {
        return rates;
    }

    public ImportService imports() {
        return imports;
    }

    /** Tags (issue 21). */
    public app.outlay.service.tag.TagService tags() {
        return tags;
    }

    /** Receipts (issue 21). */
    public app.outlay.service.attachment.AttachmentService attachments() {
        return attachments;
    }

    public ExportService exports() {
        return exports;
    }

    /** Saved import profiles, under the settings folder. */
    public ImportProfiles importProfiles() {
        return new ImportProfiles(paths.settingsDir());
    }

    public DatabaseSwitcher switcher() {
        return switcher;
    }

    /** Opening, testing, switching and protecting the database in use. */
    @Override
    public DatabaseService databases() {
        return databases;
    }

    public BackupService backups() {
        return backups;
    }

    public MemberService members() {
        return members;
    }

    @Override
    public DialogService dialogs() {
        return dialogs;
    }

    @Override
    public BackgroundTasks tasks() {
        return tasks;
    }

    @Override
    public ViewLoader views() {
        return views;
    }

    @Override
    public Themes themes() {
        return themes;
    }

    /** Closes the database in use, if any (quitting, once queued work is done). */
    public void closeDatabase() {
        Database current = database.swap(null);
        if (current != null) {
            current.close();
        }
    }

    /**
     * The shutdown hook's work: a session the system ends (SIGTERM, logging out) closes the database as quitting does,
     * and an embedded file even under a task still running, since the JVM ends right after. A file left open keeps
     * the last second of commits unwritten and a header naming an older state, which the next start must search past.
     */
    public void closeDatabaseBeforeExit() {
        Database current = database.swap(null);
        if (current != null) {
            current.closeBeforeExit();
        }
    }

    /** Finishes queued work, then closes the database. */
    @Override
    public void close() {
        themes.stopFollowing();
        languages.restoreDefault();
        session.close();
        tasks.close();
        closeDatabase();
    }
}
