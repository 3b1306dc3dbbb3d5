package app.outlay.cli;

import app.outlay.testing.CliRun;
import app.outlay.testing.CliRun.Result;
import app.outlay.testing.CsvSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** German bank CSVs as the tester found them (findings 2, 3, 8, 12, 15): imported, then exported to read back what was stored. */
class GermanBankCsvCommandTest {

    @TempDir
    Path home;

    private Result run(String... args) {
        return CliRun.in(home, args);
    }

    /** The stored lines after importing {@code sample}: date,description,amount,category,notes,kind (the rest cut off). */
    private List<String> importAndExport(String sample, String... options) throws IOException {
        String[] args = new String[options.length + 2];
        args[0] = "import";
        args[1] = CsvSamples.file(sample).toString();
        System.arraycopy(options, 0, args, 2, options.length);
        Result imported = run(args);
        assertThat(imported.code()).as(imported.err()).isZero();
        Path exported = home.resolve("export.csv");
        Result export = run("export", exported.toString());
        assertThat(export.code()).as(export.err()).isZero();
        return Files.readAllLines(exported, StandardCharsets.UTF_8).stream().skip(1)
                .map(line -> String.join(",", List.of(line.split(",", -1)).subList(0, 6))).toList();
    }

    @Test
    void wholeEuroAmountsWithAThousandsPointAreThousands() throws IOException {
        assertThat(importAndExport("bank-de-thousands-only.csv")).extracting(line -> line.split(",")[2])
                .containsExactlyInAnyOrder("1000.00", "2500.00", "1250.00");
    }

    @Test
    void aPreambleOfAccountDetailsIsPassedOverAndTheHeaderFoundAfterIt() throws IOException {
        assertThat(importAndExport("ing-preamble.csv")).extracting(line -> line.split(",")[0] + " " + line.split(",")[2])
                .containsExactlyInAnyOrder("2026-11-28 23.45", "2026-11-27 60.00");
    }

    @Test
    void excelsSepLineSetsTheDelimiterAndIsNoRecord() throws IOException {
        assertThat(importAndExport("excel-sep.csv")).containsExactly("2026-11-01,Kaffee,2.80,,,expense");
    }

    @Test
    void aBadLineAfterThePreambleIsNamedByItsLineInTheFile() throws IOException {
        Path file = home.resolve("ing-bad.csv");
        Files.writeString(file, Files.readString(CsvSamples.file("ing-preamble.csv"), StandardCharsets.UTF_8)
                + "26.11.2026;26.11.2026;Kiosk;Lastschrift;Zeitung;1.198,01;EUR;-1,2x;EUR\n", StandardCharsets.UTF_8);
        Result imported = run("import", file.toString());
        assertThat(imported.code()).isEqualTo(1);
        assertThat(imported.err()).contains("line 15: amount").contains("-1,2x");
    }

    @Test
    void anSHColumnSaysWhichWayTheMoneyWent() throws IOException {
        assertThat(importAndExport("vr-soll-haben.csv", "--money-in", "income")).extracting(line -> {
            String[] f = line.split(",");
            return f[2] + " " + f[5];
        }).containsExactlyInAnyOrder("12.34 expense", "2000.00 income");
    }

    @Test
    void aDirectionColumnCanBeChosenAndAnUnknownValueIsRefusedWithItsLine() throws IOException {
        Path file = home.resolve("dc.csv");
        Files.writeString(file, """
                Date,Text,Value,Way
                2026-11-01,Coffee,2.80,DR
                2026-11-02,Refund,5.00,CR
                2026-11-03,Odd,1.00,X
                """, StandardCharsets.UTF_8);
        Result refused = run("import", file.toString(), "--map", "direction=Way", "--money-in", "refund");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("line 4: direction 'X'");
        Files.writeString(file, Files.readString(file).replace("1.00,X", "1.00,DR"));
        Result imported = run("import", file.toString(), "--map", "direction=Way", "--money-in", "refund");
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("imported 3 (2 expenses, 1 refund");
    }

    @Test
    void thePayeeIsTheDescriptionAndThePurposeTheNotesSoAReturnMatchesItsOrder() throws IOException {
        List<String> stored = importAndExport("bank-de.csv", "--money-in", "auto");
        assertThat(stored).contains("2026-11-03,REWE Markt GmbH,45.67,,REWE SAGT DANKE 12345,expense",
                "2026-11-05,Arbeitgeber AG,3200.00,,Gehalt November,income");
        assertThat(stored).filteredOn(line -> line.contains("Zalando SE")).extracting(line -> line.split(",")[5])
                .containsExactlyInAnyOrder("expense", "refund");
    }

    @Test
    void anUnquotedDelimiterInAFieldIsReportedAsTooManyFieldsNotAsABadAmount() throws IOException {
        Result refused = run("import", CsvSamples.file("hostile-extra-field.csv").toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("line 8: has 8 fields, the header 7").doesNotContain("not a number");

        Path trailing = home.resolve("trailing.csv");
        Files.writeString(trailing, "Buchungstag;Verwendungszweck;Betrag\n01.11.2026;Kaffee;-2,80;\n", StandardCharsets.UTF_8);
        Result imported = run("import", trailing.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
    }
}
