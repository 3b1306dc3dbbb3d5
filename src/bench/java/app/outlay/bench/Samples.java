package app.outlay.bench;

import java.util.Arrays;
import java.util.function.LongSupplier;

/** Durations of repeated runs of one thing, in nanoseconds; reported as median and spread (min–max). */
record Samples(long[] nanos) {

    /** Runs {@code timed} once per iteration; it returns the nanoseconds it measured itself. */
    static Samples of(int iterations, LongSupplier timed) {
        long[] nanos = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            nanos[i] = timed.getAsLong();
        }
        return new Samples(nanos);
    }

    static long time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    double medianMillis() {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
        return median / 1e6;
    }

    /**
     * The median of run-by-run ratios {@code this[i] / baseline[i]}: each run is paired with the baseline run next to
     * it, so load from other processes on a shared machine hits both sides of a pair alike.
     */
    double pairedRatio(Samples baseline) {
        double[] ratios = new double[nanos.length];
        for (int i = 0; i < nanos.length; i++) {
            ratios[i] = (double) nanos[i] / baseline.nanos()[i];
        }
        Arrays.sort(ratios);
        int n = ratios.length;
        return n % 2 == 1 ? ratios[n / 2] : (ratios[n / 2 - 1] + ratios[n / 2]) / 2;
    }

    /** The {@code percent} percentile by the nearest-rank method: 95 of 20 samples is the 19th fastest. */
    double percentileMillis(double percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    double minMillis() {
        return Arrays.stream(nanos).min().orElse(0) / 1e6;
    }

    double maxMillis() {
        return Arrays.stream(nanos).max().orElse(0) / 1e6;
    }

    /** "123.4 ms (120.1–130.9)". */
    String describeMillis() {
        return String.format("%s ms (%s–%s)", millis(medianMillis()), millis(minMillis()), millis(maxMillis()));
    }

    /** "median 45.20 ms, p95 81.30 ms (40.10–90.00)". */
    String describeMedianP95() {
        return String.format("median %s ms, p95 %s ms (%s–%s)", millis(medianMillis()), millis(percentileMillis(95)),
                millis(minMillis()), millis(maxMillis()));
    }

    /** "150,000 rows/s (140,000–155,000)": the spread of throughput comes from the fastest and slowest runs. */
    String describeThroughput(long rows) {
        return String.format("%,.0f rows/s (%,.0f–%,.0f)", rows / (medianMillis() / 1e3),
                rows / (maxMillis() / 1e3), rows / (minMillis() / 1e3));
    }

    private static String millis(double ms) {
        return ms >= 100 ? String.format("%.0f", ms) : String.format("%.2f", ms);
    }
}
