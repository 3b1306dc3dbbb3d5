package app.outlay.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Amounts in the ledger's currency, written the user's way, and read back as typed. */
class MoneyFormatTest {

    private static final String NBSP = "\u00a0";

    private static MoneyFormat money(Locale locale, String code) {
        return new MoneyFormat(locale, Currency.getInstance(code));
    }

    @Test
    void amountsCarryTheCurrencyAsTheLocaleWritesIt() {
        assertThat(money(Locale.US, "USD").format(new BigDecimal("1234.50"))).isEqualTo("$1,234.50");
        assertThat(money(Locale.GERMANY, "EUR").format(new BigDecimal("1234.50"))).isEqualTo("1.234,50" + NBSP + "\u20ac");
        // A symbol made of letters is kept apart from the number.
        assertThat(money(Locale.US, "CHF").format(new BigDecimal("42.90"))).isEqualTo("CHF" + NBSP + "42.90");
        assertThat(money(Locale.GERMANY, "CHF").format(new BigDecimal("42.90"))).isEqualTo("42,90" + NBSP + "CHF");
        assertThat(money(Locale.US, "USD").plain(new BigDecimal("1234.50"))).isEqualTo("1,234.50");
        assertThat(money(Locale.GERMANY, "EUR").plain(new BigDecimal("0.00"))).isEqualTo("0,00");
    }

    @Test
    void aCurrencyWithoutCentsShowsWholeAmountsWithoutButNeverHidesStoredCents() {
        MoneyFormat yen = money(Locale.US, "JPY");
        assertThat(yen.format(new BigDecimal("1500.00"))).isEqualTo("\u00a51,500");
        assertThat(yen.plain(new BigDecimal("1500.00"))).isEqualTo("1,500");
        assertThat(yen.plain(new BigDecimal("12.50"))).isEqualTo("12.50");
        assertThat(money(Locale.US, "BHD").plain(new BigDecimal("12.50"))).isEqualTo("12.500");
    }

    @Test
    void whatTheEditorShowsReadsBackAsTheSameAmount() {
        for (Locale locale : new Locale[] {Locale.US, Locale.GERMANY, Locale.FRANCE, new Locale("de", "CH")}) {
            for (String code : new String[] {"EUR", "JPY", "BHD", "CHF"}) {
                MoneyFormat money = money(locale, code);
                for (String amount : new String[] {"1500.00", "1234567.89", "0.50", "12.00"}) {
                    assertThat(money.parse(money.forEditing(new BigDecimal(amount))).value()).as(locale + " " + code + " " + amount)
                            .isEqualByComparingTo(amount);
                }
            }
        }
        assertThat(money(Locale.GERMANY, "JPY").forEditing(new BigDecimal("1500.00"))).isEqualTo("1500");
    }

    @Test
    void typedAmountsMayCarryTheCurrencyCodeOrSymbol() {
        MoneyFormat francs = money(Locale.US, "CHF");
        assertThat(francs.parse("CHF 12.50").value()).isEqualByComparingTo("12.50");
        assertThat(francs.parse("12.50 chf").value()).isEqualByComparingTo("12.50");
        assertThat(francs.parse("1,234.50").value()).isEqualByComparingTo("1234.50");
        assertThat(money(Locale.GERMANY, "EUR").parse("12,50 \u20ac").value()).isEqualByComparingTo("12.50");
        assertThat(money(Locale.GERMANY, "EUR").parse("EUR 1.234,50").value()).isEqualByComparingTo("1234.50");
        assertThat(money(Locale.US, "USD").parse("US$12.50").value()).isEqualByComparingTo("12.50");
        assertThat(money(Locale.US, "USD").parse("$ 12.50").value()).isEqualByComparingTo("12.50");
        assertThat(francs.parse("CHF").error()).isEqualTo("Enter an amount");
        assertThat(francs.parse("CHF 12.345").error()).isEqualTo("At most two decimals");
        assertThat(francs.parse("12 apples").ok()).isFalse();
    }

    @Test
    void aNewLedgersCurrencyComesFromTheLocalesCountryElseEuro() {
        assertThat(MoneyFormat.defaultCurrency(Locale.US)).isEqualTo(Currency.getInstance("USD"));
        assertThat(MoneyFormat.defaultCurrency(Locale.JAPAN)).isEqualTo(Currency.getInstance("JPY"));
        assertThat(MoneyFormat.defaultCurrency(new Locale("de", "CH"))).isEqualTo(Currency.getInstance("CHF"));
        assertThat(MoneyFormat.defaultCurrency(Locale.GERMAN)).isEqualTo(Currency.getInstance("EUR"));
        assertThat(MoneyFormat.defaultCurrency(Locale.ENGLISH)).isEqualTo(Currency.getInstance("EUR"));
        // Antarctica has no currency of its own.
        assertThat(MoneyFormat.defaultCurrency(new Locale("en", "AQ"))).isEqualTo(Currency.getInstance("EUR"));
    }
}
