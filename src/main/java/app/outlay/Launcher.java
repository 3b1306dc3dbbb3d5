package app.outlay;

import app.outlay.cli.CommandLineApp;
import app.outlay.cli.ConsoleCharset;
import picocli.CommandLine.Command;
import app.outlay.settings.AppPaths;
import app.outlay.settings.FolderMigration;
import javafx.application.Application;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.LoggerFactory;

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
        // "Open with Outlay" (the desktop entry's %f): a file and nothing else opens the window with the import wizard.
        Path fileToOpen = fileToOpen(args);
        // What an earlier version kept elsewhere (logs, on Windows the database) moves here once; said in the log.
        List<String> moved = AppPaths.earlierLayout().map(earlier -> FolderMigration.run(earlier, paths)).orElse(List.of());
        // Before the first logger exists, so Logback writes to <log folder>/outlay-window|cli.<date>.log.
        if (System.getProperty("outlay.logdir") == null) {
            System.setProperty("outlay.logdir", paths.logDir().toString());
        }
        if (System.getProperty("outlay.logname") == null) {
            System.setProperty("outlay.logname", args.length == 0 || fileToOpen != null ? "window" : "cli");
        }
        moved.forEach(note -> LoggerFactory.getLogger(Launcher.class).info("{}", note));
        if (args.length == 0 || fileToOpen != null) {
            // A window is open on this data folder already: it comes forward (and imports the file) instead.
            if (SingleWindow.handOff(SingleWindow.socketIn(paths.dataDir()), Optional.ofNullable(fileToOpen))) {
                LoggerFactory.getLogger(Launcher.class).info("Handed over to the window already open{}",
                        fileToOpen == null ? "" : ", with " + fileToOpen);
                return;
            }
            StartupTimes.startLogging();
            StartupTimes.reached(StartupTimes.LAUNCH);
            JavaFxLogging.hideClassPathWarning();
            Application.launch(OutlayApp.class, fileToOpen == null ? new String[0] : new String[] {fileToOpen.toString()});
            return;
        }
        Charset console = ConsoleCharset.ofThisProcess();
        int code = CommandLineApp.run(paths, args,
                new PrintWriter(new java.io.OutputStreamWriter(System.out, console), true),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, console), true));
        System.exit(code);
    }

    /** From the annotations only: creating the commands would make the first logger before the log folder is set. */
    private static boolean isCommandName(String arg) {
        for (Class<?> command : CommandLineApp.class.getAnnotation(Command.class).subcommands()) {
            Command names = command.getAnnotation(Command.class);
            if (names.name().equals(arg) || java.util.Arrays.asList(names.aliases()).contains(arg)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The file to import when the only argument names an existing file rather than a command or option (a file named
     * like a command loses: {@code outlay import} stays the command).
     */
    static Path fileToOpen(String[] args) {
        if (args.length != 1 || args[0].startsWith("-") || isCommandName(args[0])) {
            return null;
        }
        try {
            Path file = Path.of(args[0]).toAbsolutePath().normalize();
            return Files.isRegularFile(file) ? file : null;
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }
}
