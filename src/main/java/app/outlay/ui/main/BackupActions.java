package app.outlay.ui.main;

import app.outlay.AppContext;
import app.outlay.data.Backups;
import app.outlay.data.Database;
import app.outlay.data.DatabaseCopy;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * File ▸ Back up… and Restore…: a verified copy of the ledger in an H2 file, and back again. The same
 * {@link Backups} as {@code outlay backup} and {@code outlay restore}, for the database in use (H2 or PostgreSQL).
 */
final class BackupActions {

    private final AppContext context;

    BackupActions(AppContext context) {
        this.context = context;
    }

    void backUp(Window owner) {
        Database database = context.database().current().orElse(null);
        if (database == null) {
            return;
        }
        FileChooser chooser = chooser("Back up your ledger to");
        chooser.setInitialFileName(Backups.newFile(context.paths().backupDir(), "outlay-backup", LocalDateTime.now())
                .getFileName().toString());
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        context.tasks().run("The backup was not written", () -> Backups.backUp(database, file.toPath()),
                contents -> inform(owner, "Backup written", "Backed up " + describe(contents) + " to " + file
                        + ".\nCounts and sums were checked."));
    }

    void restore(Window owner) {
        Database database = context.database().current().orElse(null);
        if (database == null) {
            return;
        }
        File file = chooser("Restore your ledger from").showOpenDialog(owner);
        if (file == null || !context.dialogs().confirm("Replace your ledger with this backup?",
                "Everything in " + database.displayName() + " is replaced by " + file.getName()
                        + ". What is there now is backed up first, under " + context.paths().backupDir() + ".", "Restore")) {
            return;
        }
        record Restored(DatabaseCopy.Contents contents, Path before, Database reopened) {
        }
        context.tasks().run("The backup was not restored", () -> {
            Path before = Backups.newFile(context.paths().backupDir(), "outlay-before-restore", LocalDateTime.now());
            Backups.backUp(database, before);
            DatabaseCopy.Contents contents = Backups.restore(file.toPath(), database, true);
            // A fresh connection to the same database: Hibernate's reserved ids predate the restored rows.
            return new Restored(contents, before, Database.open(database.settings(), context.paths().backupDir()));
        }, restored -> {
            context.activate(restored.reopened());
            inform(owner, "Backup restored", "Restored " + describe(restored.contents()) + " from " + file
                    + ".\nCounts and sums were checked. Your ledger as it was before is in " + restored.before() + ".");
        });
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Outlay backup (H2 database)", "*.mv.db"));
        File folder = context.paths().backupDir().toFile();
        if (folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        return chooser;
    }

    private String describe(DatabaseCopy.Contents contents) {
        return Backups.expenses(contents.expenses()) + " and " + contents.categories() + " categories (total "
                + context.money().format(contents.total()) + ")";
    }

    private static void inform(Window owner, String header, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
        alert.initOwner(owner);
        alert.setTitle("Outlay");
        alert.setHeaderText(header);
        alert.getDialogPane().setMinWidth(520);
        alert.showAndWait();
    }
}
