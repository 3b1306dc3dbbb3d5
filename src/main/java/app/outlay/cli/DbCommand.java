package app.outlay.cli;

import app.outlay.data.Database;
import app.outlay.data.DatabaseMissingException;
import app.outlay.data.DatabaseInspector;
import app.outlay.data.DatabaseReport;
import app.outlay.data.SchemaStatus;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code outlay db info|migrate}. */
@Command(name = "db", description = "Look at or upgrade the database in use.",
        subcommands = {DbCommand.Info.class, DbCommand.Migrate.class})
final class DbCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: info or migrate");
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
            try (Database database = Database.open(env.databaseSettings())) {
                SchemaStatus schema = database.schema();
                env.out().printf("%s: schema %s%n", database.displayName(), schema.describe());
            }
        }
    }
}
