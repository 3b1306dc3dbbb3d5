package app.outlay.bench;

import app.outlay.csv.ColumnMapping;
import app.outlay.csv.CsvFormat;
import app.outlay.data.DatabaseHolder;
import app.outlay.service.importing.ImportReport;
import app.outlay.service.importing.ImportRequest;
import app.outlay.service.importing.ImportService;

import java.nio.file.Path;

/**
 * Import throughput: {@link ImportService#importFile} of a CSV file (parse → validate → insert) against
 * {@link RawJdbcInsert} of the same rows, into the same empty table, runs interleaved so both see the same machine.
 * A third figure, {@link HibernateInsert} of the same rows from memory against the same raw runs, splits the
 * import's ratio into what Hibernate's insert costs and what reading and checking the file adds.
 */
final class ImportBenchmark {

    /** Issue #7: the import within 1.3× of a raw JDBC batch insert of the same rows. */
    private static final double MAX_RATIO = 1.30;

    private final BenchDatabase db;
    private final SyntheticExpenses rows;
    private final Path csv;

    ImportBenchmark(BenchDatabase db, SyntheticExpenses rows, Path csv) {
        this.db = db;
        this.rows = rows;
        this.csv = csv;
    }

    void run(int iterations, ResultTable results) {
        ImportService service = new ImportService(new DatabaseHolder(db.database()));
        ImportRequest request = ImportRequest.of(csv, CsvFormat.CANONICAL, ColumnMapping.CANONICAL);
        // Warm-up: one of each, so both are compiled and the database's caches are in the same state.
        importOnce(service, request);
        rawOnce();
        hibernateOnce();
        long[] outlay = new long[iterations];
        long[] raw = new long[iterations];
        long[] hibernate = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            outlay[i] = importOnce(service, request);
            raw[i] = rawOnce();
            hibernate[i] = hibernateOnce();
            System.out.printf("  %s import run %d: Outlay %.0f ms, raw JDBC %.0f ms, Hibernate insert alone %.0f ms%n",
                    db.name(), i + 1, outlay[i] / 1e6, raw[i] / 1e6, hibernate[i] / 1e6);
        }
        db.emptyExpenses();
        results.compareThroughput(db.name(), String.format("import %,d CSV lines", rows.count()), rows.count(),
                new Samples(outlay), new Samples(raw), MAX_RATIO);
        Samples alone = new Samples(hibernate);
        Samples baseline = new Samples(raw);
        results.add(db.name(), String.format("of which: Hibernate's insert alone, %,d rows from memory", rows.count()),
                alone.describeThroughput(rows.count()), baseline.describeThroughput(rows.count()), alone.pairedRatio(baseline), null);
    }

    private long importOnce(ImportService service, ImportRequest request) {
        db.emptyExpenses();
        long[] imported = new long[1];
        long nanos = Samples.time(() -> {
            ImportReport report = service.importFile(request, rejected -> {
                throw new IllegalStateException("Generated line rejected: " + rejected);
            });
            imported[0] = report.imported();
        });
        if (imported[0] != rows.count()) {
            throw new IllegalStateException("Imported " + imported[0] + " of " + rows.count() + " lines");
        }
        return nanos;
    }

    private long hibernateOnce() {
        db.emptyExpenses();
        return Samples.time(() -> HibernateInsert.insert(db, rows));
    }

    private long rawOnce() {
        db.emptyExpenses();
        return Samples.time(() -> RawJdbcInsert.insert(db, rows, ImportService.BATCH_SIZE, Long.MAX_VALUE));
    }
}
