package app.outlay.csv;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The encoding verdict over whole files, the code-page guess, and the strict reading that names bad bytes. */
class EncodingScanTest {

    @TempDir
    Path dir;

    private EncodingScan scan(String text, Charset charset) throws IOException {
        return scan(text.getBytes(charset));
    }

    private EncodingScan scan(byte[] bytes) throws IOException {
        Path file = dir.resolve("f" + System.nanoTime() + ".csv");
        Files.write(file, bytes);
        return EncodingScan.of(file);
    }

    private static final String CZECH = "Datum;Popis;Částka\n01.03.2026;Nájem bytu – Řečkovice, šťastný žluťoučký kůň;-12500,00 Kč\n";
    private static final String POLISH = "Data;Opis;Kwota\n01.03.2026;Łódź, Żabka: zakupy spożywcze, źródło;-12,50 zł\n";
    private static final String HUNGARIAN = "Dátum;Leírás;Összeg\n01.03.2026;Árvíztűrő tükörfúrógép, Győr;-1500 Ft\n";
    private static final String RUSSIAN = "Дата;Описание;Сумма\n01.03.2026;Кофейня на Арбате;-350,00\n";
    private static final String GERMAN = "Datum;Text;Betrag\n01.03.2026;Bäckerei Müller, Straße – Köln, Café;-3,25\n";
    private static final String FRENCH = "Date;Libellé;Montant\n01.03.2026;Crème brûlée, Noël à l'hôtel, façade, Œuvre;-3,25\n";
    private static final String ENGLISH_POUNDS = "Date,Description,Amount\n2026-03-01,Rent £950 for the flat,950.00\n";

    @Test
    void codePagesAreToldApartByTheLanguageTheirLettersMake() throws IOException {
        Charset w1250 = Charset.forName("windows-1250");
        Charset w1252 = Charset.forName("windows-1252");
        assertThat(scan(CZECH, w1250).charset()).isEqualTo(w1250);
        assertThat(scan(POLISH, w1250).charset()).isEqualTo(w1250);
        assertThat(scan(HUNGARIAN, w1250).charset()).isEqualTo(w1250);
        assertThat(scan(CZECH, Charset.forName("ISO-8859-2")).charset()).isEqualTo(Charset.forName("ISO-8859-2"));
        assertThat(scan(RUSSIAN, Charset.forName("windows-1251")).charset()).isEqualTo(Charset.forName("windows-1251"));
        assertThat(scan(GERMAN, w1252).charset()).isEqualTo(w1252);
        assertThat(scan(FRENCH, w1252).charset()).isEqualTo(w1252);
        assertThat(scan(ENGLISH_POUNDS, w1252).charset()).isEqualTo(w1252);
        assertThat(scan(GERMAN, w1252).verdict()).isEqualTo(EncodingScan.Verdict.CODE_PAGE);
    }

    @Test
    void utf8AndMarksAreCertain() throws IOException {
        assertThat(scan(CZECH, StandardCharsets.UTF_8).verdict()).isEqualTo(EncodingScan.Verdict.UTF_8);
        assertThat(scan("date,description,amount\n", StandardCharsets.UTF_8).verdict()).isEqualTo(EncodingScan.Verdict.ASCII);
        EncodingScan be = scan(("\uFEFF" + GERMAN).getBytes(StandardCharsets.UTF_16BE));
        assertThat(be.verdict()).isEqualTo(EncodingScan.Verdict.BOM);
        assertThat(be.charset()).isEqualTo(StandardCharsets.UTF_16BE);
        assertThat(be.looksBinary()).isFalse();
        assertThat(scan(("\uFEFF" + GERMAN).getBytes(StandardCharsets.UTF_8)).bom()).isEqualTo(EncodingScan.Bom.UTF_8);
    }

