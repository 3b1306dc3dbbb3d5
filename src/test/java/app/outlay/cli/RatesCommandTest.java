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

/** {@code outlay rates import|list} on a home of its own. */
class RatesCommandTest {

    @TempDir
    Path home;

    private Result run(String... args) {
        return CliRun.in(home, args);
    }

    @Test
    void theEcbsFileIsImportedAndListedAndABadFileChangesNothing() throws IOException {
        Path ecb = Files.writeString(home.resolve("eurofxref-hist.csv"),
                "Date,USD,JPY,\n2026-03-03,1.0832,161.5,\n2026-03-02,1.0801,N/A,\n", StandardCharsets.UTF_8);
        Result imported = run("rates", "import", ecb.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("stored 3 rates");

        Path bad = Files.writeString(home.resolve("bad.csv"), "date,currency,rate\n2026-03-04,USD,1.09\n2026-03-05,USD,-1\n",
                StandardCharsets.UTF_8);
        Result refused = run("rates", "import", bad.toString(), "--base", "EUR");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("Line 3: '-1' is not a rate");

        Result listed = run("rates", "list");
        assertThat(listed.code()).as(listed.err()).isZero();
        assertThat(listed.out()).contains("1 EUR = 161.5 JPY  1 days, 2026-03-03 to 2026-03-03")
                .contains("1 EUR = 1.0832 USD  2 days, 2026-03-02 to 2026-03-03");
    }
}
