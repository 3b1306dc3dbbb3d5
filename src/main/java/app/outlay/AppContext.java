package app.outlay;

import app.outlay.text.UserText;
import app.outlay.text.ExplainedException;
import app.outlay.data.ChangeListener;
import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.data.DatabaseSettings;
import app.outlay.data.LedgerRoles;
import app.outlay.domain.MoneyFormat;
import app.outlay.service.CategoryService;
import app.outlay.service.DatabaseSwitcher;
import app.outlay.service.ExpensePage;
import app.outlay.service.ExpenseService;
import app.outlay.service.ExportService;
import app.outlay.service.ImportService;
import app.outlay.service.RuleApplyService;
import app.outlay.service.RuleService;
import app.outlay.csv.ImportProfiles;
import app.outlay.service.HistoryService;
import app.outlay.service.LedgerService;
import app.outlay.service.NewestExpenses;
import app.outlay.service.UndoService;
import app.outlay.service.RecurrenceService;
import app.outlay.service.ReportService;
import app.outlay.settings.AppPaths;
import app.outlay.settings.Passwords;
import app.outlay.service.DefaultCategories;
import app.outlay.settings.PgPassFile;
import app.outlay.settings.ProtectedFiles;
import app.outlay.settings.SettingsStore;
import app.outlay.text.Texts;
import app.outlay.ui.common.BackgroundTasks;
import app.outlay.ui.common.DialogService;
import app.outlay.ui.common.Languages;
import app.outlay.ui.common.Themes;
import app.outlay.ui.common.ViewLoader;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.stage.Window;

import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.nio.file.Files;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The composition root: builds the services, the background executor and the view loader, and hands them
 * to controllers through their constructors. It owns the database in use.
 */
public final class AppContext implements AutoCloseable {

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
    private final ExportService exports;
    private final DatabaseSwitcher switcher;
    private final DialogService dialogs;
    private final BackgroundTasks tasks;
    private final ViewLoader views;
    private final Themes themes;
    private final ReadOnlyObjectWrapper<Database> activeDatabase = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper ledgerChanges = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper otherClients = new ReadOnlyIntegerWrapper(-1);
    /** This user's role on the ledger in use (LedgerRoles); the embedded ledger's one user owns it. */
    private final ReadOnlyObjectWrapper<LedgerRoles.Role> ledgerRole = new ReadOnlyObjectWrapper<>(LedgerRoles.Role.OWNER);
    private final javafx.beans.binding.BooleanBinding readOnly = ledgerRole.isEqualTo(LedgerRoles.Role.VIEWER);
    private final ReadOnlyObjectWrapper<MoneyFormat> money = new ReadOnlyObjectWrapper<>();
    private final AtomicBoolean refreshPending = new AtomicBoolean();
    private ChangeListener listener;
    private Window mainWindow;
    private Runnable saveLayout;
    private volatile EarlyPage earlyPage;
    private final List<Runnable> viewCleanups = new ArrayList<>();

