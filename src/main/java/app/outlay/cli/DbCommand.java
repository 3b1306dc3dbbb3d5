package app.outlay.cli;

import app.outlay.data.ConnectionProblem;
import app.outlay.data.Database;
import app.outlay.data.DatabaseCopy;
import app.outlay.data.DatabaseMissingException;
import app.outlay.data.DatabaseInspector;
import app.outlay.data.DatabaseReport;
import app.outlay.data.DatabaseSettings;
import app.outlay.data.ForeignH2;
import app.outlay.data.JdbcTargets;
import app.outlay.data.SchemaStatus;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import app.outlay.text.UserText;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** {@code outlay db info|migrate|copy}. */
@Command(name = "db", description = "Look at, upgrade or copy the database in use.",
        subcommands = {DbCommand.Info.class, DbCommand.Migrate.class, DbCommand.Copy.class, LedgerPasswordCommands.Encrypt.class,
                LedgerPasswordCommands.Decrypt.class, LedgerPasswordCommands.Password.class, DbGrantCommand.class, DbRevokeCommand.class})
final class DbCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: info, migrate, copy, encrypt, decrypt or password");
    }

    @Command(name = "info", description = "Database in use, schema version and row counts. Changes nothing.")
    static final class Info implements Runnable {
        private final CliEnvironment env;

        Info(CliEnvironment env) {
            this.env = env;
        }

        @Override
        public void run() {
            var settings = env.databaseSettings();
            try {
                DatabaseReport report = DatabaseInspector.inspect(settings);
                env.out().printf("Database:    %s%n", report.displayName());
                env.out().printf("Server:      %s%n", report.product());
                env.out().printf("Schema:      %s%n", report.schema().describe());
                if (report.expenses() != null) {
                    env.out().printf("Expenses:    %d%n", report.expenses());
                    env.out().printf("Categories:  %d%n", report.categories());
                }
            } catch (DatabaseMissingException e) {
                env.out().printf("Database:    %s%n", settings.displayName());
                env.out().printf("Schema:      none yet. %s%n", e.getMessage());
            }
        }
    }

    @Command(name = "migrate", description = "Apply pending migrations and exit.")
    static final class Migrate implements Runnable {
        private final CliEnvironment env;

        Migrate(CliEnvironment env) {
            this.env = env;
        }

        @Override
        public void run() {
            try (Database database = env.named(Database.open(env.databaseSettings(), env.paths().backupDir()))) {
                SchemaStatus schema = database.schema();
                env.out().printf("%s: schema %s%n", database.displayName(), schema.describe());
            }
        }
    }

    @Command(name = "copy", description = "Copy every expense and category of the database in use into TARGET "
            + "(migrated first), checking counts and sums before committing. The database in use is not changed.")
    static final class Copy implements Runnable {
        private final CliEnvironment env;

        @CommandLine.Parameters(paramLabel = "TARGET", description = "jdbc:h2:file:/path/name or "
                + "jdbc:postgresql://host:port/database?user=name[&sslmode=require]; the password comes from "
                + "--password-stdin, --ask-password, PGPASSWORD or ~/.pgpass, never from the URL")
        String target;

        @CommandLine.Option(names = "--password-stdin", description = "Read TARGET's password from the first line of "
                + "standard input (e.g. from a password manager), so that it is not in the process list.")
        boolean passwordFromStdin;

        @CommandLine.Option(names = "--ask-password", description = "Ask for TARGET's password on the terminal, without echo.")
        boolean askPassword;

        @CommandLine.Option(names = "--force", description = "Replace the expenses TARGET already holds.")
        boolean force;

        Copy(CliEnvironment env) {
            this.env = env;
        }

        @Override
        public void run() {
            DatabaseSettings sourceSettings = env.databaseSettings();
            if (JdbcTargets.hasPassword(target)) {
                // Every user of this computer can read a command's arguments (ps, /proc/PID/cmdline), and the
                // shell keeps them in its history: the password is refused before anything is opened.
                throw new CommandFailure(UserText.of("problem.copy.passwordInUrl", JdbcTargets.redact(target)).english(), null);
            }
            DatabaseSettings targetSettings = JdbcTargets.parse(target, System.getenv());
            String password = password();
            if (password != null) {
                targetSettings = targetSettings.withPassword(password);
            }
            if (targetSettings.sameDatabase(sourceSettings)) {
                throw new IllegalStateException(targetSettings.displayName() + " is the database in use: choose another target");
            }
            // The target first: a refusal then costs one open, and changes nothing but its migration.
            try (Database destination = openTarget(targetSettings)) {
                long existing = DatabaseCopy.contents(destination).expenses();
                if (existing > 0 && !force) {
                    throw new IllegalStateException(destination.displayName() + " already holds "
                            + (existing == 1 ? "1 expense" : existing + " expenses") + "; use --force to replace them");
                }
                try (Database source = Database.open(sourceSettings, env.paths().backupDir())) {
                    DatabaseCopy.Contents copied = DatabaseCopy.copy(source, destination, force);
                    env.out().printf(Locale.ROOT, "Copied %,d %s and %,d %s (total %,.2f) to %s; counts and sums verified.%n",
                            copied.expenses(), copied.expenses() == 1 ? "expense" : "expenses",
                            copied.categories(), copied.categories() == 1 ? "category" : "categories",
                            copied.total(), destination.displayName());
                }
            }
        }

        /** The password given with --password-stdin or --ask-password, or null (then PGPASSWORD or ~/.pgpass). */
        private String password() {
            if (passwordFromStdin) {
                try {
                    String line = new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset())).readLine();
                    return line == null || line.isEmpty() ? null : line;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            if (askPassword) {
                Console console = System.console();
                if (console == null) {
                    throw new CommandFailure(UserText.of("problem.copy.noTerminal").english(), null);
                }
                char[] typed = console.readPassword("Password for %s: ", JdbcTargets.redact(target));
                return typed == null || typed.length == 0 ? null : new String(typed);
            }
            return null;
        }

        /** A target that cannot be reached is explained in terms of the target (its user, its host), not the settings'. */
        private Database openTarget(DatabaseSettings targetSettings) {
            Path h2File = targetSettings.kind() == DatabaseSettings.Kind.H2 ? targetSettings.h2File() : null;
            if (h2File != null && Files.exists(h2File)) {
                // An existing file may come from anywhere: what opening it would run is refused first, as for a backup.
                ForeignH2.refuseForeignObjects(h2File, targetSettings.password());
            }
            try {
                return Database.open(targetSettings, env.paths().backupDir());
            } catch (RuntimeException e) {
                ConnectionProblem problem = ConnectionProblem.of(e, targetSettings);
                if (problem.kind() == ConnectionProblem.Kind.OTHER) {
                    throw e;
                }
                throw new CommandFailure(problem.message(), e);
            }
        }
    }
}
