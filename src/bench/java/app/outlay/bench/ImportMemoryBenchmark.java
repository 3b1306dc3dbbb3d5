package app.outlay.bench;

import app.outlay.csv.ColumnMapping;
import app.outlay.csv.CsvFormat;
import app.outlay.data.DatabaseHolder;
import app.outlay.service.importing.ImportRequest;
import app.outlay.service.importing.ImportService;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Import memory: the peak live heap of importing a small and a ten times larger file, against the raw JDBC insert
 * of the same rows. Streaming means the import's peak does not grow with the file (the database's own memory,
 * which for H2 lives in this JVM, is there for the baseline too).
 */
final class ImportMemoryBenchmark {

    private final BenchDatabase db;
    private final Path workDir;

    ImportMemoryBenchmark(BenchDatabase db, Path workDir) {
        this.db = db;
        this.workDir = workDir;
    }

    void run(long smallRows, long largeRows, ResultTable results) {
        LiveHeapProbe.Result small = measure(smallRows, results);
        LiveHeapProbe.Result large = measure(largeRows, results);
        results.note(String.format("%s: import peak live heap %.1f MB at %,d lines, %.1f MB at %,d lines (growth %+.1f MB for %,d more lines)",
                db.name(), mb(small.peakLiveBytes()), smallRows, mb(large.peakLiveBytes()), largeRows,
                mb(large.peakLiveBytes() - small.peakLiveBytes()), largeRows - smallRows));
    }

    private LiveHeapProbe.Result measure(long count, ResultTable results) {
        SyntheticExpenses rows = new SyntheticExpenses(count, LocalDate.of(2024, 1, 1), 730);
        Path csv = workDir.resolve("memory-" + count + ".csv");
        rows.writeCsv(csv);
        ImportService service = new ImportService(new DatabaseHolder(db.database()));
        ImportRequest request = ImportRequest.of(csv, CsvFormat.CANONICAL, ColumnMapping.CANONICAL);

        db.emptyExpenses();
        LiveHeapProbe.Result outlay = LiveHeapProbe.measure(() -> service.importFile(request, rejected -> { }));
        db.emptyExpenses();
        LiveHeapProbe.Result raw = LiveHeapProbe.measure(
                () -> RawJdbcInsert.insert(db, rows, ImportService.BATCH_SIZE, Long.MAX_VALUE));
        db.emptyExpenses();
        csv.toFile().delete();

        results.add(db.name(), String.format("import %,d lines: peak live heap", count),
                String.format("%.1f MB", mb(outlay.peakLiveBytes())), String.format("%.1f MB", mb(raw.peakLiveBytes())),
                (double) outlay.peakLiveBytes() / raw.peakLiveBytes(), null);
        results.add(db.name(), String.format("import %,d lines: allocated per line", count),
                String.format("%,d B", outlay.allocatedBytes() / count), String.format("%,d B", raw.allocatedBytes() / count),
                (double) outlay.allocatedBytes() / raw.allocatedBytes(), null);
        return outlay;
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
