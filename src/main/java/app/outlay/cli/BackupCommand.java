package app.outlay.cli;

import app.outlay.data.Database;
import app.outlay.data.DatabaseCopy;
import app.outlay.data.DatabaseHolder;
import app.outlay.service.ledger.BackupService;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.nio.file.Path;
import java.util.Locale;

/** {@code outlay backup [FILE]}. */
@Command(name = "backup", description = "Copy every expense and category of the database in use (H2 or PostgreSQL) "
        + "into a new H2 file, checking counts and sums. The database in use is not changed.")
final class BackupCommand implements Runnable {

    private final CliEnvironment env;

    @CommandLine.Parameters(arity = "0..1", paramLabel = "FILE",
            description = "The new file (default: <data folder>/backups/outlay-backup-<date and time>.mv.db).")
    Path file;

    BackupCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public void run() {
        try (Database source = Database.open(env.databaseSettings(), env.paths().backupDir())) {
            BackupService backups = new BackupService(new DatabaseHolder(source), env.paths().backupDir());
            Path target = file != null ? file : backups.newFile("outlay-backup");
            DatabaseCopy.Contents copied = backups.backUp(target);
            env.out().printf(Locale.ROOT, "Backed up %s and %s (total %,.2f) from %s to %s; counts and sums verified.%n",
                    Counts.expenses(copied.expenses()), Counts.categories(copied.categories()), copied.total(),
                    source.displayName(), BackupService.h2File(target));
        }
    }
}
