package app.outlay.ui.main;

import app.outlay.text.Texts;
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
        FileChooser chooser = chooser(texts().get("backup.chooser"));
        chooser.setInitialFileName(Backups.newFile(context.paths().backupDir(), "outlay-backup", LocalDateTime.now())
                .getFileName().toString());
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        context.tasks().run(texts().get("backup.failed"), () -> Backups.backUp(database, file.toPath()),
                contents -> inform(owner, texts().get("backup.done.header"),
                        texts().format("backup.done.text", describe(contents), file.toString())));
    }

    void restore(Window owner) {
        Database database = context.database().current().orElse(null);
        if (database == null) {
            return;
        }
        File file = chooser(texts().get("restore.chooser")).showOpenDialog(owner);
        if (file == null || !context.dialogs().confirm(texts().get("restore.confirm.header"),
                texts().format("restore.confirm.text", database.displayName(), file.getName(), context.paths().backupDir().toString()),
                texts().get("restore.action"))) {
            return;
        }
        record Restored(DatabaseCopy.Contents contents, Path before, Database reopened) {
        }
        context.tasks().run(texts().get("restore.failed"), () -> {
            // Checked first: a missing, damaged or hostile file costs no before-restore copy of the ledger.
            String password = database.settings().isProtected() ? database.settings().password() : null;
            try (Backups.CheckedBackup backup = Backups.check(file.toPath(), password)) {
                Path before = Backups.newFile(context.paths().backupDir(), "outlay-before-restore", LocalDateTime.now());
                Backups.backUp(database, before);
                DatabaseCopy.Contents contents = Backups.restore(backup, database, true, context.paths().backupDir());
                // A fresh connection to the same database: Hibernate's reserved ids predate the restored rows.
                return new Restored(contents, before, Database.open(database.settings(), context.paths().backupDir()));
            }
        }, restored -> {
            context.activate(restored.reopened());
            inform(owner, texts().get("restore.done.header"), texts().format("restore.done.text",
                    describe(restored.contents()), file.toString(), restored.before().toString()));
        });
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts().get("backup.filter"), "*.mv.db"));
        File folder = context.paths().backupDir().toFile();
        if (folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        return chooser;
    }

    private String describe(DatabaseCopy.Contents contents) {
        return texts().format("backup.contents", contents.expenses(), contents.categories(),
                context.money().format(contents.total()));
    }

    private Texts texts() {
        return context.texts();
    }

    private void inform(Window owner, String header, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
        alert.initOwner(owner);
        alert.setTitle(texts().get("app.name"));
        alert.setHeaderText(header);
        alert.getDialogPane().setMinWidth(520);
        alert.showAndWait();
    }
}
