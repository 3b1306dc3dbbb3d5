package app.outlay.csv;

import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.service.ImportReport;
import app.outlay.service.ImportRequest;
import app.outlay.service.ImportService;
import app.outlay.service.LedgerService;
import app.outlay.testing.TestDatabases;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever the file holds, the import never crashes and never imports part of it: when it reports a rejection the
 * ledger's count is what it was; when it accepts, exactly the reported number of expenses was added.
 */
class ImportPropertiesTest {

    private final Database database = TestDatabases.h2();
    private final DatabaseHolder holder = new DatabaseHolder(database);
    private final ImportService imports = new ImportService(holder);
    private final LedgerService ledger = new LedgerService(holder);

    @Provide
    Arbitrary<String> csvLike() {
        // Text made of the characters that matter to CSV: delimiters, quotes, line ends, digits, separators, dates.
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of(",", ";", "\t", "\"", "\n", "\r\n", "\r", "-", ".", " ", "€", "é", "(", ")"),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(6),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8),
                Arbitraries.of("2026-03-01", "01.03.2026", "03/01/2026", "1.234,56", "-12,50", "12.50", "-3.00",
                        "date,description,amount\n", "Datum;Text;Betrag\n", "\"a,\nb\""));
        return pieces.list().ofMaxSize(60).map(list -> String.join("", list));
    }

    @Property(tries = 150)
    void randomTextNeverCrashesAndNeverImportsPartOfAFile(@ForAll("csvLike") String content) throws IOException {
        Path file = Files.createTempFile("outlay-prop", ".csv");
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
            checkAllOrNothing(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Provide
    Arbitrary<String> statementLike() {
        // A real header and lines whose fields are mostly right and sometimes wrong: these reach the database.
        Arbitrary<String> date = Arbitraries.oneOf(Arbitraries.of("2026-03-01", "2026-02-28", "2024-02-29", "2026-02-30", "", "Total"),
                Arbitraries.strings().ofMaxLength(4));
        Arbitrary<String> description = Arbitraries.oneOf(Arbitraries.of("Coffee", " coffee ", "\"Dinner, late\"", "\"two\nlines\"", "Café", ""),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12));
        Arbitrary<String> amount = Arbitraries.oneOf(Arbitraries.of("3.50", "-3.50", "0", "0.001", "1,234.50", "abc", "\"1,234.50\"", ""),
                Arbitraries.bigDecimals().between(java.math.BigDecimal.ONE, new java.math.BigDecimal("100000")).ofScale(2).map(Object::toString));
        Arbitrary<String> line = net.jqwik.api.Combinators.combine(date, description, amount).as((d, t, a) -> d + "," + t + "," + a);
        return line.list().ofMinSize(1).ofMaxSize(25).map(lines -> "date,description,amount\n" + String.join("\n", lines) + "\n");
    }

    @Property(tries = 150)
    void mostlyValidStatementsAreImportedWholeOrNotAtAll(@ForAll("statementLike") String content) throws IOException {
        randomTextNeverCrashesAndNeverImportsPartOfAFile(content);
    }

    @Property(tries = 60)
    void randomBytesNeverCrash(@ForAll byte[] content) throws IOException {
        Path file = Files.createTempFile("outlay-prop", ".csv");
        try {
            Files.write(file, content);
            checkAllOrNothing(file);
        } finally {
            Files.deleteIfExists(file);
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
}
