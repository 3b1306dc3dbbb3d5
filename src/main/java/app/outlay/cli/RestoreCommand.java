package app.outlay.cli;

import app.outlay.data.Backups;
import app.outlay.data.Database;
import app.outlay.data.DatabaseCopy;
import app.outlay.settings.Passwords;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Locale;

/** {@code outlay restore FILE [--force]}. */
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
            Backups.refuseIfNotEmpty(file, target, force);
            // The backup is checked before anything is written: a missing, damaged or hostile file costs no
            // before-restore copy of the ledger.
            // A protected ledger's backups have its password; another protected backup's comes from the environment.
            String password = target.settings().isProtected() ? target.settings().password() : System.getenv(Passwords.LEDGER_PASSWORD);
            try (Backups.CheckedBackup backup = Backups.check(file, password)) {
                long existing = DatabaseCopy.contents(target).expenses();
                if (existing > 0) {
                    // "Nothing lost" includes the data a restore replaces.
                    Path before = Backups.newFile(env.paths().backupDir(), "outlay-before-restore", LocalDateTime.now());
                    Backups.backUp(target, before);
                    env.out().printf(Locale.ROOT, "The %s it held were backed up first to %s.%n",
                            Counts.expenses(existing), before);
                }
                DatabaseCopy.Contents restored = Backups.restore(backup, target, force, env.paths().backupDir());
                env.out().printf(Locale.ROOT, "Restored %s and %s (total %,.2f) from %s into %s; counts and sums verified.%n",
                        Counts.expenses(restored.expenses()), Counts.categories(restored.categories()), restored.total(),
                        backup.file(), target.displayName());
            }
        }
    }
}
