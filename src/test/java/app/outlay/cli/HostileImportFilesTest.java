package app.outlay.cli;

import app.outlay.testing.CliRun;
import app.outlay.testing.CliRun.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Files that are not what they seem, through {@code outlay import} as a user runs it: random bytes, a good statement
 * cut at random places or with random bytes flipped, a 50 MB line, a quote that never closes, NUL bytes. Each must end
 * within its time, within the test JVM's 1 GB heap, with a plain message (never a stack trace), and either import
 * the file's lines or nothing at all. The random cases come from a fixed seed, so a failure names a case that
 * replays.
 */
class HostileImportFilesTest {

    private static final long SEED = 20261204L;
    private static final Duration BOUND = Duration.ofSeconds(60);
    private static final String STATEMENT = "date,description,amount,category,notes\n"
            + "2026-01-02,Bakery,2.50,Groceries,\n"
            + "2026-01-03,\"Rent, January\",950.00,Housing,\"paid \"\"on time\"\"\"\n"
            + "2026-01-04,Caf\u00e9 K\u00f6ln,4.80,Eating out,with Ann\n";

    @TempDir
    Path home;

    @BeforeEach
    void emptyLedger() {
        assertThat(CliRun.in(home, "db", "migrate").code()).isZero();
    }

    @Test
    void randomBytesImportNothing() throws IOException {
        Random random = new Random(SEED);
        for (int i = 0; i < 12; i++) {
            byte[] bytes = new byte[1 + random.nextInt(20_000)];
            random.nextBytes(bytes);
            expectNothingOrAll("random-" + i, bytes, 0);
        }
    }

    @Test
    void aStatementCutAnywhereImportsAllItsWholeLinesOrNothing() throws IOException {
        byte[] whole = STATEMENT.getBytes(StandardCharsets.UTF_8);
        Random random = new Random(SEED + 1);
        for (int i = 0; i < 12; i++) {
            int cut = 1 + random.nextInt(whole.length - 1);
            expectNothingOrAll("cut-at-" + cut, Arrays.copyOf(whole, cut), 3);
        }
    }

    @Test
    void aStatementWithFlippedBytesImportsAllOrNothing() throws IOException {
        byte[] whole = STATEMENT.getBytes(StandardCharsets.UTF_8);
        Random random = new Random(SEED + 2);
        for (int i = 0; i < 12; i++) {
            byte[] damaged = whole.clone();
            for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
            }
            expectNothingOrAll("flipped-" + i, damaged, 3);
        }
    }

    @Test
    void aFiftyMegabyteLineIsRefusedWithinTheBound() throws IOException {
        Path file = home.resolve("huge-line.csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("date,description,amount\n2026-01-02,".getBytes(StandardCharsets.US_ASCII));
            byte[] block = new byte[1 << 20];
            Arrays.fill(block, (byte) 'x');
            for (int i = 0; i < 50; i++) {
                out.write(block);
            }
            out.write(",2.50\n".getBytes(StandardCharsets.US_ASCII));
        }
        Result result = importWithinBound(file);
        assertPlain(result);
        assertThat(result.code()).isEqualTo(1);
        assertThat(expenses()).isZero();
    }

    @Test
    void aQuoteThatNeverClosesAndNulBytesImportNothing() throws IOException {
        expectNothingOrAll("open-quote", ("date,description,amount\n2026-01-02,\"Bakery,2.50\n" + "2026-01-03,x,1.00\n".repeat(10_000))
                .getBytes(StandardCharsets.UTF_8), 0);
        expectNothingOrAll("nul", "date,description,amount\n2026-01-02,Bak\0ery,2.50\n".getBytes(StandardCharsets.UTF_8), 0);
    }

    /**
     * Imports {@code bytes}: either every one of the file's {@code wholeLines} good lines arrives (a damaged byte may
     * still leave a line readable, and then it is imported as read) or the import stops with exit 1 and nothing.
     */
    private void expectNothingOrAll(String name, byte[] bytes, int wholeLines) throws IOException {
        long before = expenses();
        Path file = Files.write(home.resolve(name + ".csv"), bytes);
        Result result = importWithinBound(file);
        assertPlain(result);
        long added = expenses() - before;
        if (result.code() == 0) {
            assertThat(added).as(name + ": what an import that succeeded added").isBetween(0L, (long) wholeLines);
        } else {
            assertThat(result.code()).as(name + ": " + result.err()).isEqualTo(1);
            assertThat(added).as(name + ": a refused import adds nothing").isZero();
        }
    }

    private Result importWithinBound(Path file) {
        return assertTimeoutPreemptively(BOUND, () -> CliRun.in(home, "import", file.toString()),
                () -> "import of " + file.getFileName() + " did not end within " + BOUND);
    }

    /** A message for people: one or a few lines, no stack trace, no Java exception names. */
    private static void assertPlain(Result result) {
        List<String> lines = new ArrayList<>(result.err().lines().toList());
        assertThat(result.err()).doesNotContain("\tat ", "Exception", "Error:");
        assertThat(result.err().length()).as("a short message").isLessThan(4_000);
        assertThat(lines.size()).isLessThan(40);
    }

    private long expenses() {
        Result info = CliRun.in(home, "db", "info");
        assertThat(info.code()).isZero();
        return info.out().lines().filter(line -> line.contains("xpense")).findFirst()
                .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                .orElseThrow(() -> new AssertionError("no expense count in: " + info.out()));
    }
}
