package app.outlay.cli;

import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.service.attachment.AttachmentRow;
import app.outlay.service.attachment.AttachmentService;
import app.outlay.settings.ProtectedFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code outlay attachments ID [--save DIR] [--only RECEIPT]}: an expense's receipts, one per line
 * ({@code id<TAB>name<TAB>media type<TAB>bytes<TAB>sha256}), or saved as files under their own names.
 */
@Command(name = "attachments", description = "List the receipts of the expense with this id, one per line: "
        + "receipt id, name, media type, size in bytes, SHA-256 (tab-separated); or save them with --save.")
final class AttachmentsCommand implements Callable<Integer> {

    private final CliEnvironment env;

    @Parameters(index = "0", paramLabel = "ID", description = "The expense's id.")
    long expenseId;

    @Option(names = "--save", paramLabel = "DIR", description = "Save the receipts into this folder under their own names (replacing files of the same name).")
    Path folder;

    @Option(names = "--only", paramLabel = "RECEIPT", description = "With --save: only the receipt with this id (the first column of the list).")
    Long only;

    AttachmentsCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (only != null && folder == null) {
            throw new IllegalArgumentException("--only: needs --save DIR (where to save the receipt)");
        }
        try (Database database = env.named(Database.open(env.databaseSettings()))) {
            AttachmentService attachments = new AttachmentService(new DatabaseHolder(database), ProtectedFiles.forUser(env.paths()));
            List<AttachmentRow> rows = attachments.list(expenseId).stream().filter(row -> only == null || row.id() == only).toList();
            if (only != null && rows.isEmpty()) {
                throw new IllegalArgumentException("--only: expense " + expenseId + " has no receipt " + only);
            }
            for (AttachmentRow row : rows) {
                if (folder == null) {
                    env.out().println(row.id() + "\t" + row.name() + "\t" + row.mediaType() + "\t" + row.size() + "\t" + row.sha256());
                } else {
                    Path saved = attachments.saveAs(row.id(), folder.resolve(row.name()));
                    env.out().println("saved " + saved);
                }
            }
            return 0;
        }
    }
}
