package app.outlay.ui.settings;

import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The ledger currency choice: the currencies most people use first, any other ISO 4217 code by typing it (or its
 * name, in the window's language or in English).
 */
final class CurrencyChoices {

    private static final List<String> COMMON = List.of("EUR", "USD", "GBP", "CHF", "JPY", "CAD", "AUD", "NZD", "SEK", "NOK",
            "DKK", "PLN", "CZK", "HUF", "RON", "BGN", "TRY", "CNY", "HKD", "SGD", "INR", "KRW", "BRL", "MXN", "ZAR", "ILS", "AED");

    private CurrencyChoices() {
    }

    /** The common currencies, with {@code current} first where it is not one of them. */
    static List<Currency> common(Currency current) {
        List<Currency> choices = new ArrayList<>();
        if (!COMMON.contains(current.getCurrencyCode())) {
            choices.add(current);
        }
        COMMON.forEach(code -> choices.add(Currency.getInstance(code)));
        return choices;
    }

    /** "CHF — Swiss Franc" one way; a code, a name or such a line back to its currency, or null when none matches. */
    static StringConverter<Currency> converter(Locale locale) {
        return new StringConverter<>() {
            @Override
            public String toString(Currency currency) {
                return currency == null ? "" : currency.getCurrencyCode() + " \u2014 " + currency.getDisplayName(locale);
            }

            @Override
            public Currency fromString(String text) {
                return find(text, locale).orElse(null);
            }
        };
    }

    static Optional<Currency> find(String text, Locale locale) {
        String typed = text == null ? "" : text.strip();
        if (typed.matches("(?i)[a-z]{3}(\\s.*)?")) {
            Optional<Currency> byCode = Currency.getAvailableCurrencies().stream()
                    .filter(c -> c.getCurrencyCode().equalsIgnoreCase(typed.substring(0, 3))).findFirst();
            if (byCode.isPresent()) {
                return byCode;
            }
        }
        return Currency.getAvailableCurrencies().stream()
                .filter(c -> Stream.of(c.getDisplayName(locale), c.getDisplayName(Locale.ENGLISH)).anyMatch(typed::equalsIgnoreCase))
                .findFirst();
    }
}
