package app.outlay.rates;

import app.outlay.text.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rate files: the long date,currency,rate shape and the ECB's wide eurofxref-hist.csv. */
class RateFileTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency GBP = Currency.getInstance("GBP");

    @TempDir
    Path folder;

    private Path file(String text) throws IOException {
        return Files.writeString(folder.resolve("rates.csv"), text, StandardCharsets.UTF_8);
    }

    @Test
    void theEcbsWideFileIsReadPerEuroSkippingDaysWithoutARate() throws IOException {
        // As the ECB writes it: newest first, a trailing comma on every line, N/A where a currency had no rate.
        Path ecb = file("Date,USD,JPY,KWD,\n2026-03-03,1.0832,161.5,N/A,\n2026-03-02,1.0801,160.92,0.3321,\n");

        assertThat(RateFile.read(ecb, GBP, null)).containsExactly(
                new Quote(LocalDate.of(2026, 3, 3), EUR, Currency.getInstance("USD"), new BigDecimal("1.0832")),
                new Quote(LocalDate.of(2026, 3, 3), EUR, Currency.getInstance("JPY"), new BigDecimal("161.5")),
                new Quote(LocalDate.of(2026, 3, 2), EUR, Currency.getInstance("USD"), new BigDecimal("1.0801")),
                new Quote(LocalDate.of(2026, 3, 2), EUR, Currency.getInstance("JPY"), new BigDecimal("160.92")),
                new Quote(LocalDate.of(2026, 3, 2), EUR, Currency.getInstance("KWD"), new BigDecimal("0.3321")));
    }

    @Test
    void aLongFileIsQuotedPerTheBaseItIsGiven() throws IOException {
        Path rates = file("date,currency,rate\n2026-03-02,USD,1.27\n2026-03-02,gbp,1\n");
        assertThat(RateFile.read(rates, GBP, null)).containsExactly(
                new Quote(LocalDate.of(2026, 3, 2), GBP, Currency.getInstance("USD"), new BigDecimal("1.27")));
    }

    @Test
    void aBadLineRefusesTheFileNamingTheLineAndTheValue() throws IOException {
        assertThatThrownBy(() -> RateFile.read(file("date,currency,rate\n2026-03-02,USD,1.27\n2026-03-03,USD,1,27\n"), EUR, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Line 3: '2026-03-03,USD,1,27' does not fit the columns date,currency,rate (a decimal point, not a comma)");
        assertThatThrownBy(() -> RateFile.read(file("date,currency,rate\n2026-03-02,USD,1.27\n2026-03-03,USD,abc\n"), EUR, null))
                .hasMessage("Line 3: 'abc' is not a rate (a number above zero, at most 16 decimals)");
        assertThatThrownBy(() -> RateFile.read(file("date,currency,rate\n02.03.2026,USD,1.27\n"), EUR, null))
                .hasMessage("Line 2: '02.03.2026' is not a date (example: 2026-03-02)");
        assertThatThrownBy(() -> RateFile.read(file("date,currency,rate\n2026-03-02,XYZ,1.27\n"), EUR, null))
                .hasMessage("Line 2: 'XYZ' is not an ISO 4217 currency code");
        assertThatThrownBy(() -> RateFile.read(file("when,what\n"), EUR, null))
                .hasMessage("Not a rates file: the first line is 'when,what'; expected date,currency,rate or the ECB's Date,USD,JPY,...");
    }
}
