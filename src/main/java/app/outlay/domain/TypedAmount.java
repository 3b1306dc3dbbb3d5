package app.outlay.domain;

import app.outlay.text.UserText;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount as typed in the entry dialog, with or without its currency (issue 22): {@code 45 USD}, {@code usd 45},
 * {@code ¥3,200}, {@code 3.200 KWD}, {@code 12,50 €}, or a bare number in the currency chosen beside the field. The
 * number is read in the user's locale with the currency's own decimals.
 *
 * @param currency the currency the text names, or the one it was read in when it names none
 * @param named    whether the text itself named the currency (then it wins over the chooser)
 */
public record TypedAmount(Currency currency, BigDecimal amount, boolean named, UserText problem) {

    /** Symbols that name one currency wherever they are written; "$" and "kr" are read as the chosen currency's. */
    private static final Map<String, String> SYMBOLS = new LinkedHashMap<>();

    static {
        // Longest first: "US$" before "$".
        for (String[] pair : new String[][] {{"US$", "USD"}, {"CA$", "CAD"}, {"C$", "CAD"}, {"A$", "AUD"}, {"AU$", "AUD"},
                {"NZ$", "NZD"}, {"HK$", "HKD"}, {"R$", "BRL"}, {"MX$", "MXN"}, {"zł", "PLN"}, {"Kč", "CZK"}, {"€", "EUR"},
                {"£", "GBP"}, {"¥", "JPY"}, {"￥", "JPY"}, {"₩", "KRW"}, {"₹", "INR"}, {"₽", "RUB"}, {"₺", "TRY"}, {"₪", "ILS"},
                {"฿", "THB"}, {"₫", "VND"}, {"₱", "PHP"}, {"₴", "UAH"}}) {
            SYMBOLS.put(pair[0], pair[1]);
        }
    }

    private static final Pattern CODE_FIRST = Pattern.compile("^([A-Za-z]{3})\\s*(.*)$");
    private static final Pattern CODE_LAST = Pattern.compile("^(.*?)\\s*([A-Za-z]{3})$");

    public boolean ok() {
        return problem == null;
    }

    /**
     * @param chosen the currency the chooser beside the field shows (the ledger's by default): a bare number, and a
     *               sign like "$" that many currencies share, are read in it
     */
    public static TypedAmount parse(String text, Locale locale, Currency chosen) {
        String stripped = text == null ? "" : text.strip();
        Currency named = null;
        String number = stripped;
        Matcher first = CODE_FIRST.matcher(stripped);
        Matcher last = CODE_LAST.matcher(stripped);
        String letters = null;
        if (first.matches() && first.group(2).matches("\\d.*")) {
            letters = first.group(1);
            number = first.group(2);
        } else if (last.matches() && last.group(1).matches(".*\\d")) {
            letters = last.group(2);
            number = last.group(1);
        }
        if (letters != null && !isSymbolOf(chosen, letters, locale)) {
            named = code(letters);
            if (named == null) {
                return new TypedAmount(chosen, null, false, UserText.of("problem.currency.unknown", letters));
            }
        }
        if (named == null) {
            for (Map.Entry<String, String> symbol : SYMBOLS.entrySet()) {
                String mark = symbol.getKey();
                if (number.startsWith(mark) || number.endsWith(mark)) {
                    Currency currency = Currency.getInstance(symbol.getValue());
                    // "¥" in a yuan ledger is the yuan; "€" is always the euro.
                    named = isSymbolOf(chosen, mark, locale) ? chosen : currency;
                    number = strip(number, mark);
                    break;
                }
            }
        }
        if (named == null) {
            for (String mark : new String[] {chosen.getSymbol(locale), chosen.getSymbol(Locale.ROOT), "$"}) {
                if (!mark.isBlank() && (number.startsWith(mark) || number.endsWith(mark))) {
                    number = strip(number, mark);
                    break;
                }
            }
        }
        Currency currency = named == null ? chosen : named;
        Money.Parsed parsed = Money.parseAmount(number.strip(), locale, Math.max(0, currency.getDefaultFractionDigits()));
        return new TypedAmount(currency, parsed.value(), named != null, parsed.problem());
    }

    private static Currency code(String letters) {
        try {
            Currency currency = Currency.getInstance(letters.toUpperCase(Locale.ROOT));
            return currency.getDefaultFractionDigits() < 0 ? null : currency;
        } catch (IllegalArgumentException notACode) {
            return null;
        }
    }

    private static boolean isSymbolOf(Currency currency, String mark, Locale locale) {
        return mark.equals(currency.getSymbol(locale)) || mark.equals(currency.getSymbol(Locale.ROOT));
    }

    private static String strip(String number, String mark) {
        String without = number.startsWith(mark) ? number.substring(mark.length()) : number.substring(0, number.length() - mark.length());
        return without.strip();
    }
}
