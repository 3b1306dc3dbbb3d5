package app.outlay.ui.main;

import app.outlay.StartupTimes;
import app.outlay.data.ConnectionProblem;
import app.outlay.data.DatabaseSettings;
import app.outlay.service.ledger.DatabaseService;
import app.outlay.service.ledger.OpenLedger;
import app.outlay.ui.settings.SettingsDialog;
import app.outlay.ui.common.BackgroundTasks;
import app.outlay.ui.common.NextFrame;
import app.outlay.ui.common.ViewLoader;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Builds and shows the main window, then opens the database in the background. */
public final class MainWindow {

    private static final Logger log = LoggerFactory.getLogger(MainWindow.class);

    private MainWindow() {
    }

    /** Shows the window at once; the table says it is loading until the database ({@link #openDatabase}) is open. */
    public static MainWindowController show(Stage stage, WindowShellParts context) {
        MainWindowController controller = create(stage, context);
        StartupTimes.reached(StartupTimes.WINDOW_BUILT);
        stage.show();
        NextFrame.then(stage.getScene(), () -> StartupTimes.reached(StartupTimes.WINDOW_SHOWN));
        return controller;
    }

    /** The window without the database boot: tests open their own database and activate it. */
    public static MainWindowController create(Stage stage, WindowShellParts context) {
        app.outlay.ui.common.FocusOnClose.installEverywhere();
        ViewLoader.View<MainWindowController> view = context.views().load(MainWindowController.class, "MainWindow.fxml");
        Scene scene = new Scene(view.root(), 1180, 720);
        context.themes().apply(scene);
        stage.setScene(scene);
        MenuMnemonics.keepMenusOpenedByMnemonics(scene);
        context.themes().followWindows();
        stage.setMinWidth(760);
        stage.setMinHeight(480);
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            OpenLedger ledger = context.activeDatabaseProperty().get();
            String name = context.texts().get("app.name");
            return ledger == null ? name : name + " \u2014 " + ledger.displayName();
        }, context.activeDatabaseProperty(), context.languages().localeProperty()));
        // Decoding and scaling four PNGs takes a few tens of milliseconds of a cold start. Queued at once, it ran before
        // the first frame (the pulse is queued behind it); so it is queued from the first frame, and the task-bar icon
        // comes one frame later.
        NextFrame.then(scene, () -> Platform.runLater(() -> addIcon(stage)));
        WindowLayout layout = new WindowLayout(stage, view.controller(), context.settings());
        layout.restore();
        // Closing the window saves it here; quitting from the menu (Platform.exit hides no window) saves it in close().
        stage.setOnHiding(event -> context.saveLayoutOnce());
        context.onClose(layout::save);
        context.setMainWindow(stage);
        // A settings file that could not be read was set aside: say so once, where the user looks.
        context.settings().lastProblem().ifPresent(problem -> view.controller().expenses().showNotice(context.texts().of(problem)));
        // Another language: the views are built again in it, on the same stage, showing the same screen.
        MainWindowController[] shown = {view.controller()};
        stage.getProperties().put(MainWindowController.class, shown[0]);
        context.languages().localeProperty().addListener((obs, old, now) -> {
            shown[0] = rebuild(stage, context, shown[0]);
            stage.getProperties().put(MainWindowController.class, shown[0]);
        });
        // A file dropped onto the window opens the import wizard on it.
        scene.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            event.consume();
        });
        scene.setOnDragDropped(event -> {
            List<java.io.File> files = event.getDragboard().hasFiles() ? event.getDragboard().getFiles() : List.of();
            event.setDropCompleted(!files.isEmpty());
            event.consume();
            if (!files.isEmpty()) {
                // After the drop has finished: the wizard is a modal dialog, which must not open inside the drag's event.
                Platform.runLater(() -> importFile(stage, context, files.get(0).toPath()));
            }
        });
        prepareAtFirstInput(scene, context.databases(), context.tasks());
        // An exception in an event handler becomes a dialog, never a dead window.
        Thread.currentThread().setUncaughtExceptionHandler((thread, failure) ->
                Platform.runLater(() -> context.dialogs().showError(context.texts().get("error.unexpected"), failure)));
        return view.controller();
    }

    /**
     * At the user's first key press or click, starts Hibernate in the background: the window opens without it (every
     * read until then is plain SQL), and a ledger that is only looked at never needs it; the first search or change then
     * finds it ready, or nearly so.
     */
    private static void prepareAtFirstInput(Scene scene, DatabaseService databases, BackgroundTasks tasks) {
        EventHandler<InputEvent> once = new EventHandler<>() {
            @Override
            public void handle(InputEvent event) {
                scene.removeEventFilter(KeyEvent.KEY_PRESSED, this);
                scene.removeEventFilter(MouseEvent.MOUSE_PRESSED, this);
                tasks.run(() -> {
                    databases.prepareForChanges();
                    return null;
                }, done -> { }, failure -> log.warn("Could not start Hibernate ahead of the first search or change", failure));
            }
        };
        scene.addEventFilter(KeyEvent.KEY_PRESSED, once);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, once);
    }

    /**
     * Builds the window's views again from their FXML, in the language now in use, and puts them in place of
     * {@code previous}'s: the database stays open, and the screen shown, the expense filters and the table's
     * columns stay as they were. The views replaced stop listening to the context.
     */
    static MainWindowController rebuild(Stage stage, WindowShellParts context, MainWindowController previous) {
        context.releaseViews();
        ViewLoader.View<MainWindowController> view = context.views().load(MainWindowController.class, "MainWindow.fxml");
        String columns = WindowLayout.describeColumns(previous.expenses().table());
        stage.getScene().setRoot(view.root());
        MainWindowController controller = view.controller();
        WindowLayout.restoreColumns(controller.expenses().table(), columns);
        controller.expenses().takeOver(previous.expenses());
        controller.showScreen(previous.selectedScreen());
        context.onClose(new WindowLayout(stage, controller, context.settings())::save);
        return controller;
    }

    /**
     * Brings the window to the front (a second launch handed over to this one, see app.outlay.SingleWindow) and, when
     * {@code file} is given, opens the import wizard on it.
     */
    public static void bringForward(Stage stage, WindowShellParts context, Optional<Path> file) {
        stage.setIconified(false);
        stage.show();
        stage.toFront();
        stage.requestFocus();
        file.ifPresent(path -> importFile(stage, context, path));
    }

    /**
     * The import wizard on {@code file}, in the window shown now, as soon as the database is open (at start it may not
     * be). While a wizard is open, that one comes forward and the file waits its turn (ImportWizard).
     */
    public static void importFile(Stage stage, WindowShellParts context, Path file) {
        MainWindowController controller = (MainWindowController) stage.getProperties().get(MainWindowController.class);
        if (context.activeDatabaseProperty().get() != null) {
            controller.openImport(file);
            return;
        }
        context.activeDatabaseProperty().addListener(new javafx.beans.value.ChangeListener<OpenLedger>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends OpenLedger> value, OpenLedger old, OpenLedger now) {
                if (now != null) {
                    value.removeListener(this);
                    importFile(stage, context, file);
                }
            }
        });
    }

    public static void openDatabase(WindowShellParts context) {
        openDatabase(context, context.databases().configured());
    }

    /** Opens {@code target} in the background; a failure asks the user what to do (see {@link StartupFailureDialog}). */
    static void openDatabase(WindowShellParts context, DatabaseSettings target) {
        // A ledger this start creates gets its default categories in the window's language.
        java.util.Locale language = context.locale();
        DatabaseService databases = context.databases();
        context.tasks().run(() -> databases.open(target, language), ledger -> {
            StartupTimes.reached(StartupTimes.DATABASE_OPEN);
            databases.use(ledger);
        }, failure -> {
            log.error("Could not open {}", target, failure);
            ConnectionProblem problem = ConnectionProblem.of(failure, target);
            Window owner = context.mainWindow();
            StartupFailureModel model = new StartupFailureModel(target, problem, context.texts());
            StartupFailureModel.Answer answer = StartupFailureDialog.ask(owner, model, context.texts());
            switch (answer.choice()) {
                case RETRY -> openDatabase(context, model.retryTarget(answer));
                case OPEN_SETTINGS -> SettingsDialog.open(context.views(), owner, answer.password(), () -> { }, () -> {
                    if (databases.inUse().isEmpty()) {
                        openDatabase(context, databases.configured());
                    }
                });
                // For this session only: the settings still name the server, so the next launch tries it again.
                case USE_EMBEDDED -> openDatabase(context, databases.embedded());
                case QUIT -> Platform.exit();
            }
        });
    }

    /** The window and task-bar icon, in the sizes desktops ask for (rendered from installer/icons/outlay.svg). */
    private static void addIcon(Stage stage) {
        List<Image> icons = new java.util.ArrayList<>();
        for (int size : new int[] {16, 32, 48, 256}) {
            try (InputStream icon = MainWindow.class.getResourceAsStream("/app/outlay/ui/icons/outlay-" + size + ".png")) {
                if (icon != null) {
                    icons.add(new Image(icon));
                }
            } catch (java.io.IOException e) {
                log.debug("No {} px window icon", size, e);
            }
        }
        // All at once: the window converts every icon it has for the window system at each change of the list, so
        // adding them one by one converted ten images instead of four (a tenth of the FX thread's work before the
        // first page at a million expenses, in a flight recording).
        stage.getIcons().setAll(icons);
    }
}
