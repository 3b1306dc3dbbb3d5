package app.outlay.service.export;

import app.outlay.service.expense.ExpenseFilter;
import app.outlay.service.expense.ExpenseQueries;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.service.split.SplitLinks;
import app.outlay.service.tag.TagLinks;
import app.outlay.files.AtomicReplace;
import app.outlay.text.ExplainedException;
import app.outlay.text.UserText;
import app.outlay.csv.CsvWriter;
import app.outlay.csv.FormulaGuard;
import app.outlay.data.DatabaseHolder;

import app.outlay.settings.ProtectedFiles;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import app.outlay.domain.TagNames;
import app.outlay.domain.SplitPart;

/**
 * Writes entries to CSV in Outlay's own format (docs/design.md §3): RFC 4180, UTF-8, header
 * {@code date,description,amount,category,notes,kind,tags,split,currency,ledger_amount}
 * (tags {@code ;}-separated; with ids, a last column {@code id}), ISO dates, '.' decimals, amount &gt; 0 with the kind
 * (expense, refund, income) giving the direction; a split payment (issue 21) is one line per part, each with the
 * part's amount, category, notes and tags and the payment's id in {@code split}; text cells that a
 * spreadsheet would run as a formula begin with a quote ({@link FormulaGuard}). Rows are streamed from
 * the database to the file, oldest first.
 */
public final class ExportService {

    public static final List<String> HEADER = List.of("date", "description", "amount", "category", "notes", "kind", "tags", "split", "currency", "ledger_amount");
    /** Rows whose tags are read at once while streaming. */
    private static final int SLICE = 500;

    private final DatabaseHolder database;
    private final ProtectedFiles protectedFiles;
    private final ExpenseQueries expenses = new ExpenseQueries();

    public ExportService(DatabaseHolder database, ProtectedFiles protectedFiles) {
        this.database = database;
        this.protectedFiles = protectedFiles;
    }

    /**
     * Writes the matching expenses to {@code file}, replacing it only once everything is written (a temporary file in
     * the same folder, then a rename). Refuses, before writing anything, to replace Outlay's own files. Returns the count.
     */
    public long export(ExpenseFilter filter, Path file) {
        return export(filter, file, false);
    }

    /** As {@link #export(ExpenseFilter, Path)}; {@code ids}: a last column {@code id} with each entry's id (issue 21). */
    public long export(ExpenseFilter filter, Path file, boolean ids) {
        Path target = file.toAbsolutePath();
        protectedFiles.refuseToOverwrite(target, database.get().settings());
        try {
            Path folder = target.getParent();
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, ".outlay-export", ".tmp");
            try {
                long count;
                try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                    count = export(filter, out, ids);
                }
                AtomicReplace.move(temp, target);
                return count;
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new ExplainedException(UserText.of("problem.file.unwritable", target.toString(), String.valueOf(e.getMessage())), e);
        }
    }

    /** Writes the header and the matching expenses to {@code out}. Returns the number of expenses written. */
    public long export(ExpenseFilter filter, Writer out) {
        return export(filter, out, false);
    }

    /** As {@link #export(ExpenseFilter, Writer)}, with a last column {@code id} when {@code ids}. */
    public long export(ExpenseFilter filter, Writer out, boolean ids) {
        CsvWriter csv = new CsvWriter(out, ',');
        List<String> header = new ArrayList<>(HEADER);
        if (ids) {
            header.add("id");
        }
        csv.write(header);
        long count = database.sessionFactory().fromTransaction(session -> {
            Map<Long, String> categoryNames = new java.util.HashMap<>();
            session.createSelectionQuery("select c.id, c.name from Category c", Object[].class).getResultList()
                    .forEach(c -> categoryNames.put((Long) c[0], (String) c[1]));
            long written = 0;
            try (Stream<ExpenseRow> rows = expenses.streamOldestFirst(session, filter)) {
                Iterator<ExpenseRow> iterator = rows.iterator();
                while (iterator.hasNext()) {
                    List<ExpenseRow> slice = new ArrayList<>();
                    while (iterator.hasNext() && slice.size() < SLICE) {
                        slice.add(iterator.next());
                    }
                    Map<Long, List<String>> tags = TagLinks.of(session, slice.stream().map(ExpenseRow::id).toList());
                    Map<Long, List<SplitPart>> parts = SplitLinks.of(session, slice.stream().map(ExpenseRow::id).toList());
                    for (ExpenseRow row : slice) {
                        if (parts.containsKey(row.id())) {
                            for (SplitPart part : parts.get(row.id())) {
                                csv.write(partCells(row, part, categoryNames.get(part.categoryId()), ids));
                            }
                        } else {
                            csv.write(cells(row, tags.getOrDefault(row.id(), List.of()), ids));
                        }
                        written++;
                    }
                }
            }
            return written;
        });
        csv.flush();
        return count;
    }

    /** Text cells are guarded against running as spreadsheet formulas; the import takes the guard off. */
    private static List<String> cells(ExpenseRow row, List<String> tags, boolean ids) {
        List<String> cells = line(row, row.isForeign() ? row.originalAmount() : row.amount(), row.categoryName(), row.notes(), tags,
                "", ids);
        if (row.isForeign()) {
            // Issue 22: the amount as paid in its currency, and what it came to in the ledger's; empty for the ledger's own.
            cells.set(HEADER.indexOf("currency"), row.currency());
            cells.set(HEADER.indexOf("ledger_amount"), row.amount().toPlainString());
        }
        return cells;
    }

    /** One part of a split payment: the payment's date, description and kind, the part's own values, the payment's id. */
    private static List<String> partCells(ExpenseRow row, SplitPart part, String categoryName, boolean ids) {
        if (row.isForeign() && part.original() != null) {
            // Issue 22: a part of a payment in another currency as paid, with what it came to, like an unsplit entry.
            List<String> cells = line(row, part.original(), categoryName, part.note(), part.tags(), Long.toString(row.id()), ids);
            cells.set(HEADER.indexOf("currency"), row.currency());
            cells.set(HEADER.indexOf("ledger_amount"), part.amount().toPlainString());
            return cells;
        }
        return line(row, part.amount(), categoryName, part.note(), part.tags(), Long.toString(row.id()), ids);
    }

    private static List<String> line(ExpenseRow row, java.math.BigDecimal amount, String categoryName, String notes,
                                     List<String> tags, String split, boolean ids) {
        List<String> cells = new ArrayList<>(List.of(row.date().toString(), FormulaGuard.guard(row.description()),
                amount.toPlainString(), categoryName == null ? "" : FormulaGuard.guard(categoryName),
                notes == null ? "" : FormulaGuard.guard(notes), row.kind().key(),
                tags.isEmpty() ? "" : FormulaGuard.guard(TagNames.join(tags)), split, "", ""));
        if (ids) {
            cells.add(Long.toString(row.id()));
        }
        return cells;
    }
}
