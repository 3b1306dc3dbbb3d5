package app.outlay.cli;

import app.outlay.testing.CliRun;
import app.outlay.testing.CliRun.Result;
import app.outlay.settings.AppPaths;
import app.outlay.testing.CsvSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code outlay import} and {@code outlay export} on a fresh data folder each. */
class ImportExportCommandTest {

    @TempDir
    Path home;

    private Result run(String... args) {
        return CliRun.in(home, args);
    }

    private String expenseCount() {
        Result info = run("db", "info");
        return info.out().lines().filter(l -> l.startsWith("Expenses:")).findFirst().orElse(info.out() + info.err());
    }

    @Test
    void exportNeverWritesOverOutlaysOwnFiles() throws Exception {
        assertThat(run("import", CsvSamples.file("canonical.csv").toString()).code()).isZero();
        AppPaths paths = AppPaths.under(home);
        Path database = Path.of(paths.defaultH2Base() + ".mv.db");
        Files.writeString(paths.settingsFile(), "db.kind=h2\n");
        Path link = Files.createSymbolicLink(home.resolve("innocent.csv"), database);
        Map<Path, String> targets = new LinkedHashMap<>();
        targets.put(database, "that is Outlay's database.");
        targets.put(link, "that is Outlay's database.");
        targets.put(home.resolve("data/../data/outlay.trace.db"), "that is Outlay's database.");
        targets.put(paths.backupDir().resolve("mine.csv"), "that is in Outlay's backups folder.");
        targets.put(paths.settingsFile(), "that is Outlay's settings file.");
        String settingsBefore = Files.readString(paths.settingsFile());

        for (Map.Entry<Path, String> target : targets.entrySet()) {
            Result export = run("export", target.getKey().toString());
            assertThat(export.code()).as(target.getKey().toString()).isEqualTo(1);
            assertThat(export.err().strip()).isEqualTo("outlay: Will not write the export to " + target.getKey().toAbsolutePath() + ": "
                    + target.getValue() + " Choose another file.");
        }
        // Still an H2 file (each run opens it, so its bytes move), holding the five expenses.
        assertThat(new String(Files.readAllBytes(database), 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("H:2,");
        assertThat(Files.readString(paths.settingsFile())).isEqualTo(settingsBefore);
        assertThat(paths.backupDir().resolve("mine.csv")).doesNotExist();
        assertThat(expenseCount()).matches("Expenses:\\s+5");
        try (Stream<Path> left = Files.list(home.resolve("data"))) {
            assertThat(left).noneMatch(p -> p.getFileName().toString().endsWith(".tmp"));
        }
    }

    @Test
    void importOfACanonicalFileThenExportGivesTheSameRows() throws Exception {
        Path canonical = CsvSamples.file("canonical.csv");
        Result imported = run("import", canonical.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("imported 5, skipped 0 duplicates, 0 incoming").contains("created categories: Hobbies");

        Path exported = home.resolve("out/export.csv");
        Result export = run("export", exported.toString());
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(export.out()).contains("exported 5 expenses");
        // A five-column file (an older export) is all expenses without tags or splits; the export says so in its
        // sixth to eighth columns.
        String five = Files.readString(canonical, StandardCharsets.UTF_8);
        String header = five.substring(0, five.indexOf("\r\n") + 2);
        String eight = header.replace("\r\n", ",kind,tags,split,currency,ledger_amount\r\n")
                + five.substring(header.length()).replace("\r\n", ",expense,,,,\r\n");
        assertThat(Files.readString(exported, StandardCharsets.UTF_8)).isEqualTo(eight);
    }

    @Test
    void aFileWithRefundsAndIncomeImportsAndExportsByteForByte() throws Exception {
        // Its first line has tags too (issue 21): they go in and come out as they were.
        Path canonical = CsvSamples.file("canonical-kinds.csv");
        Result imported = run("import", canonical.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        // The file states every kind: the command line's default (leave money coming in out) is for bank statements.
        assertThat(imported.out()).startsWith("imported 6 (2 expenses, 2 refunds, 2 income), skipped 0 duplicates, 0 incoming");

        Path exported = home.resolve("out/kinds.csv");
        assertThat(run("export", exported.toString()).code()).isZero();
        // The sample is a seven-column file (before splits): the export adds the empty eighth column, split.
        String seven = Files.readString(canonical, StandardCharsets.UTF_8);
        String header = seven.substring(0, seven.indexOf("\r\n") + 2);
        String eight = header.replace("\r\n", ",split,currency,ledger_amount\r\n")
                + seven.substring(header.length()).replace("\r\n", ",,,\r\n");
        assertThat(Files.readString(exported, StandardCharsets.UTF_8)).isEqualTo(eight);
    }

    @Test
    void aBadLineInTheMiddleExitsOneNamesItAndImportsNothing() {
        run("import", CsvSamples.file("statement-march.csv").toString());
        assertThat(expenseCount()).isEqualTo("Expenses:    4");

        Result result = run("import", CsvSamples.file("one-bad-line.csv").toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("line 4: amount 'abc': not a number")
                .contains("1 line cannot be imported, so nothing was imported")
                .contains("--skip-lines 4");
        assertThat(result.out()).isEmpty();
        assertThat(expenseCount()).isEqualTo("Expenses:    4");
    }

    @Test
    void skippingTheListedLineImportsTheRest() {
        Result result = run("import", CsvSamples.file("one-bad-line.csv").toString(), "--skip-lines", "4");
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("imported 3, skipped 0 duplicates, 0 incoming", "left out 1 lines as asked");
    }

    @Test
    void dryRunWritesNothingAndDuplicatesAreSkippedTheSecondTime() {
        String march = CsvSamples.file("statement-march.csv").toString();
        Result dry = run("import", march, "--dry-run");
        assertThat(dry.code()).isZero();
        assertThat(dry.out()).startsWith("dry run, nothing written: would have imported 4");
        assertThat(expenseCount()).isEqualTo("Expenses:    0");

        assertThat(run("import", march).out()).startsWith("imported 4, skipped 0 duplicates, 0 incoming");
        assertThat(run("import", march).out()).startsWith("imported 0, skipped 4 duplicates, 0 incoming");
        assertThat(run("import", march, "--keep-duplicates").out()).startsWith("imported 4, skipped 0 duplicates");
    }

    @Test
    void formatOptionsOverrideDetection() {
        // Read the European file as if it used a point: every amount line is then wrong, and all are named.
        Result wrong = run("import", CsvSamples.file("eu-bank-utf8-bom.csv").toString(), "--dry-run", "--delimiter", ";",
                "--decimal-point", "--date-format", "dd.MM.yyyy", "--encoding", "UTF-8",
                "--map", "date=Buchungstag,description=3,amount=Betrag");
        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.err()).contains("line 2: amount '-4,80': not a number", "line 7: amount '-61,05'");

        Result right = run("import", CsvSamples.file("eu-bank-utf8-bom.csv").toString(), "--decimal-comma",
                "--map", "date=Valuta,description=Verwendungszweck,amount=4");
        assertThat(right.code()).as(right.err()).isZero();
        assertThat(right.out()).startsWith("imported 5, skipped 0 duplicates, 1 incoming");
    }

    @Test
    void emptyBinaryAndMissingFilesAreRefusedInOneLine() {
        Result empty = run("import", CsvSamples.file("empty.csv").toString());
        assertThat(empty.code()).isEqualTo(1);
        assertThat(empty.err()).contains("The file is empty.");

        Result binary = run("import", CsvSamples.file("binary.csv").toString());
        assertThat(binary.code()).isEqualTo(1);
        assertThat(binary.err()).contains("not a text file");

        Result missing = run("import", home.resolve("nope.csv").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("no such file");
    }

    @Test
    void badMapOptionIsExplained() {
        Result result = run("import", CsvSamples.file("us-bank.csv").toString(), "--map", "amount=Betrag");
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err().strip()).startsWith("outlay: --map: the file has no column 'Betrag'").contains("Date, Description, Amount, Balance");
    }

    @Test
    void exportFilters() throws Exception {
        run("import", CsvSamples.file("canonical.csv").toString());
        Path file = home.resolve("transport.csv");
        Result result = run("export", file.toString(), "--from", "2026-01-06", "--to", "2026-01-09", "--category", "transport");
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(Files.readAllLines(file)).hasSize(3).element(1).asString().startsWith("2026-01-07,Bus pass,30.00,Transport,");

        Result unknown = run("export", file.toString(), "--category", "Nope");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("no category named 'Nope'");
    }
}
