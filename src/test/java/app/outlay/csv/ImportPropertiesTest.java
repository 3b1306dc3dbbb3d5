package app.outlay.csv;

import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.service.importing.ImportReport;
import app.outlay.service.importing.ImportRequest;
import app.outlay.service.importing.ImportService;
import app.outlay.service.ledger.LedgerService;
import app.outlay.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever the file holds, the import never crashes and never imports part of it: when it reports a rejection the
 * ledger's count is what it was; when it accepts, exactly the reported number of expenses was added.
 * <p>
 * Property tests with a seeded generator (repeatable: a failure names its seed and input), written with plain
 * JUnit rather than a property-testing library.
 */
class ImportPropertiesTest {

    private static final long SEED = 20261124L;

    private final Database database = TestDatabases.h2();
    private final DatabaseHolder holder = new DatabaseHolder(database);
    private final ImportService imports = new ImportService(holder);
    private final LedgerService ledger = new LedgerService(holder);

    private static final List<String> CSV_PIECES = List.of(",", ";", "\t", "\"", "\n", "\r\n", "\r", "-", ".", " ", "€", "é",
            "(", ")", "2026-03-01", "01.03.2026", "03/01/2026", "1.234,56", "-12,50", "12.50", "-3.00",
            "date,description,amount\n", "Datum;Text;Betrag\n", "\"a,\nb\"");

    /** Text made of the characters that matter to CSV: delimiters, quotes, line ends, digits, separators, dates. */
    private static String csvLike(Random random) {
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(61); n > 0; n--) {
            switch (random.nextInt(3)) {
                case 0 -> text.append(pick(random, CSV_PIECES));
                case 1 -> text.append(digits(random, 1 + random.nextInt(6)));
                default -> text.append(letters(random, 1 + random.nextInt(8)));
            }
        }
        return text.toString();
    }

    /** A real header and lines whose fields are mostly right and sometimes wrong: these reach the database. */
    private static String statementLike(Random random) {
        StringBuilder text = new StringBuilder("date,description,amount\n");
        for (int n = 1 + random.nextInt(25); n > 0; n--) {
            String date = random.nextInt(4) > 0 ? pick(random, List.of("2026-03-01", "2026-02-28", "2024-02-29", "2026-02-30", "", "Total"))
                    : letters(random, random.nextInt(5));
            String description = random.nextInt(4) > 0 ? pick(random, List.of("Coffee", " coffee ", "\"Dinner, late\"", "\"two\nlines\"", "Café", ""))
                    : letters(random, 1 + random.nextInt(12));
            String amount = random.nextInt(2) > 0 ? pick(random, List.of("3.50", "-3.50", "0", "0.001", "1,234.50", "abc", "\"1,234.50\"", ""))
                    : BigDecimal.valueOf(100 + random.nextInt(10_000_000), 2).setScale(2, RoundingMode.UNNECESSARY).toPlainString();
            text.append(date).append(',').append(description).append(',').append(amount).append('\n');
        }
        return text.toString();
    }

    @Test
    void randomTextNeverCrashesAndNeverImportsPartOfAFile() throws IOException {
        forEachTry(150, ImportPropertiesTest::csvLike, content -> Files.writeString(content.file(), content.text(), StandardCharsets.UTF_8));
    }

    @Test
    void mostlyValidStatementsAreImportedWholeOrNotAtAll() throws IOException {
        forEachTry(150, ImportPropertiesTest::statementLike, content -> Files.writeString(content.file(), content.text(), StandardCharsets.UTF_8));
    }

    @Test
    void randomBytesNeverCrash() throws IOException {
        forEachTry(60, random -> {
            byte[] bytes = new byte[random.nextInt(400)];
            random.nextBytes(bytes);
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }, content -> Files.write(content.file(), content.text().getBytes(StandardCharsets.ISO_8859_1)));
    }

    private record Content(Path file, String text) {
    }

    private interface Writer {
        void write(Content content) throws IOException;
    }

    private void forEachTry(int tries, Function<Random, String> generator, Writer writer) throws IOException {
        Random random = new Random(SEED);
        for (int attempt = 0; attempt < tries; attempt++) {
            String text = generator.apply(random);
            Path file = Files.createTempFile("outlay-prop", ".csv");
            try {
                writer.write(new Content(file, text));
                checkAllOrNothing(file);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("seed " + SEED + ", try " + attempt + ", input: " + text.replace("\n", "\\n"), e);
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }

    private void checkAllOrNothing(Path file) throws IOException {
        Detection detection = CsvDetector.detect(file);
        if (!detection.ok() || detection.mapping().problem() != null) {
            return; // the wizard and the command line refuse such a file before importing anything
        }
        long before = ledger.counts().expenses();
        ImportReport report = imports.importFile(ImportRequest.of(file, detection.format(), detection.mapping()), r -> { });
        long after = ledger.counts().expenses();
        if (report.acceptable()) {
            assertThat(report.committed()).isTrue();
            assertThat(after).isEqualTo(before + report.imported());
        } else {
            assertThat(report.committed()).isFalse();
            assertThat(after).isEqualTo(before);
            assertThat(report.rejected()).allSatisfy(r -> assertThat(r.line()).isPositive());
        }
    }

    private static String pick(Random random, List<String> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static String digits(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append((char) ('0' + random.nextInt(10)));
        }
        return text.toString();
    }

    private static String letters(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append((char) ((random.nextBoolean() ? 'a' : 'A') + random.nextInt(26)));
        }
        return text.toString();
    }
}
