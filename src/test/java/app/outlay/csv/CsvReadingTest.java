package app.outlay.csv;

import app.outlay.testing.CsvSamples;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The pure CSV layer: reading, writing, amounts and what the detector makes of real bank files. */
class CsvReadingTest {

    private static List<CsvRecord> read(String text, char delimiter) {
        List<CsvRecord> records = new ArrayList<>();
        new CsvReader(new StringReader(text), delimiter, '"').forEachRemaining(records::add);
        return records;
    }

    @Test
    void recordsKnowThePhysicalLineTheyStartOn() {
        List<CsvRecord> records = read("a,b\r\n\"multi\nline\r\nfield\",x\n\"q\"\"uote\",y\nlast", ',');
        assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 2L, 5L, 6L);
        assertThat(records.get(1).fields()).containsExactly("multi\nline\r\nfield", "x");
        assertThat(records.get(2).fields()).containsExactly("q\"uote", "y");
    }

    @Test
    void anUnclosedQuoteIsReportedNotGuessed() {
        List<CsvRecord> records = read("ok,1\n\"never closed,2\n3,4\n", ',');
        assertThat(records).hasSize(2);
        assertThat(records.get(1).problem()).hasToString("a quote opened on line 2 is never closed");
    }

    @Test
    void writerQuotesOnlyWhatNeedsIt() {
        StringWriter out = new StringWriter();
        new CsvWriter(out, ',').write(List.of("plain", "a,b", "say \"hi\"", "two\nlines", " padded", ""));
        assertThat(out).hasToString("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded\",\r\n");
        assertThat(read(out.toString(), ',').get(0).fields()).containsExactly("plain", "a,b", "say \"hi\"", "two\nlines", " padded", "");
    }

    @Test
    void amountsAsBanksWriteThem() {
        assertThat(Amounts.parse("-1.234,56", ',', '.').value()).isEqualByComparingTo("-1234.56");
        assertThat(Amounts.parse("1,234.56", '.', ',').value()).isEqualByComparingTo("1234.56");
        assertThat(Amounts.parse("(12.50)", '.', ',').value()).isEqualByComparingTo("-12.50");
        assertThat(Amounts.parse("12,50-", ',', '.').value()).isEqualByComparingTo("-12.50");
        assertThat(Amounts.parse("€ 3,20", ',', '.').value()).isEqualByComparingTo("3.20");
        assertThat(Amounts.parse("1 250,00 EUR", ',', ' ').value()).isEqualByComparingTo("1250.00");
        assertThat(Amounts.parse("$-5.75", '.', ',').value()).isEqualByComparingTo("-5.75");
        assertThat(Amounts.parse("12.34,5", ',', '.').error()).startsWith("not a number");
        assertThat(Amounts.parse("12,50", '.', ',').error()).startsWith("not a number");
        assertThat(Amounts.parse("abc", '.', null).error()).isEqualTo("not a number (decimal separator '.')");
    }

    @Test
    void europeanBankFileIsDetected() throws IOException {
        Detection d = CsvDetector.detect(CsvSamples.file("eu-bank-utf8-bom.csv"));
        assertThat(d.bom()).isTrue();
        assertThat(d.format().encoding()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.format().delimiter()).isEqualTo(';');
        assertThat(d.format().decimal()).isEqualTo(',');
        assertThat(d.format().thousands()).isEqualTo('.');
        assertThat(d.format().dateFormat()).isEqualTo("dd.MM.yyyy");
        assertThat(d.format().sign()).isEqualTo(CsvFormat.AmountSign.NEGATIVE_IS_EXPENSE);
        assertThat(d.header()).containsExactly("Buchungstag", "Valuta", "Verwendungszweck", "Betrag", "Währung");
        assertThat(d.mapping()).isEqualTo(ColumnMapping.of(Column.DATE, 0, Column.DESCRIPTION, 2, Column.AMOUNT, 3));
    }

    @Test
    void windows1252IsRecognised() throws IOException {
        Detection d = CsvDetector.detect(CsvSamples.file("eu-bank-windows-1252.csv"));
        assertThat(d.format().encoding()).isEqualTo(CsvDetector.WINDOWS_1252);
        assertThat(d.sample().get(0).fields()).contains("Café Central Wien");
    }

    @Test
    void usBankFileIsDetected() throws IOException {
        Detection d = CsvDetector.detect(CsvSamples.file("us-bank.csv"));
        assertThat(d.format().delimiter()).isEqualTo(',');
        assertThat(d.format().decimal()).isEqualTo('.');
        assertThat(d.format().dateFormat()).isEqualTo("MM/dd/yyyy");
        assertThat(d.format().sign()).isEqualTo(CsvFormat.AmountSign.NEGATIVE_IS_EXPENSE);
        assertThat(d.mapping()).isEqualTo(ColumnMapping.of(Column.DATE, 0, Column.DESCRIPTION, 1, Column.AMOUNT, 2));
        LineInterpreter lines = new LineInterpreter(d.format(), d.mapping());
        assertThat(lines.interpret(d.sample().get(2))).isEqualTo(new StatementLine.Spending(4,
                java.time.LocalDate.of(2026, 3, 15), "AMAZON MKTP US, order 113-2\n2 items: \"USB cable\", mouse",
                new BigDecimal("42.17"), null, null));
    }

    @Test
    void headerlessFileIsMappedByContent() throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("outlay", ".csv");
        java.nio.file.Files.writeString(file, "2026-03-01\tBakery on the corner\t3.20\n2026-03-02\tBus\t2.90\n");
        Detection d = CsvDetector.detect(file);
        assertThat(d.format().delimiter()).isEqualTo('\t');
        assertThat(d.format().header()).isFalse();
        assertThat(d.mapping()).isEqualTo(ColumnMapping.of(Column.DATE, 0, Column.DESCRIPTION, 1, Column.AMOUNT, 2));
    }

    @Test
    void emptyAndBinaryFilesAreNamedAsSuch() throws IOException {
        assertThat(CsvDetector.detect(CsvSamples.file("empty.csv")).problem()).hasToString("The file is empty.");
        assertThat(CsvDetector.detect(CsvSamples.file("binary.csv")).problem().english()).contains("not a text file");
    }

    @Test
    void mapOptionTakesNamesAndNumbers() {
        List<String> header = List.of("Date", "Payee", "Debit", "Credit");
        ColumnMapping mapping = ColumnMapping.parse("date=date, description=2 ,debit=Debit,credit=4", header, null);
        assertThat(mapping).isEqualTo(ColumnMapping.of(Column.DATE, 0, Column.DESCRIPTION, 1, Column.DEBIT, 2, Column.CREDIT, 3));
        assertThat(mapping.problem()).isNull();
        assertThat(mapping.format(header)).isEqualTo("date=Date,description=Payee,debit=Debit,credit=Credit");
    }

    @Test
    void profilesAreSavedAndFoundByHeader(@org.junit.jupiter.api.io.TempDir java.nio.file.Path settings) {
        ImportProfiles profiles = new ImportProfiles(settings);
        ImportProfile profile = new ImportProfile("My Bank / Giro", "buchungstag|betrag", CsvFormat.CANONICAL.withDelimiter(';').withDecimal(','),
                ColumnMapping.of(Column.DATE, 0, Column.DESCRIPTION, 2, Column.AMOUNT, 1),
                List.of(new CategoryRule("REWE", "Groceries")), java.util.Map.of("lebensmittel", "Groceries"));
        assertThat(profiles.save(profile)).hasFileName("My Bank _ Giro.properties").exists();
        assertThat(profiles.forHeader("buchungstag|betrag")).contains(profile);
        assertThat(profiles.find("my bank / giro")).contains(profile);
        assertThat(profiles.forHeader("other")).isEmpty();
    }
}
