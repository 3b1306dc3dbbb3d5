package app.outlay.cli;

import app.outlay.AppVersion;
import app.outlay.data.JdbcTargets;
import app.outlay.settings.AppPaths;
import app.outlay.settings.SettingsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * Outlay's command line (docs/design.md §3). Exit codes: 0 success, 1 failure with a one-line reason on stderr,
 * 2 bad usage. It speaks English whatever the desktop's language: it is a tool for scripts, whose output people
 * grep and parse. Explained failures from below print their English text (their message).
 */
// scope INHERIT: every subcommand, and theirs, answers --help (and --version) too; "outlay help CMD" shows CMD's help.
@Command(name = "outlay", mixinStandardHelpOptions = true, versionProvider = CommandLineApp.Version.class,
        scope = CommandLine.ScopeType.INHERIT,
        description = "Outlay, the expense tracker. With no command, opens the window.",
        subcommands = {DbCommand.class, ImportCommand.class, ExportCommand.class, WatchCommand.class, ReportCommand.class,
                RulesCommand.class, RatesCommand.class, LedgerCommand.class, AttachCommand.class, AttachmentsCommand.class,
                BackupCommand.class, RestoreCommand.class, CommandLine.HelpCommand.class})
public final class CommandLineApp implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(CommandLineApp.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }

    /** Runs the command line and returns the exit code. */
    public static int run(AppPaths paths, String[] args, PrintWriter out, PrintWriter err) {
        // A command whose settings cannot be read fails with the reason (the file stays as it is): going on with the
        // defaults would put a script's work into a ledger the user did not ask for. --help and --version need none.
        SettingsStore settings = SettingsStore.failingOnUnreadable(paths.settingsFile());
        CliEnvironment environment = new CliEnvironment(paths, settings, out, err);
        CommandLine commandLine = commandLine(environment);
        commandLine.setExecutionExceptionHandler((exception, cmd, parsed) -> {
            // The arguments may hold a database URL with a password (outlay db copy): never log that.
            log.error("Command '{}' failed", redacted(args), exception);
            err.println("outlay: " + Failures.oneLine(exception, environment));
            err.flush();
            return 1;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Every command, built with its environment; tests walk it to check each command's help. */
    static CommandLine commandLine(CliEnvironment environment) {
        CommandLine commandLine = new CommandLine(new CommandLineApp(), new CliFactory(environment));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setOut(environment.out());
        commandLine.setErr(environment.err());
        return commandLine;
    }

    private static String redacted(String[] args) {
        return java.util.Arrays.stream(args).map(JdbcTargets::redact).collect(java.util.stream.Collectors.joining(" "));
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Outlay " + AppVersion.get()};
        }
    }
}
