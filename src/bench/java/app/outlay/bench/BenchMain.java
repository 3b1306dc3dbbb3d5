package app.outlay.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

/**
 * Runs every benchmark on every database and prints one table: each figure of Outlay against the same work done
 * with raw JDBC on the same database in the same run. Run it with {@code mvn -Pbench verify} (see docs/benchmark.md).
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws IOException {
        BenchConfig config = BenchConfig.fromSystemProperties();
        long started = System.nanoTime();
        Path workDir = Files.createTempDirectory("outlay-bench");
        Path outputDir = config.output().toAbsolutePath().getParent();
        Files.createDirectories(outputDir);
        System.out.printf("Outlay benchmark: %,d expenses for the queries, %,d CSV lines for the import, %d iterations,"
                        + " %s, %d cores (load average %.1f), Java %s%n", config.queryRows(), config.importRows(),
                config.iterations(), config.databases(), Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.version());

        ResultTable results = new ResultTable();
        if (config.interactionsOnly()) {
            try {
                interactions(config, results);
                finish(config, results, outputDir, started, workDir);
            } catch (RuntimeException e) {
                e.printStackTrace();
                System.exit(1); // JavaFX's threads would keep a failed run alive
            }
            System.exit(0); // JavaFX's threads stay up after its windows close
        }
        if ("startup".equals(config.only())) {
            // -Dbench.only=startup: the start-up figures alone, e.g. to compare a change of structure with the last run.
            System.out.println("== Start-up");
            new StartupBenchmark(workDir, config.startupRows()).run(config.iterations(), results);
            finish(config, results, outputDir, started, workDir);
            return;
        }
        System.out.println("== Session, from outside the processes");
        new SessionBenchmark(workDir, config.sessionRows(), config.sessionImportRows(), config.sessionRounds(),
                config.idleSeconds(), config.databases().contains("postgresql")).run(results);
        if (config.sessionOnly()) {
            finish(config, results, outputDir, started, workDir);
            return;
        }
        SyntheticExpenses importRows = new SyntheticExpenses(config.importRows(), LocalDate.of(2024, 1, 1), 730);
        Path csv = workDir.resolve("import.csv");
        importRows.writeCsv(csv);
        if (config.startupRows() > 0) {
            System.out.println("== Start-up");
            new StartupBenchmark(workDir, config.startupRows()).run(config.iterations(), results);
        }
        for (String kind : config.databases()) {
            try (BenchDatabase db = BenchDatabase.open(kind)) {
                System.out.println("== " + db.name());
                new ImportBenchmark(db, importRows, csv).run(config.iterations(), results);
                if (db.postgres()) {
                    new PoolBenchmark(db).run(Math.max(3, config.iterations() / 2), results);
                }
                if (config.memory()) {
                    new ImportMemoryBenchmark(db, workDir).run(100_000, 1_000_000, results);
                }
                if (config.queryRows() > 0) {
                    QueryBenchmark queries = new QueryBenchmark(db);
                    queries.load(config.queryRows());
                    queries.run(config.iterations() * 2, results, outputDir.resolve("plans-" + kind + ".txt"));
                }
            }
        }
        if (config.queryRows() > 0 && config.interactionRounds() > 0) {
            interactions(config, results);
        }
        finish(config, results, outputDir, started, workDir);
        System.exit(0); // JavaFX's threads stay up after its windows close
    }

    /** Issue #17, target 4: the interactions through the real window, per database, at bench.rows expenses. */
    private static void interactions(BenchConfig config, ResultTable results) {
        for (String kind : config.databases()) {
            try (BenchDatabase db = BenchDatabase.open(kind)) {
                System.out.println("== Interactions, " + db.name());
                new QueryBenchmark(db).load(InteractionBenchmark.data(config.queryRows()));
                new InteractionBenchmark(db, config.queryRows(), config.interactionRounds(), 3).run(results);
            }
        }
        results.note("interactions: the app's own window (AppContext, MainWindow) in the benchmark's JVM on the X display,"
                + " driven with JavaFX's Robot; each time runs from just before the key press or click to the first pulse whose"
                + " layout shows the expected first row and the expected count and total; baseline: the same key press in a"
                + " bare JavaFX window answered with a fixed list; ratio: p95 ÷ the baseline's p95");
    }

    private static void finish(BenchConfig config, ResultTable results, Path outputDir, long started, Path workDir)
            throws IOException {
        results.note("times: median of the measured runs after warm-up, spread (min–max) in brackets; ratio = median over"
                + " the runs of Outlay's time ÷ the baseline run right after it (memory: Outlay ÷ baseline)");
        results.note(String.format("machine: %d cores, load average %.1f at the end of the run",
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        String table = results.markdown();
        System.out.println();
        System.out.println(table);
        Files.writeString(config.output(), table);
        Files.writeString(outputDir.resolve("results.json"), results.json());
        System.out.println(results.allTargetsMet() ? "Every target met." : "Some targets MISSED: see the table.");
        System.out.printf("Written to %s and results.json (query plans beside them) in %s%n", config.output(),
                Duration.ofNanos(System.nanoTime() - started).withNanos(0));
        deleteQuietly(workDir);
    }

    static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
