package app.outlay.ui.main;

import app.outlay.text.Texts;
import app.outlay.AppContext;
import app.outlay.data.DatabaseCopy;
import app.outlay.service.BackupService;
import app.outlay.service.DatabaseService;
import app.outlay.service.OpenLedger;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;

/**
 * File ▸ Back up… and Restore…: a verified copy of the ledger in an H2 file, and back again. The same
 * {@link BackupService} as {@code outlay backup} and {@code outlay restore}, for the database in use (H2 or PostgreSQL).
 */
final class BackupActions {

    private final AppContext context;

    BackupActions(AppContext context) {
        this.context = context;
    }

    void backUp(Window owner) {
        if (context.activeDatabaseProperty().get() == null) {
            return;
        }
        BackupService backups = context.backups();
        FileChooser chooser = chooser(texts().get("backup.chooser"));
        chooser.setInitialFileName(backups.newFile("outlay-backup").getFileName().toString());
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        context.tasks().run(texts().get("backup.failed"), () -> backups.backUp(file.toPath()),
                contents -> inform(owner, texts().get("backup.done.header"),
                        texts().format("backup.done.text", describe(contents), file.toString())));
    }

    /** The steps are BackupService.restore's, as for {@code outlay restore --force}; then the ledger is opened afresh. */
    void restore(Window owner) {
        OpenLedger ledger = context.activeDatabaseProperty().get();
        if (ledger == null) {
            return;
        }
        BackupService backups = context.backups();
        DatabaseService databases = context.databases();
        File file = chooser(texts().get("restore.chooser")).showOpenDialog(owner);
        if (file == null || !context.dialogs().confirm(texts().get("restore.confirm.header"),
                texts().format("restore.confirm.text", ledger.displayName(), file.getName(), backups.folder().toString()),
                texts().get("restore.action"))) {
            return;
        }
        record Restored(BackupService.Restored restored, OpenLedger reopened) {
        }
        context.tasks().run(texts().get("restore.failed"), () -> {
            BackupService.Restored restored = backups.restore(file.toPath(), true, null);
            // A fresh connection to the same database: Hibernate's reserved ids predate the restored rows.
            return new Restored(restored, databases.reopen());
        }, done -> {
            databases.use(done.reopened());
            Path before = done.restored().before();
            inform(owner, texts().get("restore.done.header"), before == null
                    ? texts().format("restore.done.textEmpty", describe(done.restored().contents()), file.toString())
                    : texts().format("restore.done.text", describe(done.restored().contents()), file.toString(), before.toString()));
        });
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts().get("backup.filter"), "*.mv.db"));
        File folder = context.backups().folder().toFile();
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
