package app.outlay.ui.main;

import app.outlay.data.DatabaseCopy;
import app.outlay.service.ledger.BackupService;
import app.outlay.service.ledger.DatabaseService;
import app.outlay.service.ledger.OpenLedger;
import app.outlay.text.Texts;
import app.outlay.ui.common.AppState;
import app.outlay.ui.common.TaskRunner;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * File ▸ Back up… and Restore…: the work (BackupService's, as for {@code outlay backup} and {@code restore --force})
 * and what the window says when it is done. BackupActions shows the file choosers, the question and the answer.
 */
final class BackupModel {

    /** What the window says afterwards. */
    record Message(String header, String text) {
    }

    private final BackupService backups;
    private final DatabaseService databases;
    private final AppState state;
    private final TaskRunner tasks;
    private final Texts texts;

    BackupModel(BackupService backups, DatabaseService databases, AppState state, TaskRunner tasks, Texts texts) {
        this.backups = backups;
        this.databases = databases;
        this.state = state;
        this.tasks = tasks;
        this.texts = texts;
    }

    /** Nothing to back up or restore into before a ledger is open. */
    boolean ledgerOpen() {
        return state.ledgerProperty().get() != null;
    }

    /** Where the file choosers start. */
    Path folder() {
        return backups.folder();
    }

    /** The name a new backup gets unless the user types another. */
    String suggestedFileName() {
        return backups.newFile("outlay-backup").getFileName().toString();
    }

    /** The question before a restore: it replaces what the ledger in use holds (kept in the backups folder first). */
    String restoreQuestion(String fileName) {
        OpenLedger ledger = state.ledgerProperty().get();
        return texts.format("restore.confirm.text", ledger.displayName(), fileName, backups.folder().toString());
    }

    void backUp(Path file, Consumer<Message> done) {
        tasks.run(texts.get("backup.failed"), () -> backups.backUp(file),
                contents -> done.accept(new Message(texts.get("backup.done.header"),
                        texts.format("backup.done.text", describe(contents), file.toString()))));
    }

    /** Restores {@code file} over the ledger in use, then opens the ledger afresh and puts it in use. */
    void restore(Path file, Consumer<Message> done) {
        record Restored(BackupService.Restored restored, OpenLedger reopened) {
        }
        tasks.run(texts.get("restore.failed"), () -> {
            BackupService.Restored restored = backups.restore(file, true, null);
            // A fresh connection to the same database: Hibernate's reserved ids predate the restored rows.
            return new Restored(restored, databases.reopen());
        }, finished -> {
            databases.use(finished.reopened());
            Path before = finished.restored().before();
            String copied = describe(finished.restored().contents());
            done.accept(new Message(texts.get("restore.done.header"), before == null
                    ? texts.format("restore.done.textEmpty", copied, file.toString())
                    : texts.format("restore.done.text", copied, file.toString(), before.toString())));
        });
    }

    private String describe(DatabaseCopy.Contents contents) {
        return texts.format("backup.contents", contents.expenses(), contents.categories(), state.money().format(contents.total()));
    }
}
