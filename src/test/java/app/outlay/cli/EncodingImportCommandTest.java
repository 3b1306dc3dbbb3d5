package app.outlay.cli;

import app.outlay.testing.CliRun;
import app.outlay.testing.CliRun.Result;
import app.outlay.csv.CsvDetector;
import app.outlay.csv.CsvReader;
import app.outlay.csv.Detection;
import app.outlay.csv.ImportProfile;
import app.outlay.csv.ImportProfiles;
import app.outlay.settings.AppPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code outlay import} reads the encodings bank files come in exactly, and never stores what it could not read:
 * each test imports a file written in one encoding and reads the stored descriptions back with {@code outlay export}.
 */
class EncodingImportCommandTest {

    private static final Charset WINDOWS_1250 = Charset.forName("windows-1250");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    Path home;

    private Result run(String... args) {
        return CliRun.in(home, args);
    }

    private Path write(String name, String text, Charset charset) throws IOException {
        Path file = home.resolve(name);
        Files.write(file, text.getBytes(charset));
        return file;
    }

    /** The descriptions the ledger holds, in date order, as {@code outlay export} writes them. */
    private List<String> storedDescriptions() throws IOException {
        Path exported = home.resolve("export-" + System.nanoTime() + ".csv");
        Result export = run("export", exported.toString());
        assertThat(export.code()).as(export.err()).isZero();
        List<String> descriptions = new ArrayList<>();
        try (CsvReader reader = new CsvReader(Files.newBufferedReader(exported, StandardCharsets.UTF_8), ',', '"')) {
            reader.next();
            reader.forEachRemaining(record -> descriptions.add(record.field(1)));
        }
        return descriptions;
    }

    private Result importOk(Path file, String... options) {
        String[] args = new String[options.length + 2];
        args[0] = "import";
        args[1] = file.toString();
        System.arraycopy(options, 0, args, 2, options.length);
        Result result = run(args);
        assertThat(result.code()).as(result.out() + result.err()).isZero();
        return result;
    }

    // --- byte-order marks (issue 15.3) ---

    private static final String EXCEL_UNICODE_TEXT = "Date\tDescription\tAmount\r\n"
            + "2026-03-02\tCafé Central – Wien\t4.80\r\n"
            + "2026-03-03\tZürich Bäckerei\t3.25\r\n"
            + "2026-03-04\t東京 Ramen 🍜\t12.00\r\n";

