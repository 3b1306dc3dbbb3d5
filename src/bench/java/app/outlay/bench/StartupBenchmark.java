package app.outlay.bench;

import app.outlay.data.Database;
import app.outlay.data.DatabaseSettings;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Start-up as a user meets it, each run a new process on the same machine, alternating (issue #7, item 4):
 * <ul>
 *   <li>the baseline, a bare JavaFX window with one empty TableView ({@link BareTableWindow}), plain {@code java};</li>
 *   <li>Outlay as packaged: {@code target/outlay.jar} and its libraries with the installer's JVM options
 *       ({@code installer/java-options}) and its class-data sharing archive, written here from
 *       {@code installer/cds/outlay.classlist} exactly as {@code installer/cds/dump.sh} does for the app image;</li>
 *   <li>the same Outlay without the archive, to show what it buys.</li>
 * </ul>
 * Outlay opens an empty ledger and one of {@code rows} expenses (embedded H2, loaded with raw JDBC beforehand);
 * each run reads the time to the window and to the first page of expenses on screen, the peak RSS, and once the
 * first page shows, the heap after a full GC.
 */
final class StartupBenchmark {

    private static final double MAX_WINDOW_RATIO = 1.30;
    /** HomeBank (native C/GTK) loading the same million transactions on this machine (issue #7). */
    private static final double HOMEBANK_MILLIS = 1_800;
    private static final long HOMEBANK_RSS = 385L * 1024 * 1024;
    private static final long MAX_HEAP = 256L * 1024 * 1024;

    private final Path work;
    private final long rows;

    StartupBenchmark(Path work, long rows) {
        this.work = work;
        this.rows = rows;
    }

    /**
     * Waits until the kernel has written the ledgers just made to disk: without it, the first counted rounds shared the
     * machine with the write-back of a million-row file (first page 2.0–2.1 s against 1.4–1.5 s in the later rounds).
     */
    private static void writeBackToDisk() {
        try {
            new ProcessBuilder("sync").inheritIO().start().waitFor();
        } catch (java.io.IOException e) {
            System.out.println("  start-up: could not run sync (" + e.getMessage() + "); the first rounds may share the disk");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void run(int iterations, ResultTable results) {
        Path target = Path.of("target").toAbsolutePath();
        String appClassPath = appClassPath(target);
        Path archive = dumpArchive(appClassPath);
        Path emptyHome = ledger("empty", 0);
        Path millionHome = ledger("million", rows);
        writeBackToDisk();
        List<String> shipped = javaOptions(archive.getParent());
        List<String> withoutArchive = shipped.stream().filter(o -> !o.contains("Shar") && !o.startsWith("-Xlog:")).toList();

        try (BenchDisplay display = BenchDisplay.open()) {
            System.out.println("  start-up: windows on " + display.description());
            String javaFxOnly = javaFx(target) + File.pathSeparator + Path.of("target", "test-classes").toAbsolutePath();
            List<String> bare = command(display, List.of(), javaFxOnly, BareTableWindow.class.getName());
            List<String> outlay = command(display, shipped, appClassPath, "app.outlay.Launcher");
            List<String> outlayWithoutArchive = command(display, withoutArchive, appClassPath, "app.outlay.Launcher");

            int runs = iterations + 1; // the first round warms the file cache and is not counted
            double[][] times = new double[5][iterations];
            long[] bareRss = new long[iterations];
            long[] outlayRss = new long[iterations];
            long[] bareHeap = new long[iterations];
            long[] outlayHeap = new long[iterations];
            for (int round = 0; round < runs; round++) {
                ChildApp.Observation b = ChildApp.run(bare, display.environment(), false, true, log("bare", round));
                ChildApp.Observation empty = ChildApp.run(outlay, display.environment(emptyHome), false, false, log("empty", round));
                ChildApp.Observation million = ChildApp.run(outlay, display.environment(millionHome), true, true, log("million", round));
                ChildApp.Observation plain = ChildApp.run(outlayWithoutArchive, display.environment(millionHome), true, false, log("plain", round));
                System.out.printf(Locale.ROOT, "  start-up round %d: bare window %.0f ms; Outlay window %.0f ms (empty), "
                                + "%.0f ms (%,d rows), first page %.0f ms (without the archive: %.0f ms), peak RSS %.0f MiB%n",
                        round, b.windowMillis(), empty.windowMillis(), million.windowMillis(), rows, million.firstPageMillis(),
                        plain.firstPageMillis(), million.peakRssBytes() / 1048576.0);
                if (round == 0) {
                    continue;
                }
                int i = round - 1;
                times[0][i] = b.windowMillis();
                times[1][i] = empty.windowMillis();
                times[2][i] = million.windowMillis();
                times[3][i] = million.firstPageMillis();
                times[4][i] = plain.firstPageMillis();
                bareRss[i] = b.peakRssBytes();
                outlayRss[i] = million.peakRssBytes();
                bareHeap[i] = b.heapAfterGcBytes();
                outlayHeap[i] = million.heapAfterGcBytes();
            }
            report(results, times, bareRss, outlayRss, bareHeap, outlayHeap);
            results.note("start-up: each figure a new process, timed from its creation to the frame that shows the window"
                    + " (or the first page), JVM start included; windows on " + display.description()
                    + "; Outlay with installer/java-options and its class-data sharing archive, the baseline plain java");
        } finally {
            BenchMain.deleteQuietly(emptyHome);
            BenchMain.deleteQuietly(millionHome);
        }
    }

    private void report(ResultTable results, double[][] times, long[] bareRss, long[] outlayRss, long[] bareHeap, long[] outlayHeap) {
        Samples bare = samples(times[0]);
        String baseline = "bare JavaFX window";
        results.compare("H2", "start-up: window visible, empty ledger", samples(times[1]), bare, MAX_WINDOW_RATIO);
        results.compare("H2", String.format("start-up: window visible, %,d expenses", rows), samples(times[2]), bare, MAX_WINDOW_RATIO);
        Samples firstPage = samples(times[3]);
        results.add("H2", String.format("start-up: first page on screen, %,d expenses", rows), firstPage.describeMillis(),
                baseline + " " + bare.describeMillis(), firstPage.pairedRatio(bare),
                new ResultTable.Target(String.format(Locale.ROOT, "< %.1f s (HomeBank loading them)", HOMEBANK_MILLIS / 1000),
                        firstPage.medianMillis() < HOMEBANK_MILLIS));
        Samples plain = samples(times[4]);
        results.add("H2", String.format("start-up without class-data sharing: first page, %,d expenses", rows),
                plain.describeMillis(), baseline + " " + bare.describeMillis(), plain.pairedRatio(bare), null);
        long rss = median(outlayRss);
        results.add("H2", String.format("start-up: peak RSS at the first page, %,d expenses", rows), mib(rss),
                baseline + " " + mib(median(bareRss)), (double) rss / median(bareRss),
                new ResultTable.Target("< 385 MiB (HomeBank)", rss > 0 && rss < HOMEBANK_RSS));
        long heap = median(outlayHeap);
        results.add("H2", String.format("heap after GC, window open, %,d expenses", rows), mib(heap),
                baseline + " " + mib(median(bareHeap)), (double) heap / median(bareHeap),
                new ResultTable.Target("≤ 256 MB", heap > 0 && heap <= MAX_HEAP));
    }

    /** The class path of the packaged app: outlay.jar first, then its libraries, as jpackage's launcher lists them. */
    static String appClassPath(Path target) {
        List<String> entries = new ArrayList<>();
        entries.add(target.resolve("outlay.jar").toString());
        try (Stream<Path> jars = Files.list(target.resolve("lib"))) {
            jars.map(Path::toString).filter(name -> name.endsWith(".jar")).sorted().forEach(entries::add);
        } catch (IOException e) {
            throw new UncheckedIOException("target/lib: run the benchmark with mvn -Pbench verify", e);
        }
        return String.join(File.pathSeparator, entries);
    }

    static String javaFx(Path target) {
        try (Stream<Path> jars = Files.list(target.resolve("lib"))) {
            return String.join(File.pathSeparator, jars.map(Path::toString)
                    .filter(name -> name.contains("javafx-")).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As installer/cds/dump.sh: the class list turned into an archive for exactly this class path. */
    Path dumpArchive(String classPath) {
        Path archive = work.resolve("cds").resolve("outlay.jsa");
        try {
            Files.createDirectories(archive.getParent());
            Process dump = new ProcessBuilder(java(), "-Xshare:dump", "-XX:+UseSerialGC", "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                    "-XX:SharedClassListFile=" + Path.of("installer", "cds", "outlay.classlist").toAbsolutePath(),
                    "-XX:SharedArchiveFile=" + archive, "-cp", classPath)
                    .redirectErrorStream(true).redirectOutput(work.resolve("cds-dump.log").toFile()).start();
            if (dump.waitFor() != 0 || !Files.exists(archive)) {
                throw new IllegalStateException("Class-data sharing dump failed: see " + work.resolve("cds-dump.log"));
            }
            // -Xshare:on refuses to start unless the archive maps: the runs below would otherwise quietly go without.
            ProcessBuilder check = new ProcessBuilder(java(), "-Xshare:on", "-XX:+UseSerialGC", "-XX:SharedArchiveFile=" + archive,
                    "-cp", classPath, "app.outlay.Launcher", "--version")
                    .redirectErrorStream(true).redirectOutput(work.resolve("cds-check.log").toFile());
            check.environment().put("OUTLAY_HOME", work.resolve("home-cds-check").toString());
            if (check.start().waitFor() != 0) {
                throw new IllegalStateException("The class-data sharing archive does not map: see " + work.resolve("cds-check.log"));
            }
            return archive;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** installer/java-options, with $APPDIR where the archive is. */
    static List<String> javaOptions(Path appDir) {
        try {
            return Files.readAllLines(Path.of("installer", "java-options")).stream()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.replace("$APPDIR", appDir.toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A data folder (OUTLAY_HOME) holding an embedded ledger of {@code count} generated expenses. */
    Path ledger(String name, long count) {
        Path home = work.resolve("home-" + name);
        Database database = Database.open(DatabaseSettings.h2(home.resolve("data").resolve("outlay")));
        try (BenchDatabase db = new BenchDatabase("H2", database, false, null)) {
            if (count > 0) {
                new QueryBenchmark(db).load(count);
            }
        }
        return home;
    }

    private static List<String> command(BenchDisplay display, List<String> options, String classPath, String mainClass) {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(options);
        command.addAll(display.jvmOptions());
        command.add("-Doutlay.startup.report=true");
        command.add("-cp");
        command.add(display.extraClassPath().isEmpty() ? classPath : classPath + File.pathSeparator + display.extraClassPath());
        command.add(mainClass);
        return command;
    }

    private Path log(String what, int round) {
        return work.resolve("startup-" + what + "-" + round + ".log");
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Samples samples(double[] millis) {
        long[] nanos = new long[millis.length];
        for (int i = 0; i < millis.length; i++) {
            nanos[i] = Math.round(millis[i] * 1e6);
        }
        return new Samples(nanos);
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
