package app.outlay.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A process watched from outside, as a user's system monitor sees it (issue #17): its CPU time from
 * {@code /proc/PID/stat} (user + system ticks of all its threads) and its peak resident memory ({@code VmHWM} of
 * {@code /proc/PID/status}), sampled every {@link #SAMPLE_MILLIS} ms while it runs. Linux only.
 */
final class ProcessProbe implements AutoCloseable {

    static final int SAMPLE_MILLIS = 100;
    /** Clock ticks per second of /proc/PID/stat: 100 on every Linux this runs on (getconf CLK_TCK). */
    static final int TICKS_PER_SECOND = 100;

    private final Process process;
    private final long startNanos;
    private long peakRss;
    private long lastTicks;

    private ProcessProbe(Process process, long startNanos) {
        this.process = process;
        this.startNanos = startNanos;
    }

    static ProcessProbe start(List<String> command, Map<String, String> environment, Path log) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        try {
            return new ProcessProbe(builder.start(), start);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    double elapsedMillis() {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    /** User + system CPU ticks of the whole process so far (-1 once it has ended). */
    long cpuTicks() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            // The command name (field 2) may hold spaces: count the fields after its closing bracket.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            lastTicks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return lastTicks;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** VmHWM so far, remembered: the last value read before the process ended is its peak. */
    long peakRssBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    peakRss = Math.max(peakRss, Long.parseLong(line.replaceAll("\\D", "")) * 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            // ended between two samples: keep the last reading
        }
        return peakRss;
    }

    /** Waits for the end, sampling the peak memory; the wall time from process creation to exit, in ms. */
    double awaitExit(long timeoutSeconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        try {
            while (!process.waitFor(SAMPLE_MILLIS / 4, TimeUnit.MILLISECONDS)) {
                peakRssBytes();
                cpuTicks();
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Still running after " + timeoutSeconds + " s: " + process.info());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return elapsedMillis();
    }

    /** The CPU ticks last read: after {@link #awaitExit}, what the process had used a moment before it ended. */
    long lastCpuTicks() {
        return lastTicks;
    }

    int exitCode() {
        return process.exitValue();
    }

    /**
     * Waits until the process has used less than {@code quietPercent} % of one core for a whole second, sampled every
     * {@link #SAMPLE_MILLIS} ms from {@code fromMillis} on; returns the time (ms since creation) at which that quiet
     * second began, or -1 if it never came within {@code timeoutSeconds}.
     */
    double awaitSettled(double fromMillis, double quietPercent, long timeoutSeconds) {
        int window = 1000 / SAMPLE_MILLIS;
        long[] ticks = new long[window + 1];
        double[] at = new double[window + 1];
        int samples = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        double quietTicks = quietPercent / 100.0 * TICKS_PER_SECOND;
        while (System.nanoTime() < deadline && process.isAlive()) {
            long now = cpuTicks();
            peakRssBytes();
            double time = elapsedMillis();
            if (time >= fromMillis) {
                ticks[samples % ticks.length] = now;
                at[samples % at.length] = time;
                samples++;
                if (samples > window) {
                    int oldest = samples % ticks.length; // the slot written window samples ago
                    if (ticks[(samples - 1) % ticks.length] - ticks[oldest] < quietTicks) {
                        return at[oldest];
                    }
                }
            }
            sleep(SAMPLE_MILLIS);
        }
        return -1;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop(process);
    }

    /** Asks the process to end, then ends it: ten seconds for each, so that no child outlives a benchmark. */
    static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
