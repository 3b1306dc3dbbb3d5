package app.outlay.service.ledger;

import app.outlay.data.Backups;
import app.outlay.data.Database;
import app.outlay.data.DatabaseCopy;
import app.outlay.data.DatabaseSettings;
import app.outlay.data.DatabaseHolder;

import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * Backing up the ledger in use into a new, verified H2 file, and restoring one: the same steps for File ▸ Back up… /
 * Restore… and for {@code outlay backup} / {@code outlay restore}. Every call blocks: off the FX thread.
 */
public final class BackupService {

    private final DatabaseHolder database;
    private final Path backupFolder;

    public BackupService(DatabaseHolder database, Path backupFolder) {
        this.database = database;
        this.backupFolder = backupFolder;
    }

    /** A new file name in the backups folder, {@code <prefix>-<date and time>.mv.db}. */
    public Path newFile(String prefix) {
        return Backups.newFile(backupFolder, prefix, LocalDateTime.now());
    }

    /** The backups folder, where file choosers start. */
    public Path folder() {
        return backupFolder;
    }

    /** Copies the ledger in use into the new H2 file {@code file}; counts and sums are checked. */
    public DatabaseCopy.Contents backUp(Path file) {
        return Backups.backUp(database.get(), file);
    }

    /** The file {@link #backUp} writes for {@code file}: its name with {@code .mv.db}. */
    public static Path h2File(Path file) {
        return Path.of(Backups.h2Base(file) + ".mv.db");
    }

    /**
     * What a restore did: what it copied from {@code backup}, where the ledger's earlier contents went first, and whether
     * a protected backup went into an embedded ledger without a password (its contents are no longer protected)
     * ({@code before}; null when it held no expenses) with how many expenses that were.
     */
    public record Restored(DatabaseCopy.Contents contents, Path backup, Path before, long replaced, boolean protectionLeftBehind) {
    }

    /**
     * Restores {@code file} into the ledger in use. Refuses, having changed nothing, a ledger that holds expenses unless
     * {@code replaceExisting}; checks the backup before anything is written (a missing, damaged or hostile file costs
     * no before-restore copy); backs up what the ledger holds ("nothing lost" includes what a restore replaces); then
     * copies, verified.
     *
     * @param otherPassword the password of a protected backup where the ledger in use is not protected (a protected
     *                      ledger's backups have its own password), or null
     */
    public Restored restore(Path file, boolean replaceExisting, String otherPassword) {
        Database target = database.get();
        Backups.refuseIfNotEmpty(file, target, replaceExisting);
        String password = target.settings().isProtected() ? target.settings().password() : otherPassword;
        try (Backups.CheckedBackup backup = Backups.check(file, password)) {
            long existing = DatabaseCopy.contents(target).expenses();
            Path before = null;
            if (existing > 0) {
                before = newFile("outlay-before-restore");
                Backups.backUp(target, before);
            }
            DatabaseCopy.Contents restored = Backups.restore(backup, target, replaceExisting, backupFolder);
            // A protected backup restored into an embedded ledger without a password is readable on disk now: say so.
            boolean protectionLeftBehind = backup.password() != null && target.settings().kind() == DatabaseSettings.Kind.H2
                    && !target.settings().isProtected();
            return new Restored(restored, backup.file(), before, existing, protectionLeftBehind);
        }
    }
}
