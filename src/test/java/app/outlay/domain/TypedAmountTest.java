package app.outlay.domain;

import org.junit.jupiter.api.Test;

import java.util.Currency;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** What people type in the entry dialog's amount field, with or without a currency (issue 22). */
class TypedAmountTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    private static String read(String text, Locale locale) {
        TypedAmount typed = TypedAmount.parse(text, locale, EUR);
        return typed.ok() ? typed.amount().toPlainString() + " " + typed.currency().getCurrencyCode() + (typed.named() ? "" : " (chosen)")
                : typed.problem().english();
    }

    @Test
    void theCurrencyIsReadFromItsCodeOrSymbolAndTheNumberWithItsOwnDecimals() {
        assertThat(read("45 USD", Locale.UK)).isEqualTo("45.00 USD");
        assertThat(read("usd 45", Locale.UK)).isEqualTo("45.00 USD");
        assertThat(read("¥3,200", Locale.UK)).isEqualTo("3200 JPY");
        assertThat(read("3.200 KWD", Locale.UK)).isEqualTo("3.200 KWD");
        assertThat(read("US$12.5", Locale.UK)).isEqualTo("12.50 USD");
        assertThat(read("£7", Locale.UK)).isEqualTo("7.00 GBP");
        // German: decimal comma, and 3.200 yen are three thousand two hundred there too.
        assertThat(read("12,50 USD", Locale.GERMANY)).isEqualTo("12.50 USD");
        assertThat(read("¥3.200", Locale.GERMANY)).isEqualTo("3200 JPY");
        assertThat(read("3,200 KWD", Locale.GERMANY)).isEqualTo("3.200 KWD");
        // Finding 1: a point before three digits groups in German where the currency has at most two decimals;
        // KWD has three, so "3.200 KWD" stays 3.2 dinars, as in English.
        assertThat(read("2.500 USD", Locale.GERMANY)).isEqualTo("2500.00 USD");
        assertThat(read("2.500", Locale.GERMANY)).isEqualTo("2500.00 EUR (chosen)");
        assertThat(read("3.200 KWD", Locale.GERMANY)).isEqualTo("3.200 KWD");
        assertThat(read("1.234.567 KWD", Locale.GERMANY)).isEqualTo("1234567.000 KWD");
    }

    @Test
    void aBareNumberOrTheChosenCurrencysOwnSignIsInTheChosenCurrency() {
        assertThat(read("41.37", Locale.UK)).isEqualTo("41.37 EUR (chosen)");
        assertThat(read("€41.37", Locale.UK)).isEqualTo("41.37 EUR");
        assertThat(read("$41.37", Locale.UK)).isEqualTo("41.37 EUR (chosen)");
        assertThat(read("41,37 EUR", Locale.GERMANY)).isEqualTo("41.37 EUR");
    }

    @Test
    void mistakesAreExplained() {
        assertThat(read("12.345 JPY", Locale.UK)).isEqualTo("This currency has no decimals");
        assertThat(read("1.2345 KWD", Locale.UK)).isEqualTo("At most 3 decimals in this currency");
        assertThat(read("45 XYZ", Locale.UK)).isEqualTo("Currency: 'XYZ' is not an ISO 4217 currency code (examples: USD, JPY, KWD)");
        assertThat(read("abc", Locale.UK)).isEqualTo("'abc' is not a number (example: 12.50)");
        assertThat(read("", Locale.UK)).isEqualTo("Enter an amount");
    }
}
