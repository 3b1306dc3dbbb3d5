package app.outlay.cli;

import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.service.category.CategoryRow;
import app.outlay.service.category.CategoryService;
import app.outlay.service.expense.ExpenseFilter;
import app.outlay.service.export.ExportService;
import app.outlay.settings.ProtectedFiles;
import app.outlay.service.attachment.ReceiptExport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code outlay export FILE}: expenses to CSV in Outlay's own format, which {@code outlay import} reads back. */
@Command(name = "export", description = "Export expenses, refunds and income to the canonical CSV (date,description,amount,category,notes,kind,tags,split,currency,ledger_amount; UTF-8).")
final class ExportCommand implements Callable<Integer> {

    private final CliEnvironment env;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "Where to write; replaced if it exists (never Outlay's own database, backups, settings or .pgpass)."
            + " May be left out with --attachments.")
    Path file;

    @Option(names = "--attachments", paramLabel = "DIR", description = "Also save the receipts of the exported expenses into this folder, "
            + "named by date, expense id and description (e.g. 2026-05-02_1042_Hotel-Roma.jpg).")
    Path attachments;

    @Option(names = "--ids", description = "Add a last column 'id': each entry's id, as its history shows it and 'outlay attach' takes it.")
    boolean ids;

    @Option(names = "--from", paramLabel = "D", description = "First day, e.g. 2026-01-01.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "D", description = "Last day, e.g. 2026-12-31.")
    LocalDate to;

    @Option(names = "--category", paramLabel = "C", description = "Only this category (its name).")
    String category;

    ExportCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (file == null && attachments == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing FILE (or --attachments DIR)");
        }
        try (Database database = env.named(Database.open(env.databaseSettings()))) {
            DatabaseHolder holder = new DatabaseHolder(database);
            Long categoryId = null;
            if (category != null) {
                categoryId = new CategoryService(holder).list().stream()
                        .filter(c -> c.name().equalsIgnoreCase(category.strip())).map(CategoryRow::id).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("--category: there is no category named '" + category + "'"));
            }
            ExpenseFilter filter = new ExpenseFilter(null, from, to, categoryId);
            if (file != null) {
                long count = new ExportService(holder, ProtectedFiles.forUser(env.paths())).export(filter, file, ids);
                env.out().println("exported " + count + " expense" + (count == 1 ? "" : "s") + " to " + file);
            }
            if (attachments != null) {
                long count = new ReceiptExport(holder, ProtectedFiles.forUser(env.paths())).export(filter, attachments);
                env.out().println("saved " + count + " receipt" + (count == 1 ? "" : "s") + " in " + attachments);
            }
            return 0;
        }
    }
}
