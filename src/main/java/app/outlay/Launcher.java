package app.outlay;

import app.outlay.cli.CommandLineApp;
import app.outlay.settings.AppPaths;
import javafx.application.Application;

import java.io.PrintWriter;
import java.nio.charset.Charset;

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
        // Before the first logger exists, so Logback writes to <data folder>/logs/outlay.log.
        if (System.getProperty("outlay.logdir") == null) {
            System.setProperty("outlay.logdir", paths.logDir().toString());
        }
        if (args.length == 0) {
            StartupTimes.startLogging();
            StartupTimes.reached(StartupTimes.LAUNCH);
            JavaFxLogging.hideClassPathWarning();
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
