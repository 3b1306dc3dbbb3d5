package app.outlay.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The knobs of a benchmark run, read from system properties (the Maven profile passes them on). */
record BenchConfig(long queryRows, long importRows, int iterations, List<String> databases, boolean memory,
                   long startupRows, Path output, boolean sessionOnly, long sessionRows, long sessionImportRows,
                   int sessionRounds, int idleSeconds, String only, int interactionRounds) {

    static BenchConfig fromSystemProperties() {
        return new BenchConfig(
                Long.getLong("bench.rows", 1_000_000),
                Long.getLong("bench.importRows", 200_000),
                Integer.getInteger("bench.iterations", 5),
                Arrays.stream(System.getProperty("bench.databases", "h2,postgresql").split(","))
                        .map(String::strip).filter(s -> !s.isEmpty()).toList(),
                Boolean.parseBoolean(System.getProperty("bench.memory", "true")),
                Long.getLong("bench.startupRows", 1_000_000),
                Path.of(System.getProperty("bench.output", "target/bench/results.md")),
                // Issue #17, SessionBenchmark: -Dbench.only=session runs only these figures.
                "session".equals(System.getProperty("bench.only", "")),
                Long.getLong("bench.sessionRows", 1_000_000),
                Long.getLong("bench.sessionImportRows", 1_000_000),
                Integer.getInteger("bench.sessionRounds", 3),
                Integer.getInteger("bench.idleSeconds", 60),
                System.getProperty("bench.only", "all"),
                // Issue #17 target 4, InteractionBenchmark: -Dbench.only=interactions runs only these figures.
                Integer.getInteger("bench.interactionRounds", 20));
    }

    boolean interactionsOnly() {
        return "interactions".equals(only);
    }
}
