package app.outlay.ui.main;

import app.outlay.text.Texts;
import app.outlay.ui.common.DialogService;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;

/**
 * File ▸ Back up… and Restore…: a verified copy of the ledger in an H2 file, and back again. The same
 * BackupService as {@code outlay backup} and {@code outlay restore}, for the database in use (H2 or PostgreSQL); the
 * work and the words are {@link BackupModel}'s, the file choosers and messages this class's.
 */
final class BackupActions {

    private final BackupModel model;
    private final DialogService dialogs;
    private final Texts texts;

    BackupActions(BackupModel model, DialogService dialogs, Texts texts) {
        this.model = model;
        this.dialogs = dialogs;
        this.texts = texts;
    }

    void backUp(Window owner) {
        if (!model.ledgerOpen()) {
            return;
        }
        FileChooser chooser = chooser(texts().get("backup.chooser"));
        chooser.setInitialFileName(model.suggestedFileName());
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            model.backUp(file.toPath(), message -> inform(owner, message));
        }
    }

    void restore(Window owner) {
        if (!model.ledgerOpen()) {
            return;
        }
        File file = chooser(texts().get("restore.chooser")).showOpenDialog(owner);
        if (file != null && dialogs.confirm(texts().get("restore.confirm.header"), model.restoreQuestion(file.getName()),
                texts().get("restore.action"))) {
            model.restore(file.toPath(), message -> inform(owner, message));
        }
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts().get("backup.filter"), "*.mv.db"));
        File folder = model.folder().toFile();
        if (folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        return chooser;
    }

    private Texts texts() {
        return texts;
    }

    private void inform(Window owner, BackupModel.Message message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message.text());
        alert.initOwner(owner);
        alert.setTitle(texts().get("app.name"));
        alert.setHeaderText(message.header());
        alert.getDialogPane().setMinWidth(520);
        alert.showAndWait();
    }
}