    @Test
    void aSavedEncodingIsUsedOnlyWhereTheBytesAllowIt() throws IOException {
        Charset w1252 = Charset.forName("windows-1252");
        Charset w1250 = Charset.forName("windows-1250");
        assertThat(scan(GERMAN, StandardCharsets.UTF_8).refuses(w1252)).hasToString("this file is valid UTF-8 throughout");
        assertThat(scan(GERMAN, w1252).refuses(w1250)).isNull(); // same letters either way: the profile's choice stands
        assertThat(scan(GERMAN, w1252).refuses(StandardCharsets.UTF_8)).hasToString("this file has bytes that are not valid UTF-8");
        assertThat(scan("a;b;c\n1;t\u0165;2\n", w1250).refuses(w1252)).hasToString("this file has bytes that are not valid windows-1252");
        assertThat(scan("date,description,amount\n", StandardCharsets.US_ASCII).refuses(w1250)).isNull();
        assertThat(scan("date,description,amount\n", StandardCharsets.US_ASCII).refuses(StandardCharsets.UTF_16LE)).isNotNull();
        assertThat(scan(("\uFEFF" + GERMAN).getBytes(StandardCharsets.UTF_16LE)).refuses(StandardCharsets.UTF_16)).isNull();
    }

    @Test
    void mostlyUtf8WithOneBadByteIsDamagedUtf8AndSaysWhere() throws IOException {
        byte[] bytes = "date,description,amount\n2026-03-01,Café,1.00\n2026-03-02,Bäcker X,2.00\n".getBytes(StandardCharsets.UTF_8);
        int x = new String(bytes, StandardCharsets.UTF_8).indexOf('X') + 2; // two 2-byte letters before it
        bytes[x] = (byte) 0xFC;
        EncodingScan scan = scan(bytes);
        assertThat(scan.verdict()).isEqualTo(EncodingScan.Verdict.DAMAGED_UTF_8);
        assertThat(scan.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(scan.firstBadUtf8()).isEqualTo(new EncodingScan.BadByte(3, 19, x, 0xFC));
    }

    @Test
    void strictReadingRejectsTheLineWithBadBytesAndReadsOnAcrossBuffers() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            text.append("2026-03-01,Caf\u00e9 ").append(i).append(",1.00\n");
        }
        byte[] good = text.toString().getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.writeBytes(good);
        bytes.writeBytes("x,\u00ff\u00fe,1\nok,1,2".getBytes(StandardCharsets.ISO_8859_1));
        Path file = dir.resolve("big.csv");
        Files.write(file, bytes.toByteArray());

        List<CsvRecord> records = new ArrayList<>();
        try (CsvReader reader = CsvFiles.open(file, CsvFormat.CANONICAL.withHeader(false))) {
            reader.forEachRemaining(records::add);
        }
        assertThat(records).hasSize(20_002);
        assertThat(records.subList(0, 20_000)).allSatisfy(r -> assertThat(r.problem()).isNull());
        assertThat(records.get(19_999).fields()).containsExactly("2026-03-01", "Caf\u00e9 19999", "1.00");
        CsvRecord bad = records.get(20_000);
        assertThat(bad.line()).isEqualTo(20_001);
        assertThat(bad.problem().english()).startsWith("byte 0xFF in line 20001, column 3 (byte " + (good.length + 2)
                + " of the file) is not valid UTF-8");
        assertThat(bad.fields()).containsExactly("x", "", "1");
        assertThat(records.get(20_001).fields()).containsExactly("ok", "1", "2");
        assertThat(records.get(20_001).problem()).isNull();
    }

    @Test
    void badBytesAtTheVeryEndAreStillReported() throws IOException {
        Path file = dir.resolve("tail.csv");
        Files.write(file, new byte[] {'a', ',', 'b', '\n', (byte) 0xC3});
        List<CsvRecord> records = new ArrayList<>();
        try (CsvReader reader = CsvFiles.open(file, CsvFormat.CANONICAL)) {
            reader.forEachRemaining(records::add);
        }
        assertThat(records).hasSize(2);
        assertThat(records.get(1).problem().english()).startsWith("byte 0xC3 in line 2, column 1 (byte 4 of the file)");
    }

    @Test
    void aStrayByteThatOnlyCyrillicCanReadDoesNotMakeAGermanFileCyrillic() throws IOException {
        byte[] german = GERMAN.getBytes(Charset.forName("windows-1252"));
        byte[] bytes = java.util.Arrays.copyOf(german, german.length + 1);
        bytes[german.length] = (byte) 0x81; // undefined in 1252, 1250 and ISO-8859-2; a letter only in 1251
        EncodingScan scan = scan(bytes);
        assertThat(scan.verdict()).isEqualTo(EncodingScan.Verdict.UNKNOWN);
        assertThat(scan.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(scan.note().english()).startsWith("The file is not UTF-8, and its letters make no sense");
    }
}
