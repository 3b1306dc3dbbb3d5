package app.outlay;

import app.outlay.cli.CommandLineApp;
import app.outlay.settings.AppPaths;
import app.outlay.settings.FolderMigration;
import javafx.application.Application;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Plain {@code main}: the command line when arguments are given, otherwise the window. Not an
 * {@link Application} subclass, so {@code java -jar} works with JavaFX on the class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        AppPaths paths;
        try {
            paths = AppPaths.fromEnvironment().createFolders();
        } catch (RuntimeException e) {
            System.err.println("outlay: " + e.getMessage());
            System.exit(1);
            return;
        }
        // What an earlier version kept elsewhere (logs, on Windows the database) moves here once; said in the log.
        List<String> moved = AppPaths.earlierLayout().map(earlier -> FolderMigration.run(earlier, paths)).orElse(List.of());
        // Before the first logger exists, so Logback writes to <log folder>/outlay-window|cli.<date>.log.
        if (System.getProperty("outlay.logdir") == null) {
            System.setProperty("outlay.logdir", paths.logDir().toString());
        }
        if (System.getProperty("outlay.logname") == null) {
            System.setProperty("outlay.logname", args.length == 0 ? "window" : "cli");
        }
        moved.forEach(note -> LoggerFactory.getLogger(Launcher.class).info("{}", note));
        if (args.length == 0) {
            StartupTimes.startLogging();
            StartupTimes.reached(StartupTimes.LAUNCH);
            Application.launch(OutlayApp.class, args);
            return;
        }
        Charset console = Charset.defaultCharset();
        int code = CommandLineApp.run(paths, args,
                new PrintWriter(new java.io.OutputStreamWriter(System.out, console), true),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, console), true));
        System.exit(code);
    }
}
