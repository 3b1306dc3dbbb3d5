package app.outlay.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One start of a JavaFX app in a process of its own, timed from just before the process is created to the
 * moment it prints each {@code outlay-startup <milestone>} line (app.outlay.StartupTimes, BareTableWindow): what a
 * user waits for, JVM start included. While the app is still up it also reads its peak resident memory and,
 * optionally, its heap after a full GC; then it is stopped.
 */
final class ChildApp {

    private static final Pattern HEAP_USED = Pattern.compile(
            "^\\s*(def new generation|tenured generation|garbage-first heap|PSYoungGen|ParOldGen)\\s+total \\d+K, used (\\d+)K",
            Pattern.MULTILINE);
    private static final long TIMEOUT_SECONDS = 120;

    /** Milliseconds to each milestone (-1: not asked for), peak RSS and heap after GC in bytes (-1: not measured). */
    record Observation(double windowMillis, double firstPageMillis, long peakRssBytes, long heapAfterGcBytes) {
    }

    private ChildApp() {
    }

    static Observation run(List<String> command, Map<String, String> environment, boolean untilFirstPage,
                           boolean measureHeap, Path log) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile());
        builder.environment().putAll(environment);
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        long[] arrivals = new long[2];
        long start = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread reader = new Thread(() -> read(process, lines), "child-stdout");
        reader.setDaemon(true);
        reader.start();
        try {
            double window = awaitMilestone(lines, "window-shown", start, process, log);
            double firstPage = untilFirstPage ? awaitMilestone(lines, "first-page-shown", start, process, log) : -1;
            long rss = peakRss(process.pid());
            long heap = measureHeap ? heapAfterGc(process.pid()) : -1;
            return new Observation(window, firstPage, rss, heap);
        } finally {
            ProcessProbe.stop(process);
        }
    }

    private static void read(Process process, BlockingQueue<String> lines) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                // The arrival time travels with the line: the reader, not the waiting thread, sees it first.
                lines.add(System.nanoTime() + " " + line);
            }
        } catch (IOException e) {
            lines.add(System.nanoTime() + " outlay-bench-read-failed " + e.getMessage());
        }
    }

    private static double awaitMilestone(BlockingQueue<String> lines, String milestone, long start, Process process, Path log) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        try {
            while (System.nanoTime() < deadline) {
                String entry = lines.poll(200, TimeUnit.MILLISECONDS);
                if (entry == null) {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("The app ended before '" + milestone + "' (exit " + process.exitValue()
                                + "): " + tail(log));
                    }
                    continue;
                }
                int space = entry.indexOf(' ');
                if (entry.substring(space + 1).equals("outlay-startup " + milestone)) {
                    return (Long.parseLong(entry.substring(0, space)) - start) / 1e6;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("No '" + milestone + "' within " + TIMEOUT_SECONDS + " s: " + tail(log));
    }

    /** VmHWM: the most resident memory the process has had so far. */
    private static long peakRss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1; // not Linux: the figure is left out
        }
        return -1;
    }

    /** A full GC in the app, then what its heap still holds (jcmd from the JDK running the benchmark). */
    private static long heapAfterGc(long pid) {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        jcmd(jcmd, pid, "GC.run");
        Matcher used = HEAP_USED.matcher(jcmd(jcmd, pid, "GC.heap_info"));
        long total = 0;
        boolean found = false;
        while (used.find()) {
            total += Long.parseLong(used.group(2)) * 1024;
            found = true;
        }
        return found ? total : -1;
    }

    private static String jcmd(String jcmd, long pid, String command) {
        try {
            Process process = new ProcessBuilder(jcmd, Long.toString(pid), command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(30, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static String tail(Path log) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - 15), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
