package app.outlay.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @ParameterizedTest(name = "{0} in {1} is {2}")
    @CsvSource(delimiter = '|', value = {
            "12.5        | en-US | 12.50",
            "12          | en-US | 12.00",
            "1,234.56    | en-US | 1234.56",
            "$ 7.10      | en-US | 7.10",
            "0.01        | en-US | 0.01",
            "12,50       | de-DE | 12.50",
            "12.5        | de-DE | 12.50",
            "1.234,50    | de-DE | 1234.50",
            "1.234.567   | de-DE | 1234567.00",
            "12,5 €      | de-DE | 12.50",
            "1 234,50    | fr-FR | 1234.50",
            // Finding 1: in German a point before exactly three digits groups thousands.
            "2.500       | de-DE | 2500.00",
            "1.000       | de-DE | 1000.00",
            "2.505       | de-DE | 2505.00",
            "1.234.567,89 | de-DE | 1234567.89",
            "2.50        | de-DE | 2.50",
            "2,500       | en-US | 2500.00",
            "2.500       | en-US | 2.50",
    })
    void readsWhatPeopleType(String text, String locale, String expected) {
        Money.Parsed parsed = Money.parseExpenseAmount(text, Locale.forLanguageTag(locale));
        assertThat(parsed.error()).isNull();
        assertThat(parsed.value()).isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "''          | en-US | Enter an amount",
            "0           | en-US | Must be more than zero",
            "0.00        | en-US | Must be more than zero",
            "-5          | en-US | An expense is a positive amount",
            "12.345      | en-US | At most two decimals",
            "12,50       | en-US | is not a number (example: 12.50)",
            "abc         | en-US | is not a number",
            "1.2.3       | en-US | is not a number",
            "12,345      | de-DE | At most two decimals",
            "1.23,50     | de-DE | is not a number",
            "100000000000000000 | en-US | Too large",
    })
    void refusesWithTheReason(String text, String locale, String reason) {
        Money.Parsed parsed = Money.parseExpenseAmount(text, Locale.forLanguageTag(locale));
        assertThat(parsed.value()).isNull();
        assertThat(parsed.error()).contains(reason);
    }

    @Test
    void formatsWithTheLocalesSeparators() {
        assertThat(Money.format(new BigDecimal("1234.5"), Locale.US)).isEqualTo("1,234.50");
        assertThat(Money.format(new BigDecimal("1234.5"), Locale.GERMANY)).isEqualTo("1.234,50");
        assertThat(Money.format(new BigDecimal("0.1").add(new BigDecimal("0.2")), Locale.US)).isEqualTo("0.30");
    }

    @Test
    void domainRefusesBadAmountsEvenWithoutTheDialog() {
        assertThatThrownBy(() -> Money.requireExpenseAmount(new BigDecimal("-1"))).hasMessageContaining("more than zero");
        assertThatThrownBy(() -> Money.requireExpenseAmount(new BigDecimal("1.001"))).hasMessageContaining("two decimals");
        assertThat(Money.requireExpenseAmount(new BigDecimal("1.10000"))).isEqualTo(new BigDecimal("1.10"));
    }
}