    private Path utf16LeWithBom() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(0xFF);
        bytes.write(0xFE);
        bytes.write(EXCEL_UNICODE_TEXT.getBytes(StandardCharsets.UTF_16LE));
        Path file = home.resolve("excel-unicode.txt");
        Files.write(file, bytes.toByteArray());
        return file;
    }

    @Test
    void utf16LittleEndianWithBomIsReadExactly() throws IOException {
        Result result = importOk(utf16LeWithBom());
        assertThat(result.out()).startsWith("imported 3, skipped 0 duplicates");
        assertThat(storedDescriptions()).containsExactly("Café Central – Wien", "Zürich Bäckerei", "東京 Ramen 🍜");
    }

    @Test
    void utf16NamedOnTheCommandLineReadsTheSameFileExactly() throws IOException {
        Path file = utf16LeWithBom();
        for (String name : List.of("UTF-16", "utf-16le")) {
            Result dry = run("import", file.toString(), "--dry-run", "--encoding", name, "--delimiter", "tab");
            assertThat(dry.code()).as(name + ": " + dry.err()).isZero();
            assertThat(dry.out()).as(name).startsWith("dry run, nothing written: would have imported 3");
        }
        importOk(file, "--encoding", "UTF-16");
        assertThat(storedDescriptions()).containsExactly("Café Central – Wien", "Zürich Bäckerei", "東京 Ramen 🍜");
    }

    @Test
    void aBomOfAnotherEncodingThanTheOneAskedForIsRefusedByName() throws IOException {
        Result result = run("import", utf16LeWithBom().toString(), "--encoding", "windows-1252");
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("UTF-16LE byte-order mark", "cannot be read as windows-1252");
        assertThat(storedDescriptions()).isEmpty();
    }

    @Test
    void anUnknownEncodingIsBadUsageNamingTheValue() throws IOException {
        Path file = write("plain.csv", "date,description,amount\n2026-03-01,Coffee,3.50\n", StandardCharsets.UTF_8);
        Result result = run("import", file.toString(), "--encoding", "klingon-1");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("--encoding", "no encoding named 'klingon-1'", "windows-1250");
    }

    @Test
    void anyEncodingJavaHasCanBeNamed() throws IOException {
        Path file = write("latin9.csv", "date,description,amount\n2026-03-01,Œuvre 5 €,3.50\n", Charset.forName("ISO-8859-15"));
        importOk(file, "--encoding", "ISO-8859-15");
        assertThat(storedDescriptions()).containsExactly("Œuvre 5 €");
    }

    // --- code pages told apart (issue 15.3) ---

    @Test
    void czechWindows1250IsReadAs1250() throws IOException {
        String czech = "Datum;Popis;Částka;Měna\n"
                + "02.03.2026;Kavárna Slavia – Částka 125 Kč;-125,50;Kč\n"
                + "03.03.2026;Potraviny Žabka, nákup;-89,00;Kč\n"
                + "05.03.2026;Nájem bytu Brno – Řečkovice;-12500,00;Kč\n"
                + "07.03.2026;Lékárna U Černého orla;-245,00;Kč\n";
        importOk(write("czech.csv", czech, WINDOWS_1250));
        assertThat(storedDescriptions()).containsExactly("Kavárna Slavia – Částka 125 Kč", "Potraviny Žabka, nákup",
                "Nájem bytu Brno – Řečkovice", "Lékárna U Černého orla");
    }

    @Test
    void polishWindows1250IsReadAs1250() throws IOException {
        String polish = "Data;Opis;Kwota;Waluta\n"
                + "02.03.2026;Kawiarnia Łódź – kawa 12 zł;-12,50;zł\n"
                + "03.03.2026;Żabka Kraków, zakupy spożywcze;-45,99;zł\n"
                + "04.03.2026;Opłata za kartę;-5,00;zł\n"
                + "06.03.2026;Księgarnia Gdańsk;-39,90;zł\n";
        importOk(write("polish.csv", polish, WINDOWS_1250));
        assertThat(storedDescriptions()).containsExactly("Kawiarnia Łódź – kawa 12 zł", "Żabka Kraków, zakupy spożywcze",
                "Opłata za kartę", "Księgarnia Gdańsk");
    }

    @Test
    void germanAndFrenchWindows1252StayWindows1252() throws IOException {
        String german = "Buchungstag;Verwendungszweck;Betrag\n"
                + "02.03.2026;Bäckerei Müller Köln;-3,25\n"
                + "03.03.2026;Straßenbahn Düsseldorf – Monatskarte;-61,05\n"
                + "04.03.2026;Café Größenwahn;-4,80\n";
        importOk(write("german.csv", german, WINDOWS_1252));
        String french = "Date;Libellé;Montant\n"
                + "14/03/2026;Crème brûlée à la Gare;-6,50\n"
                + "15/03/2026;Librairie Œuvre – été;-21,00\n"
                + "20/03/2026;Boulangerie Façade, Noël;-3,10\n";
        importOk(write("french.csv", french, WINDOWS_1252));
        assertThat(storedDescriptions()).containsExactly("Bäckerei Müller Köln", "Straßenbahn Düsseldorf – Monatskarte",
                "Café Größenwahn", "Crème brûlée à la Gare", "Librairie Œuvre – été", "Boulangerie Façade, Noël");
    }

    // --- bad bytes in UTF-8 (issue 25.6) ---

    @Test
    void anInvalidByteInAUtf8FileIsRejectedByLineAndNothingIsStored() throws IOException {
        byte[] start = ("date,description,amount\n2026-03-01,Café Central,4.80\n2026-03-02,Bäckerei,3.25\n2026-03-03,Bad ")
                .getBytes(StandardCharsets.UTF_8);
        byte[] end = " byte,2.00\n2026-03-04,Crème,5.00\n".getBytes(StandardCharsets.UTF_8);
        Path file = home.resolve("damaged.csv");
        Files.write(file, concat(start, new byte[] {(byte) 0xE9}, end));

        Result result = run("import", file.toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("line 4: byte 0xE9 in line 4, column 16 (byte " + start.length + " of the file) is not valid UTF-8")
                .contains("1 line cannot be imported, so nothing was imported", "--skip-lines 4")
                .doesNotContain("Ã");
        assertThat(storedDescriptions()).isEmpty();

        importOk(file, "--skip-lines", "4");
        assertThat(storedDescriptions()).containsExactly("Café Central", "Bäckerei", "Crème");
    }

    @Test
    void anInvalidByteAfterTheFirst64KiBIsRejectedByLineToo() throws IOException {
        StringBuilder text = new StringBuilder("date,description,amount\n");
        for (int i = 1; i < 3000; i++) {
            text.append("2026-03-01,Café Nr. ").append(i).append(",1.00\n");
        }
        byte[] head = text.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(head.length).isGreaterThan(64 * 1024);
        Path file = home.resolve("damaged-late.csv");
        Files.write(file, concat(head, "2026-03-02,Caf".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xE9},
                " Late,2.00\n".getBytes(StandardCharsets.US_ASCII)));

        Result result = run("import", file.toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("line 3001 holds a byte that is not: 0xE9 in column 15 (byte " + (head.length + 14) + " of the file)")
                .contains("line 3001: byte 0xE9 in line 3001, column 15", "--skip-lines 3001");
        assertThat(storedDescriptions()).isEmpty();
    }

    @Test
    void aFileValidAsWindows1252ThroughoutIsReadAs1252EvenWhenItsFirstAccentIsLate() throws IOException {
        StringBuilder text = new StringBuilder("date,description,amount\n");
        for (int i = 1; i < 3000; i++) {
            text.append("2026-03-01,Coffee no. ").append(i).append(",1.00\n");
        }
        text.append("2026-03-02,Café Müller,2.00\n");
        importOk(write("late-accent.csv", text.toString(), WINDOWS_1252));
        List<String> stored = storedDescriptions();
        assertThat(stored).hasSize(3000).contains("Café Müller");
        assertThat(stored).noneMatch(d -> d.contains("\ufffd"));
    }

    // --- a saved profile's encoding (issue 15.2) ---

    private static final String STATEMENT = "Buchungstag;Verwendungszweck;Betrag;Währung\n"
            + "02.03.2026;Dom-Café Köln;-4,80;EUR\n"
            + "03.03.2026;Bäckerei Müller;-3,25;EUR\n"
            + "05.03.2026;Tankstelle Süd;-61,05;EUR\n";

    @Test
    void aProfileSavedFromAWindows1252FileDoesNotForce1252OntoAUtf8File() throws IOException {
        Path original = write("statement-1252.csv", STATEMENT, WINDOWS_1252);
        Detection detected = CsvDetector.detect(original);
        assertThat(detected.format().encoding()).isEqualTo(WINDOWS_1252);
        new ImportProfiles(AppPaths.under(home).createFolders().settingsDir()).save(new ImportProfile("Sparkasse",
                detected.headerSignature(), detected.format(), detected.mapping(), List.of(), Map.of()));

        Result utf8 = importOk(write("statement-utf8.csv", STATEMENT, StandardCharsets.UTF_8));
        assertThat(utf8.out()).contains("Using the import profile 'Sparkasse'.",
                "The profile \u201cSparkasse\u201d reads files as windows-1252, but this file is valid UTF-8 throughout: read as UTF-8 instead.",
                "imported 3");
        assertThat(storedDescriptions()).containsExactly("Dom-Café Köln", "Bäckerei Müller", "Tankstelle Süd");

        // The duplicate check compares what the user sees: the 1252 original holds the same three lines.
        Result again = importOk(original);
        assertThat(again.out()).contains("Using the import profile 'Sparkasse'.").doesNotContain("instead")
                .contains("imported 0, skipped 3 duplicates");
        assertThat(storedDescriptions()).hasSize(3);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
