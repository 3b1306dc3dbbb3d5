package app.outlay.cli;

import app.outlay.testing.CliRun;
import app.outlay.testing.CliRun.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static app.outlay.bankfiles.BankFileSamples.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** {@code outlay import FILE} with bank files: detected by content, {@code --format} to override, all or nothing. */
class BankImportCommandTest {

    @TempDir
    Path home;

    @BeforeEach
    void emptyLedger() {
        assertThat(CliRun.in(home, "db", "migrate").code()).isZero();
    }

    private Result run(String... args) {
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CliRun.in(home, args));
    }

    @Test
    void eachFormatIsDetectedFromItsContentWhateverTheFileIsCalled() throws IOException {
        for (String name : new String[] {"ofx/checking-2026-01.ofx", "qif/checking-us.qif", "camt/statement-2026-01-05.xml", "mt940/giro-2026-01-05.sta"}) {
            Path renamed = Files.copy(sample(name), home.resolve("statement-" + name.replace('/', '-') + ".txt"));
            Result dry = run("import", renamed.toString(), "--dry-run");
            assertThat(dry.code()).as(name + ": " + dry.err()).isZero();
            assertThat(dry.out()).startsWith("dry run, nothing written: would have imported ");
        }
        assertThat(run("import", sample("mt940/giro-2026-01-05.sta").toString()).out()).contains("imported 5, skipped 0 duplicates, 3 incoming");
        assertThat(run("import", sample("mt940/giro-2026-01-06-overlap.sta").toString()).out()).contains("imported 1, skipped 3 duplicates, 1 incoming");
    }

    @Test
    void formatOverridesDetection() {
        Result asCsv = run("import", sample("ofx/checking-2026-01.ofx").toString(), "--format", "csv", "--dry-run");
        assertThat(asCsv.code()).as("an OFX file read as CSV does not make sense as one").isEqualTo(1);
        Result asOfx = run("import", sample("qif/checking-us.qif").toString(), "--format", "ofx");
        assertThat(asOfx.code()).isEqualTo(1);
        assertThat(asOfx.err()).startsWith("outlay: " + sample("qif/checking-us.qif") + " (ofx): line 1, <OFX>");
        Result unknown = run("import", sample("qif/checking-us.qif").toString(), "--format", "xls");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("--format: csv, ofx, qif, camt053 or mt940, not 'xls'");
        assertThat(run("import", sample("qif/checking-us.qif").toString(), "--format", "QIF").out()).contains("imported 3");
    }

    @Test
    void ambiguousQifDatesAreAskedFor() {
        Result asked = run("import", sample("qif/ambiguous-dates.qif").toString());
        assertThat(asked.code()).isEqualTo(1);
        assertThat(asked.err()).contains("line 2: '03/04/2026'").contains("Give --date-order month-first or day-first.");
        Result dayFirst = run("import", sample("qif/ambiguous-dates.qif").toString(), "--date-order", "day-first");
        assertThat(dayFirst.code()).as(dayFirst.err()).isZero();
        assertThat(run("export", home.resolve("out.csv").toString()).code()).isZero();
    }

    @Test
    void hostileXmlIsRefusedWithAPlainMessageAndNothingImported() throws IOException {
        Result refused = run("import", sample("camt/billion-laughs.xml").toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("(camt053): line 13, <!DOCTYPE").doesNotContain("Exception").hasLineCount(1);
        Result external = run("import", sample("camt/external-entity.xml").toString());
        assertThat(external.err()).contains("DOCTYPE (DTD) is refused").doesNotContain("root:");
        Path export = home.resolve("all.csv");
        assertThat(run("export", export.toString()).code()).isZero();
        assertThat(Files.readAllLines(export)).hasSize(1);
    }

    @Test
    void csvOptionsDoNotApplyToBankFiles() {
        Result result = run("import", sample("camt/statement-2026-01-05.xml").toString(), "--delimiter", ";");
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("are for CSV files; this is camt053");
    }
}
