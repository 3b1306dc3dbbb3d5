package app.outlay.cli;

import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.service.attachment.AttachmentRow;
import app.outlay.service.attachment.AttachmentService;
import app.outlay.settings.ProtectedFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code outlay attach ID FILE...}: receipts (images, PDFs) stored with an expense, in the database. */
@Command(name = "attach", description = "Attach files (receipt photos, PDFs; at most 20 MB each) to the expense with this id "
        + "(the id that 'outlay export --ids' and the expense's history show). The same file attached twice is stored once.")
final class AttachCommand implements Callable<Integer> {

    private final CliEnvironment env;

    @Parameters(index = "0", paramLabel = "ID", description = "The expense's id.")
    long expenseId;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "The files to attach.")
    List<Path> files;

    AttachCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        try (Database database = env.named(Database.open(env.databaseSettings()))) {
            AttachmentService attachments = new AttachmentService(new DatabaseHolder(database), ProtectedFiles.forUser(env.paths()));
            for (Path file : files) {
                AttachmentRow row = attachments.attach(expenseId, file);
                env.out().println("attached " + row.name() + " (" + row.mediaType() + ", " + row.size() + " bytes) to expense "
                        + expenseId + " as receipt " + row.id());
            }
            return 0;
        }
    }
}
