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
        // H2 may load no Java class that a database names (a trigger, a function, a table engine): Outlay's own
        // schema uses none, and a file from elsewhere must not run code (issue 24; backups are also checked before
        // they are opened, see data.ForeignH2). Set before any H2 class reads its settings.
        if (System.getProperty("h2.allowedClasses") == null) {
            System.setProperty("h2.allowedClasses", "");
        }
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
