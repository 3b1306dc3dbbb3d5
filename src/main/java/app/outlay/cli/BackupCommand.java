package app.outlay.cli;

import app.outlay.data.Backups;
import app.outlay.data.Database;
import app.outlay.data.DatabaseCopy;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.nio.file.Path;
import java.time.LocalDateTime;
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
        Path target = file != null ? file : Backups.newFile(env.paths().backupDir(), "outlay-backup", LocalDateTime.now());
        try (Database source = Database.open(env.databaseSettings(), env.paths().backupDir())) {
            DatabaseCopy.Contents copied = Backups.backUp(source, target);
            env.out().printf(Locale.ROOT, "Backed up %s and %s (total %,.2f) from %s to %s; counts and sums verified.%n",
                    Counts.expenses(copied.expenses()), Counts.categories(copied.categories()), copied.total(),
                    source.displayName(), Backups.h2Base(target) + ".mv.db");
        }
    }
}
