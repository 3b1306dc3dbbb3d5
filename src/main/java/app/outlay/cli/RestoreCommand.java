package app.outlay.cli;

import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.service.ledger.BackupService;
import app.outlay.settings.Passwords;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.nio.file.Path;
import java.util.Locale;

/** {@code outlay restore FILE [--force]}: the steps are {@link BackupService#restore}'s, as in the window. */
@Command(name = "restore", description = "Copy a backup made with 'outlay backup' into the database in use (H2 or "
        + "PostgreSQL), checking counts and sums. The backup file is not changed.")
final class RestoreCommand implements Runnable {

    private final CliEnvironment env;

    @CommandLine.Parameters(paramLabel = "FILE", description = "The backup, e.g. backups/outlay-backup-2026-11-24T135501.mv.db")
    Path file;

    @CommandLine.Option(names = "--force", description = "Replace the expenses the database in use holds "
            + "(they are backed up first, into the backups folder).")
    boolean force;

    RestoreCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public void run() {
        try (Database target = env.named(Database.open(env.databaseSettings(), env.paths().backupDir()))) {
            BackupService backups = new BackupService(new DatabaseHolder(target), env.paths().backupDir());
            // Another protected backup's password comes from the environment.
            BackupService.Restored restored = backups.restore(file, force, System.getenv(Passwords.LEDGER_PASSWORD));
            if (restored.before() != null) {
                env.out().printf(Locale.ROOT, "The %s it held were backed up first to %s.%n",
                        Counts.expenses(restored.replaced()), restored.before());
            }
            env.out().printf(Locale.ROOT, "Restored %s and %s (total %,.2f) from %s into %s; counts and sums verified.%n",
                    Counts.expenses(restored.contents().expenses()), Counts.categories(restored.contents().categories()),
                    restored.contents().total(), restored.backup(), target.displayName());
            if (restored.protectionLeftBehind()) {
                env.out().printf(Locale.ROOT, "The backup was protected with a password; %s is not, so what was restored "
                        + "is readable on this disk. Protect it with: outlay db encrypt%n", target.displayName());
            }
        }
    }
}
