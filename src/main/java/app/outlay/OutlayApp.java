package app.outlay;

import app.outlay.data.DatabaseSettings;
import app.outlay.settings.AppPaths;
import app.outlay.ui.common.NextFrame;
import app.outlay.ui.main.MainWindow;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.Locale;

/** The JavaFX application: the window first, the database in the background. */
public final class OutlayApp extends Application {

    private static final Logger log = LoggerFactory.getLogger(OutlayApp.class);

    private AppContext context;
    private SingleWindow singleWindow;

    @Override
    public void init() {
        // Runs on the launcher thread: reading settings here keeps the FX thread free for the first frame.
        context = new AppContext(AppPaths.fromEnvironment(), Locale.getDefault());
        StartupTimes.reached(StartupTimes.CONTEXT_READY);
        context.themes().detectSystemTheme();
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> log.error("Uncaught on {}", thread.getName(), failure));
        // JavaFX calls stop() when the user quits, not when the system ends the process (SIGTERM, logging out).
        Runtime.getRuntime().addShutdownHook(new Thread(context::closeDatabaseBeforeExit, "outlay-exit"));
    }

    @Override
    public void start(Stage stage) {
        StartupTimes.reached(StartupTimes.FX_START);
        MainWindow.show(stage, context);
        // One window per embedded ledger: a second launch hands over to this one (Launcher). A PostgreSQL ledger may
        // be open in several windows, as before.
        if (context.configuredDatabase().kind() == DatabaseSettings.Kind.H2) {
            singleWindow = SingleWindow.listen(SingleWindow.socketIn(context.paths().dataDir()),
                    file -> Platform.runLater(() -> MainWindow.bringForward(stage, context, file))).orElse(null);
        }
        // Launched with a file ("Open with Outlay"): the import wizard on it, once the ledger is open.
        getParameters().getRaw().stream().findFirst().map(Path::of).ifPresent(file -> MainWindow.importFile(stage, context, file));
        // The database opens once the window is on screen, not while it is built: on two cores, opening it in
        // parallel delayed the window by about a third and brought the first page no sooner (StartupBenchmark).
        NextFrame.then(stage.getScene(), () -> MainWindow.openDatabase(context));
    }

    @Override
    public void stop() {
        if (singleWindow != null) {
            singleWindow.close();
        }
        context.saveLayoutOnce();
        context.close();
    }
}
