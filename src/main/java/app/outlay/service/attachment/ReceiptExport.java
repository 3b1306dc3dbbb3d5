package app.outlay.service.attachment;

import app.outlay.service.expense.ExpenseFilter;
import app.outlay.service.expense.ExpenseQueries;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.data.DatabaseHolder;
import app.outlay.settings.ProtectedFiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code outlay export --attachments DIR}: every receipt of the matching expenses as a file, named so that a
 * folder listing sorts by date and names the expense: {@code 2026-05-02_1042_Hotel-Roma.jpg} (date, the expense's
 * id, its description), with {@code _2}, {@code _3} … when an expense has several. Files of the same name are
 * replaced, so exporting again brings a folder up to date.
 */
public final class ReceiptExport {

    private static final int DESCRIPTION_MAX = 60;
    private static final int SLICE = 500;

    private final DatabaseHolder database;
    private final ProtectedFiles protectedFiles;
    private final ExpenseQueries expenses = new ExpenseQueries();

    public ReceiptExport(DatabaseHolder database, ProtectedFiles protectedFiles) {
        this.database = database;
        this.protectedFiles = protectedFiles;
    }

    /** Writes the receipts of the expenses matching {@code filter} into {@code folder}; returns how many. */
    public long export(ExpenseFilter filter, Path folder) {
        Path target = folder.toAbsolutePath();
        return database.sessionFactory().fromTransaction(session -> {
            long written = 0;
            try (Stream<ExpenseRow> rows = expenses.streamOldestFirst(session, filter)) {
                Iterator<ExpenseRow> iterator = rows.iterator();
                while (iterator.hasNext()) {
                    // A slice of the list at a time; only the receipts' own rows and bytes are read besides.
                    List<ExpenseRow> slice = new ArrayList<>();
                    while (iterator.hasNext() && slice.size() < SLICE) {
                        slice.add(iterator.next());
                    }
                    Set<Long> with = AttachmentStore.withAttachments(session, slice.stream().map(ExpenseRow::id).toList());
                    for (ExpenseRow row : slice) {
                        if (!with.contains(row.id())) {
                            continue;
                        }
                        List<AttachmentRow> attachments = AttachmentStore.of(session, row.id());
                        for (int i = 0; i < attachments.size(); i++) {
                            Path file = target.resolve(fileName(row, attachments.get(i), attachments.size() > 1 ? i + 1 : 0));
                            protectedFiles.refuseToOverwrite(file, database.get().settings());
                            AttachmentService.write(file, AttachmentStore.bytes(session, attachments.get(i).id()));
                            written++;
                        }
                    }
                }
            }
            return written;
        });
    }

    /** {@code 2026-05-02_1042_Hotel-Roma_2.pdf}; {@code number} 0 when the expense has one receipt. */
    static String fileName(ExpenseRow expense, AttachmentRow attachment, int number) {
        String description = expense.description().strip().replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("-{2,}", "-")
                .replaceAll("^[-.]+|[-.]+$", "");
        if (description.length() > DESCRIPTION_MAX) {
            description = description.substring(0, DESCRIPTION_MAX);
        }
        String name = AttachmentService.fileName(attachment);
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 ? name.substring(dot).replaceAll("[^\\p{L}\\p{N}.]", "") : MediaTypes.extension(attachment.mediaType());
        return expense.date() + "_" + expense.id() + (description.isEmpty() ? "" : "_" + description)
                + (number > 0 ? "_" + number : "") + extension;
    }
}
