package app.outlay.cli;

import app.outlay.testing.CliRun;
import app.outlay.testing.CliRun.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code outlay ledger currency [CODE] [--convert [--yes]]} on a home of its own (issue 22). */
class LedgerCommandTest {

    @TempDir
    Path home;

    private Result run(String... args) {
        return CliRun.in(home, args);
    }

    @Test
    void theCurrencyIsConvertedOnlyAfterThePreviewAndWithYes() throws IOException {
        assertThat(run("ledger", "currency", "EUR").out()).contains("The ledger's currency is EUR.");
        Path entries = Files.writeString(home.resolve("trip.csv"), "date,description,amount,category,notes,kind,tags,split,currency,ledger_amount\n"
                + "2026-03-02,Hotel,45.00,,,expense,,,USD,41.37\n2026-03-02,Bread,2.10,,,expense,,,,\n", StandardCharsets.UTF_8);
        assertThat(run("import", entries.toString()).code()).isZero();

        Result refused = run("ledger", "currency", "USD");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("1 entries were paid in other currencies").contains("outlay ledger currency USD --convert");

        Result withoutRates = run("ledger", "currency", "USD", "--convert");
        assertThat(withoutRates.code()).isEqualTo(1);
        assertThat(withoutRates.out()).contains("The rate table has no rate for EUR in USD on or before 2026-03-02");

        Path rates = Files.writeString(home.resolve("rates.csv"), "date,currency,rate\n2026-03-01,USD,1.25\n", StandardCharsets.UTF_8);
        assertThat(run("rates", "import", rates.toString(), "--base", "EUR").code()).isZero();
        Result preview = run("ledger", "currency", "USD", "--convert");
        assertThat(preview.code()).as(preview.err()).isZero();
        assertThat(preview.out()).contains("Convert the ledger from EUR to USD with the rate table?")
                .contains("2 entries: 1 in EUR becomes paid in EUR, 1 paid in USD becomes an ordinary USD entry, 0 in other currencies")
                .contains("EUR: 1 entry at 1 EUR = 1.25 USD, from 2026-03-02 to 2026-03-02")
                .contains("Undo cannot take it back")
                .contains("Nothing changed yet: run again with --yes to convert.");
        assertThat(run("ledger", "currency").out().strip()).isEqualTo("EUR");

        Result converted = run("ledger", "currency", "USD", "--convert", "--yes");
        assertThat(converted.code()).as(converted.err()).isZero();
        assertThat(converted.out()).contains("Converted 2 entries; the ledger is in USD now.");
        assertThat(run("ledger", "currency").out().strip()).isEqualTo("USD");
        Path exported = home.resolve("out.csv");
        assertThat(run("export", exported.toString()).code()).isZero();
        assertThat(Files.readAllLines(exported)).contains("2026-03-02,Hotel,45.00,,,expense,,,,", "2026-03-02,Bread,2.10,,,expense,,,EUR,2.62");
    }
}