    public AppContext(AppPaths paths, Locale locale) {
        this.paths = paths.createFolders();
        this.settings = new SettingsStore(paths.settingsFile());
        this.exports = new ExportService(database, ProtectedFiles.forUser(this.paths));
        // Read once now: a broken file is set aside at once and the window can say so (lastProblem()).
        settings.load();
        this.switcher = new DatabaseSwitcher(database, settings,
                PgPassFile.forUser(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home"))));
        this.languages = new Languages(settings, locale);
        // Until the ledger says otherwise (see loadCurrency), amounts are shown in the locale's own currency.
        this.money.set(new MoneyFormat(languages.locale(), MoneyFormat.defaultCurrency(languages.locale())));
        // Another language writes the same currency its own way (€ before or after, the decimal comma).
        languages.localeProperty().addListener((obs, old, now) -> money.set(new MoneyFormat(now, money.get().currency())));
        this.themes = new Themes(settings);
        this.dialogs = new DialogService(() -> mainWindow, languages::texts);
        this.tasks = new BackgroundTasks(dialogs);
        this.views = new ViewLoader(this::createController, () -> languages.texts().bundle());
    }

    /** The database the settings name; the password, where one is needed, comes from the environment. */
    public DatabaseSettings configuredDatabase() {
        return Passwords.fromEnvironment(settings.databaseSettings(paths), System.getenv());
    }

    /** Opens the configured database: pool, migrations, Hibernate. Slow: call it off the FX thread. */
    public Database openConfiguredDatabase() {
        refuseNewLedgerFromDefaults(configuredDatabase());
        return DefaultCategories.nameInLanguage(Database.open(configuredDatabase(), paths.backupDir()), locale());
    }

    /**
     * Refuses to create the embedded ledger {@code target} from defaults that stand in for unreadable settings: the
     * window starts and says what happened, but a new, empty ledger is only made where the user asked for one.
     */
    public void refuseNewLedgerFromDefaults(DatabaseSettings target) {
        if (target.kind() == DatabaseSettings.Kind.H2 && settings.setAsideUnreplaced()
                && !Files.exists(Path.of(target.h2Base() + ".mv.db"))) {
            throw new ExplainedException(UserText.of("problem.settingsFile.noNewLedger", target.h2Base() + ".mv.db"));
        }
    }

    /** Where the newest expenses go when they are read ahead of the services at start-up ({@link #readAhead}). */
    public void showEarlyPagesIn(int size, Consumer<ExpensePage> viewer) {
        earlyPage = new EarlyPage(size, viewer);
    }

    /**
     * On the worker, while the first database opens and Hibernate is not up yet: the newest expenses with plain
     * JDBC, handed to the expense list on the FX thread. Not when switching databases: a list is on screen then.
     */
    public void readAhead(DataSource pool) {
        EarlyPage target = earlyPage;
        if (target == null || activeDatabase.get() != null) {
            return;
        }
        try {
            ExpensePage page = NewestExpenses.read(pool, target.size());
            Platform.runLater(() -> target.viewer().accept(page));
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private record EarlyPage(int size, Consumer<ExpensePage> viewer) {
    }

    /** Puts {@code next} in use (on the FX thread) and closes the one it replaces in the background. */
    public void activate(Database next) {
        Database previous = database.swap(next);
        listenTo(next);
        // Queued before the views' own loads, so they show amounts in the ledger's currency from the start.
        loadCurrency();
        loadRole(next);
        activeDatabase.set(next);
        if (previous != null && previous != next) {
            tasks.runQuietly(previous::close);
        }
    }

    /**
     * On a shared PostgreSQL ledger, every change another client commits reaches this one within a second and
     * every view reloads; several notifications arriving together cause one reload.
     */
    private void listenTo(Database next) {
        ChangeListener previous = listener;
        listener = null;
        otherClients.set(-1);
        if (previous != null) {
            tasks.runQuietly(previous::close);
        }
        if (next.settings().kind() != DatabaseSettings.Kind.POSTGRESQL) {
            return;
        }
        listener = ChangeListener.start(next.settings(), new ChangeListener.Events() {
            @Override
            public void changed(List<ChangeListener.Change> changes) {
                if (changes.stream().anyMatch(change -> change.table().equals("ledger"))) {
                    Platform.runLater(AppContext.this::loadCurrency);
                }
                refreshSoon();
            }

            @Override
            public void reconnected() {
                Platform.runLater(AppContext.this::loadCurrency);
                refreshSoon();
            }

            @Override
            public void otherClients(int count) {
                Platform.runLater(() -> otherClients.set(count));
            }
        });
    }

    private void refreshSoon() {
        if (refreshPending.compareAndSet(false, true)) {
            Platform.runLater(() -> {
                refreshPending.set(false);
                ledgerChanged();
            });
        }
    }

    /**
     * Reads the ledger's currency in the background and shows amounts in it. A ledger without one yet (new, or
     * made before currencies) gets the user's default here, the first time a window opens it: so every client
     * of a shared ledger agrees from then on, and the choice is one the user can see and change in the settings.
     */
    private void loadCurrency() {
        Currency fallback = MoneyFormat.defaultCurrency(locale());
        tasks.run(() -> ledger.currencyOrAdopt(fallback), this::useCurrency,
                failure -> org.slf4j.LoggerFactory.getLogger(AppContext.class).warn("Could not read the ledger's currency", failure));
    }

    /**
     * Asks the server what this user may do on a shared ledger, so a viewer's window is read-only from the start
     * (the server refuses a viewer's writes anyway; this only spares them controls that cannot work).
     */
    private void loadRole(Database next) {
        if (next.settings().kind() == DatabaseSettings.Kind.H2) {
            ledgerRole.set(LedgerRoles.Role.OWNER);
            return;
        }
        tasks.run(() -> LedgerRoles.current(next), ledgerRole::set,
                failure -> org.slf4j.LoggerFactory.getLogger(AppContext.class).warn("Could not read this user's role on the ledger", failure));
    }

    /** This user's role on the ledger in use: owner, editor or viewer. */
    public ReadOnlyObjectProperty<LedgerRoles.Role> ledgerRoleProperty() {
        return ledgerRole.getReadOnlyProperty();
    }

    /** True while the ledger in use may only be read (a viewer's): views disable what would change it. */
    public javafx.beans.binding.BooleanBinding readOnly() {
        return readOnly;
    }

    /** Call on the FX thread: amounts are shown in {@code currency} from now on, in every open view. */
    public void useCurrency(Currency currency) {
        MoneyFormat next = money.get().with(currency);
        if (!next.equals(money.get())) {
            money.set(next);
        }
    }

    /** How amounts are written: the window's locale and the ledger's currency. */
    public MoneyFormat money() {
        return money.get();
    }

    /** Changes when the ledger's currency does (here, or on a shared ledger by another client); views re-format. */
    public ReadOnlyObjectProperty<MoneyFormat> moneyProperty() {
        return money.getReadOnlyProperty();
    }

    /** Other Outlay clients connected to the shared database; -1 where that does not apply (the embedded database). */
    public ReadOnlyIntegerProperty otherClientsProperty() {
        return otherClients.getReadOnlyProperty();
    }

    /** Call on the FX thread after the user changed the ledger, so every view that shows it reloads. */
    public void ledgerChanged() {
        ledgerChanges.set(ledgerChanges.get() + 1);
    }

    /** Counts changes to the ledger (see {@link #ledgerChanged()}); views reload when it moves. */
    public ReadOnlyIntegerProperty ledgerChangesProperty() {
        return ledgerChanges.getReadOnlyProperty();
    }

    /** The database in use, for views to follow; null until the first one is open. */
    public ReadOnlyObjectProperty<Database> activeDatabaseProperty() {
        return activeDatabase.getReadOnlyProperty();
    }

    private Object createController(Class<?> type) {
        try {
            for (Constructor<?> constructor : type.getConstructors()) {
                if (constructor.getParameterCount() == 1 && constructor.getParameterTypes()[0] == AppContext.class) {
                    return constructor.newInstance(this);
                }
            }
            return type.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create controller " + type.getName(), e);
        }
    }

    /** What saves the main window's layout; it runs once, when the window hides or when the app quits. */
    public void onClose(Runnable saveLayout) {
        this.saveLayout = saveLayout;
    }

    /** Saves the window layout unless already saved; a failure to write it must not stop the app from closing. */
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

    public void setMainWindow(Window window) {
        this.mainWindow = window;
    }

    /** The main window, for owning dialogs; null before it exists. */
    public Window mainWindow() {
        return mainWindow;
    }

    public AppPaths paths() {
        return paths;
    }

    public SettingsStore settings() {
        return settings;
    }

    /** The locale of the window's texts, numbers and dates: the user's choice of language, or the system's. */
    public Locale locale() {
        return languages.locale();
    }

    /** The window's texts in the language in use now. */
    public Texts texts() {
        return languages.texts();
    }

    public Languages languages() {
        return languages;
    }

    /**
     * Listens to {@code value} for as long as the main window's current views live: when the window is rebuilt (in
     * another language), the listeners of the views it replaces are removed, so they stop reloading.
     */
    public <T> void whileViewsLive(ObservableValue<T> value, javafx.beans.value.ChangeListener<? super T> listener) {
        value.addListener(listener);
        viewCleanups.add(() -> value.removeListener(listener));
    }

    /** Runs {@code cleanup} when the main window's current views are replaced or the app closes. */
    public void whenViewsReplaced(Runnable cleanup) {
        viewCleanups.add(cleanup);
    }

    /** The main window is about to be rebuilt: its views' listeners and timers stop. Call on the FX thread. */
    public void releaseViews() {
        List<Runnable> cleanups = List.copyOf(viewCleanups);
        viewCleanups.clear();
        cleanups.forEach(Runnable::run);
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

    public ImportService imports() {
        return imports;
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

    public DialogService dialogs() {
        return dialogs;
    }

    public BackgroundTasks tasks() {
        return tasks;
    }

    public ViewLoader views() {
        return views;
    }

    public Themes themes() {
        return themes;
    }

    /**
     * Closes the database in use, if any. Also the shutdown hook's work: a session the system ends (SIGTERM, logging
     * out) closes the database as quitting does. An embedded file left open is complete, but its header then still
     * names an older state, which the read-only look of the next start would see (and take for an upgrade to back
     * up first).
     */
    public void closeDatabase() {
        Database current = database.swap(null);
        if (current != null) {
            current.close();
        }
    }

    /** Finishes queued work, then closes the database. */
    @Override
    public void close() {
        themes.stopFollowing();
        languages.restoreDefault();
        if (listener != null) {
            listener.close();
        }
        tasks.close();
        closeDatabase();
    }
}
