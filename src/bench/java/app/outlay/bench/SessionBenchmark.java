package app.outlay.bench;

import app.outlay.data.Database;
import app.outlay.data.DatabaseSettings;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The session as a user meets it, measured from outside the processes (issue #17), each figure beside its baseline
 * in the same run, the two alternating round by round:
 * <ol>
 *   <li><b>settled</b>: from process creation until the process has used under 5% of one core for a whole second
 *       after its window mapped; Outlay as packaged ({@link StartupBenchmark}'s command: installer/java-options and
 *       the class-data sharing archive) on a ledger of {@code rows} expenses, against HomeBank opening the same rows
 *       (its .xhb file, {@link HomeBankFile}); with the peak RSS (VmHWM) over that whole time and the bytes the process
 *       wrote (wchar of /proc/PID/io) while it only read;</li>
 *   <li><b>idle</b>: the CPU ticks of 60 s with the window open and untouched, Outlay on an empty ledger against a bare
 *       JavaFX window ({@link BareTableWindow}), both on the same display at the same time;</li>
 *   <li><b>import, whole process</b>: {@code outlay import FILE} of {@code importRows} canonical lines as a new process
 *       into a fresh ledger, against {@link CsvJdbcLoader} loading the same file into the same (fresh) schema; the H2
 *       file's size afterwards and the peak RSS of each.</li>
 * </ol>
 */
final class SessionBenchmark {

    private static final double MAX_SETTLED_RATIO = 1.5;
    private static final double QUIET_PERCENT = 5;
    private static final double IDLE_ALLOWANCE_PERCENT = 0.1;
    private static final double MAX_IMPORT_RATIO = 1.5;
    private static final double MAX_FILE_RATIO = 1.2;
    private static final long MAX_IMPORT_RSS = 512L * 1024 * 1024;

    private final Path work;
    private final long rows;
    private final long importRows;
    private final int rounds;
    private final int idleSeconds;
    private final boolean postgres;

    SessionBenchmark(Path work, long rows, long importRows, int rounds, int idleSeconds, boolean postgres) {
        this.work = work;
        this.postgres = postgres;
        this.rows = rows;
        this.importRows = importRows;
        this.rounds = rounds;
        this.idleSeconds = idleSeconds;
    }

    void run(ResultTable results) {
        Path target = Path.of("target").toAbsolutePath();
        StartupBenchmark startup = new StartupBenchmark(work, rows);
        String appClassPath = StartupBenchmark.appClassPath(target);
        Path archive = startup.dumpArchive(appClassPath);
        List<String> outlay = new ArrayList<>();
        outlay.add(StartupBenchmark.java());
        outlay.addAll(StartupBenchmark.javaOptions(archive.getParent()));
        outlay.addAll(List.of("-cp", appClassPath, "app.outlay.Launcher"));
        try (BenchDisplay display = BenchDisplay.open()) {
            if (display.server() == null && display.environment().isEmpty() && System.getenv("DISPLAY") == null) {
                throw new IllegalStateException("The session figures need an X display (Xvfb): apt-get install -y xvfb");
            }
            System.out.println("  session: windows on " + display.description() + ", load average " + load());
            if (rows > 0) {
                settled(results, startup, outlay, display);
            }
            if (idleSeconds > 0) {
                idle(results, startup, outlay, display, target);
            }
        }
        if (importRows > 0) {
            importProcess(results, startup, outlay, target);
            if (postgres) {
                importProcessPostgres(results, outlay, target);
            }
        }
    }

    // ---- settled -------------------------------------------------------------------------------------------------

    private void settled(ResultTable results, StartupBenchmark startup, List<String> outlay, BenchDisplay display) {
        Path ledger = startup.ledger("session-million", rows);
        Path xhb = work.resolve("million.xhb");
        HomeBankFile.write(new SyntheticExpenses(rows, QueryBenchmark.FIRST_DAY, QueryBenchmark.DAYS), xhb);
        Path homeBankHome = work.resolve("homebank-home");
        HomeBankFile.writePreferences(homeBankHome);
        boolean homeBank = BenchDisplay.onPath("homebank");
        long[] outlayTimes = new long[rounds];
        long[] homeBankTimes = new long[rounds];
        long[] outlayRss = new long[rounds];
        long[] homeBankRss = new long[rounds];
        long[] outlayWritten = new long[rounds];
        long[] outlayCpu = new long[rounds];
        long mostRewritten = 0;
        long mostAppended = 0;
        long[] homeBankCpu = new long[rounds];
        try {
            for (int round = 0; round <= rounds; round++) { // round 0 warms the file cache and is not counted
                Settle hb = null;
                if (homeBank) {
                    Map<String, String> env = new HashMap<>(display.environment());
                    env.put("HOME", homeBankHome.toString());
                    env.put("XDG_CONFIG_HOME", homeBankHome.resolve(".config").toString());
                    hb = settle(List.of("homebank", xhb.toString()), env, log("homebank", round));
                }
                Path file = ledger.resolve("data").resolve("outlay.mv.db");
                Path before = snapshot(file, work.resolve("ledger-before.mv.db"));
                Settle o = settle(outlay, display.environment(ledger), log("outlay-settled", round));
                long[] rewrittenAppended = rewritten(before, file);
                mostRewritten = Math.max(mostRewritten, rewrittenAppended[0]);
                mostAppended = Math.max(mostAppended, rewrittenAppended[1]);
                System.out.printf(Locale.ROOT, "  settled round %d: of the ledger file %d bytes rewritten, %d appended%n", round,
                        rewrittenAppended[0], rewrittenAppended[1]);
                System.out.printf(Locale.ROOT, "  settled round %d: Outlay %.0f ms (window %.0f ms, CPU %.1f s), peak RSS %.0f MiB,"
                                + " wrote %.1f MiB; HomeBank %s (load average %s)%n", round, o.settledMillis, o.mappedMillis,
                        o.cpuSeconds, o.peakRss / 1048576.0, o.written / 1048576.0, hb == null ? "not installed"
                                : String.format(Locale.ROOT, "%.0f ms (window %.0f ms, CPU %.1f s), peak RSS %.0f MiB",
                                hb.settledMillis, hb.mappedMillis, hb.cpuSeconds, hb.peakRss / 1048576.0), load());
                if (round > 0) {
                    outlayTimes[round - 1] = Math.round(o.settledMillis * 1e6);
                    outlayRss[round - 1] = o.peakRss;
                    outlayWritten[round - 1] = o.written;
                    outlayCpu[round - 1] = Math.round(o.cpuSeconds * 1e9);
                    if (hb != null) {
                        homeBankTimes[round - 1] = Math.round(hb.settledMillis * 1e6);
                        homeBankRss[round - 1] = hb.peakRss;
                        homeBankCpu[round - 1] = Math.round(hb.cpuSeconds * 1e9);
                    }
                }
            }
        } finally {
            BenchMain.deleteQuietly(ledger);
        }
        Samples o = new Samples(outlayTimes);
        String figure = String.format("settled: start until quiet (< 5%% of a core for 1 s), %,d expenses", rows);
        long rss = median(outlayRss);
        if (homeBank) {
            Samples hb = new Samples(homeBankTimes);
            double ratio = o.pairedRatio(hb);
            results.add("H2", figure, o.describeMillis(), "HomeBank " + hb.describeMillis(), ratio,
                    ResultTable.Target.ratioAtMost(MAX_SETTLED_RATIO, ratio));
            // CPU time is what a loaded machine distorts least: the same work whatever else runs.
            Samples oCpu = new Samples(outlayCpu);
            Samples hbCpu = new Samples(homeBankCpu);
            results.add("H2", String.format("settled: CPU time used until quiet, %,d expenses", rows), oCpu.describeMillis(),
                    "HomeBank " + hbCpu.describeMillis(), oCpu.pairedRatio(hbCpu), null);
            long hbRss = median(homeBankRss);
            results.add("H2", String.format("settled: peak RSS over the whole run, %,d expenses", rows), mib(rss),
                    "HomeBank " + mib(hbRss), (double) rss / hbRss, new ResultTable.Target("< HomeBank's", rss < hbRss));
        } else {
            results.add("H2", figure, o.describeMillis(), "HomeBank not installed (apt-get install -y homebank)", null, null);
        }
        results.add("H2", String.format("settled: bytes written while only reading, %,d expenses", rows),
                mib(median(outlayWritten)) + String.format(Locale.ROOT, "; of the ledger file at most %,d bytes rewritten"
                        + " and %,d KiB appended in a run", mostRewritten, mostAppended / 1024),
                "", null, new ResultTable.Target("nothing rewritten but H2's file header (" + HEADER_BYTES / 1024 + " KiB)",
                        mostRewritten <= HEADER_BYTES));
        results.note("settled: CPU ticks of the whole process (/proc/PID/stat) sampled every " + ProcessProbe.SAMPLE_MILLIS
                + " ms from the window mapping (xdotool); the time is when the first second under 5% of one core began;"
                + " written: wchar of /proc/PID/io, every file and pipe");
    }

    private record Settle(double mappedMillis, double settledMillis, long peakRss, long written, double cpuSeconds) {
    }

    private static Settle settle(List<String> command, Map<String, String> environment, Path log) {
        try (ProcessProbe probe = ProcessProbe.start(command, environment, log)) {
            double mapped = awaitWindow(probe, environment, 120);
            double settled = probe.awaitSettled(mapped, QUIET_PERCENT, 180);
            if (settled < 0) {
                throw new IllegalStateException("Never quiet within 180 s: " + command + " (log " + log + ")");
            }
            return new Settle(mapped, settled, probe.peakRssBytes(), written(probe.pid()),
                    (double) probe.cpuTicks() / ProcessProbe.TICKS_PER_SECOND);
        }
    }

    /** Waits for a window of the process to be mapped (viewable), as xdotool sees it; ms since process creation. */
    private static double awaitWindow(ProcessProbe probe, Map<String, String> environment, long timeoutSeconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (System.nanoTime() < deadline) {
            if (!probe.alive()) {
                throw new IllegalStateException("The process ended before its window mapped");
            }
            probe.peakRssBytes();
            double now = probe.elapsedMillis();
            try {
                ProcessBuilder search = new ProcessBuilder("xdotool", "search", "--onlyvisible", "--pid",
                        Long.toString(probe.pid())).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
                search.environment().putAll(environment);
                if (search.start().waitFor() == 0) {
                    return now;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("xdotool is needed to see windows map: apt-get install -y xdotool", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            ProcessProbe.sleep(50);
        }
        throw new IllegalStateException("No window within " + timeoutSeconds + " s");
    }

    private static long written(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "io"))) {
                if (line.startsWith("wchar:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    // ---- idle ----------------------------------------------------------------------------------------------------

    private void idle(ResultTable results, StartupBenchmark startup, List<String> outlay, BenchDisplay display, Path target) {
        Path empty = startup.ledger("session-empty", 0);
        String javaFxOnly = StartupBenchmark.javaFx(target) + File.pathSeparator
                + Path.of("target", "test-classes").toAbsolutePath();
        List<String> bare = List.of(StartupBenchmark.java(), "-cp", javaFxOnly, BareTableWindow.class.getName());
        try (ProcessProbe b = ProcessProbe.start(bare, display.environment(), log("idle-bare", 0));
             ProcessProbe o = ProcessProbe.start(outlay, display.environment(empty), log("idle-outlay", 0))) {
            awaitWindow(b, display.environment(), 120);
            awaitWindow(o, display.environment(), 120);
            b.awaitSettled(0, QUIET_PERCENT, 120);
            o.awaitSettled(0, QUIET_PERCENT, 120);
            long b0 = b.cpuTicks();
            long o0 = o.cpuTicks();
            ProcessProbe.sleep(TimeUnit.SECONDS.toMillis(idleSeconds));
            double bPercent = percent(b.cpuTicks() - b0);
            double oPercent = percent(o.cpuTicks() - o0);
            System.out.printf(Locale.ROOT, "  idle %d s: Outlay %.2f%% of a core, bare JavaFX window %.2f%%%n", idleSeconds,
                    oPercent, bPercent);
            results.add("H2", String.format("idle: CPU over %d s, window open, empty ledger", idleSeconds),
                    String.format(Locale.ROOT, "%.2f%% of a core", oPercent),
                    String.format(Locale.ROOT, "bare JavaFX window %.2f%%", bPercent), bPercent > 0 ? oPercent / bPercent : null,
                    new ResultTable.Target(String.format(Locale.ROOT, "≤ bare + %.1f%%", IDLE_ALLOWANCE_PERCENT),
                            oPercent <= bPercent + IDLE_ALLOWANCE_PERCENT));
        } finally {
            BenchMain.deleteQuietly(empty);
        }
    }

    private double percent(long ticks) {
        return 100.0 * ticks / ((double) idleSeconds * ProcessProbe.TICKS_PER_SECOND);
    }

    // ---- import --------------------------------------------------------------------------------------------------

    private void importProcess(ResultTable results, StartupBenchmark startup, List<String> outlay, Path target) {
        Path csv = work.resolve("session-import.csv");
        new SyntheticExpenses(importRows, LocalDate.of(2024, 1, 1), 730).writeCsv(csv);
        String loaderClassPath = Path.of("target", "test-classes").toAbsolutePath() + File.pathSeparator
                + StartupBenchmark.appClassPath(target);
        long[] outlayTimes = new long[rounds];
        long[] loaderTimes = new long[rounds];
        long[] outlayRss = new long[rounds];
        long[] loaderRss = new long[rounds];
        long[] outlayFile = new long[rounds];
        long[] outlayCpu = new long[rounds];
        long[] loaderCpu = new long[rounds];
        long[] loaderFile = new long[rounds];
        for (int round = 0; round < rounds; round++) {
            Path outlayHome = startup.ledger("import-outlay-" + round, 0);
            Path loaderHome = startup.ledger("import-loader-" + round, 0);
            try {
                List<String> importCommand = new ArrayList<>(outlay);
                importCommand.addAll(List.of("import", csv.toString()));
                Run o = runToEnd(importCommand, Map.of("OUTLAY_HOME", outlayHome.toString()), log("import-outlay", round));
                DatabaseSettings loaderDb = DatabaseSettings.h2(loaderHome.resolve("data").resolve("outlay"));
                // H2 as a plain loader would use it: with its background writer (Outlay's ledgers keep WRITE_DELAY 0,
                // and its import turns the writer on while it runs, see BulkWrites).
                Run l = runToEnd(loaderCommand(outlay, loaderClassPath, loaderDb, ";WRITE_DELAY=500", csv), Map.of(),
                        log("import-loader", round));
                outlayTimes[round] = Math.round(o.millis * 1e6);
                loaderTimes[round] = Math.round(l.millis * 1e6);
                outlayRss[round] = o.peakRss;
                outlayCpu[round] = Math.round(o.cpuSeconds * 1e9);
                loaderCpu[round] = Math.round(l.cpuSeconds * 1e9);
                loaderRss[round] = l.peakRss;
                outlayFile[round] = size(outlayHome.resolve("data").resolve("outlay.mv.db"));
                loaderFile[round] = size(loaderHome.resolve("data").resolve("outlay.mv.db"));
                System.out.printf(Locale.ROOT, "  import round %d (%,d lines): outlay import %.1f s (CPU %.1f s), %.0f MiB peak, file %.0f MiB;"
                                + " JDBC loader %.1f s (CPU %.1f s), %.0f MiB peak, file %.0f MiB (load average %s)%n", round,
                        importRows, o.millis / 1000, o.cpuSeconds, o.peakRss / 1048576.0, outlayFile[round] / 1048576.0,
                        l.millis / 1000, l.cpuSeconds, l.peakRss / 1048576.0, loaderFile[round] / 1048576.0, load());
            } finally {
                BenchMain.deleteQuietly(outlayHome);
                BenchMain.deleteQuietly(loaderHome);
            }
        }
        Samples o = new Samples(outlayTimes);
        Samples l = new Samples(loaderTimes);
        double ratio = o.pairedRatio(l);
        results.add("H2", String.format("import, whole process: outlay import of %,d lines", importRows), o.describeMillis(),
                "plain JDBC loader " + l.describeMillis(), ratio, ResultTable.Target.ratioAtMost(MAX_IMPORT_RATIO, ratio));
        Samples oCpu = new Samples(outlayCpu);
        Samples lCpu = new Samples(loaderCpu);
        results.add("H2", "import, whole process: CPU time", oCpu.describeMillis(), "plain JDBC loader " + lCpu.describeMillis(),
                oCpu.pairedRatio(lCpu), null);
        long file = median(outlayFile);
        long loaderSize = median(loaderFile);
        results.add("H2", "import, whole process: H2 file afterwards", mib(file), "plain JDBC loader " + mib(loaderSize),
                (double) file / loaderSize, ResultTable.Target.ratioAtMost(MAX_FILE_RATIO, (double) file / loaderSize));
        long rss = median(outlayRss);
        results.add("H2", "import, whole process: peak RSS", mib(rss), "plain JDBC loader " + mib(median(loaderRss)),
                (double) rss / median(loaderRss), new ResultTable.Target("< 512 MiB", rss < MAX_IMPORT_RSS));
        results.note("import, whole process: each a new JVM with installer/java-options into a fresh ledger (schema made"
                + " beforehand for both), wall time from process creation to exit, peak RSS = VmHWM");
    }

    /**
     * Target 3 on PostgreSQL: {@code outlay import} as a new process into a fresh database on the benchmark's server
     * (its settings.properties naming it, the password from PGPASSWORD, as a user would set it), against the plain
     * JDBC loader into another fresh database with the same schema.
     */
    private void importProcessPostgres(ResultTable results, List<String> outlay, Path target) {
        Path csv = work.resolve("session-import.csv");
        String loaderClassPath = Path.of("target", "test-classes").toAbsolutePath() + File.pathSeparator
                + StartupBenchmark.appClassPath(target);
        long[] outlayTimes = new long[rounds];
        long[] loaderTimes = new long[rounds];
        long[] outlayCpu = new long[rounds];
        long[] loaderCpu = new long[rounds];
        long[] outlayRss = new long[rounds];
        long[] loaderRss = new long[rounds];
        for (int round = 0; round < rounds; round++) {
            DatabaseSettings outlayDb = freshSchema();
            DatabaseSettings loaderDb = freshSchema();
            Path home = work.resolve("pg-import-home-" + round);
            try {
                Files.createDirectories(home);
                Files.writeString(home.resolve("settings.properties"), String.join("\n", "db.kind=postgresql",
                        "db.pg.host=" + outlayDb.host(), "db.pg.port=" + outlayDb.port(), "db.pg.database=" + outlayDb.database(),
                        "db.pg.user=" + outlayDb.user(), "db.pg.sslmode=disable", ""));
                List<String> importCommand = new ArrayList<>(outlay);
                importCommand.addAll(List.of("import", csv.toString()));
                Run o = runToEnd(importCommand, Map.of("OUTLAY_HOME", home.toString(), "PGPASSWORD", outlayDb.connectionPassword()),
                        log("pg-import-outlay", round));
                Run l = runToEnd(loaderCommand(outlay, loaderClassPath, loaderDb, "", csv), Map.of(), log("pg-import-loader", round));
                outlayTimes[round] = Math.round(o.millis * 1e6);
                loaderTimes[round] = Math.round(l.millis * 1e6);
                outlayCpu[round] = Math.round(o.cpuSeconds * 1e9);
                loaderCpu[round] = Math.round(l.cpuSeconds * 1e9);
                outlayRss[round] = o.peakRss;
                loaderRss[round] = l.peakRss;
                System.out.printf(Locale.ROOT, "  PostgreSQL import round %d (%,d lines): outlay import %.1f s (CPU %.1f s), %.0f MiB"
                                + " peak; JDBC loader %.1f s (CPU %.1f s), %.0f MiB peak (load average %s)%n", round, importRows,
                        o.millis / 1000, o.cpuSeconds, o.peakRss / 1048576.0, l.millis / 1000, l.cpuSeconds,
                        l.peakRss / 1048576.0, load());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                app.outlay.testing.TestPostgres.drop(outlayDb);
                app.outlay.testing.TestPostgres.drop(loaderDb);
                BenchMain.deleteQuietly(home);
            }
        }
        Samples o = new Samples(outlayTimes);
        Samples l = new Samples(loaderTimes);
        double ratio = o.pairedRatio(l);
        results.add("PostgreSQL", String.format("import, whole process: outlay import of %,d lines", importRows),
                o.describeMillis(), "plain JDBC loader " + l.describeMillis(), ratio,
                ResultTable.Target.ratioAtMost(MAX_IMPORT_RATIO, ratio));
        Samples oCpu = new Samples(outlayCpu);
        Samples lCpu = new Samples(loaderCpu);
        results.add("PostgreSQL", "import, whole process: CPU time of the importing process", oCpu.describeMillis(),
                "plain JDBC loader " + lCpu.describeMillis(), oCpu.pairedRatio(lCpu), null);
        long rss = median(outlayRss);
        results.add("PostgreSQL", "import, whole process: peak RSS", mib(rss), "plain JDBC loader " + mib(median(loaderRss)),
                (double) rss / median(loaderRss), new ResultTable.Target("< 512 MiB", rss < MAX_IMPORT_RSS));
    }

    /** A new database on the benchmark's PostgreSQL with Outlay's schema (the migrations run, nothing else). */
    private static DatabaseSettings freshSchema() {
        DatabaseSettings settings = app.outlay.testing.TestPostgres.freshDatabase();
        Database.open(settings).close();
        return settings;
    }

    /** The plain JDBC loader as a process of its own, with Outlay's JVM options, into {@code db} (its URL + {@code urlSuffix}). */
    private static List<String> loaderCommand(List<String> outlay, String classPath, DatabaseSettings db, String urlSuffix, Path csv) {
        List<String> command = new ArrayList<>();
        command.add(StartupBenchmark.java());
        command.addAll(outlay.subList(1, outlay.indexOf("-cp")));
        command.addAll(List.of("-cp", classPath, CsvJdbcLoader.class.getName(), db.jdbcUrl() + urlSuffix, db.user(),
                db.connectionPassword(), csv.toString()));
        return command;
    }

    private record Run(double millis, long peakRss, double cpuSeconds) {
    }

    private static Run runToEnd(List<String> command, Map<String, String> environment, Path log) {
        try (ProcessProbe probe = ProcessProbe.start(command, environment, log)) {
            double millis = probe.awaitExit(1800);
            long rss = probe.peakRssBytes();
            if (probe.exitCode() != 0) {
                throw new IllegalStateException("Exit " + probe.exitCode() + ": " + command + " (log " + log + ")");
            }
            return new Run(millis, rss, (double) probe.lastCpuTicks() / ProcessProbe.TICKS_PER_SECOND);
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private Path log(String what, int round) {
        return work.resolve("session-" + what + "-" + round + ".log");
    }

    /**
     * The file's size: H2 writes its header at every open and close (so the modification time always moves), but a
     * file rewritten by compaction changes size.
     */
    /** H2 writes its file header (two 4 KiB blocks) at every open and close. */
    private static final long HEADER_BYTES = 8192;

    /**
     * How many bytes of {@code before} differ in {@code after}, and how many {@code after} has beyond it. H2 writes its
     * header at every open and close and appends a small chunk of its own bookkeeping; compaction rewrites the rest.
     */
    private static long[] rewritten(Path before, Path after) {
        try (java.io.InputStream a = new java.io.BufferedInputStream(Files.newInputStream(before), 1 << 20);
             java.io.InputStream b = new java.io.BufferedInputStream(Files.newInputStream(after), 1 << 20)) {
            long differing = 0;
            for (int x = a.read(); x >= 0; x = a.read()) {
                if (x != b.read()) {
                    differing++;
                }
            }
            long appended = Math.max(0, Files.size(after) - Files.size(before));
            Files.delete(before);
            return new long[] {differing, appended};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path snapshot(Path file, Path copy) {
        try {
            return Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    static String load() {
        return String.format(Locale.ROOT, "%.1f",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String mib(long bytes) {
        return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f MiB", bytes / 1048576.0);
    }
}
