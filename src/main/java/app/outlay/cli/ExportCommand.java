package app.outlay.cli;

import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.service.CategoryRow;
import app.outlay.service.CategoryService;
import app.outlay.service.ExpenseFilter;
import app.outlay.service.ExportService;
import app.outlay.settings.ProtectedFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code outlay export FILE}: expenses to CSV in Outlay's own format, which {@code outlay import} reads back. */
@Command(name = "export", description = "Export expenses to CSV (date,description,amount,category,notes; UTF-8).")
final class ExportCommand implements Callable<Integer> {

    private final CliEnvironment env;

    @Parameters(index = "0", paramLabel = "FILE", description = "Where to write; replaced if it exists (never Outlay's own database, backups, settings or .pgpass).")
    Path file;

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
        try (Database database = env.named(Database.open(env.databaseSettings()))) {
            DatabaseHolder holder = new DatabaseHolder(database);
            Long categoryId = null;
            if (category != null) {
                categoryId = new CategoryService(holder).list().stream()
                        .filter(c -> c.name().equalsIgnoreCase(category.strip())).map(CategoryRow::id).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("--category: there is no category named '" + category + "'"));
            }
            long count = new ExportService(holder, ProtectedFiles.forUser(env.paths())).export(new ExpenseFilter(null, from, to, categoryId), file);
            env.out().println("exported " + count + " expense" + (count == 1 ? "" : "s") + " to " + file);
            return 0;
        }
    }
}
