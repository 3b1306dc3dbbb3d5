package app.outlay.domain;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Amounts written in the ledger's currency, the user's way: {@code $1,234.50}, {@code 1.234,50 €}, {@code CHF 42.90}.
 * Stored amounts keep two decimals whatever the currency; a currency with other customs shows its own number of
 * decimals where that loses nothing ({@code ¥1,500} for 1500.00), and the stored cents where it would.
 */
public final class MoneyFormat {

    /** Where the user's locale names no country (e.g. plain "de"), it says nothing about money: Outlay then uses EUR. */
    public static final Currency FALLBACK = Currency.getInstance("EUR");

    private static final Pattern LETTER_THEN_DIGIT = Pattern.compile("(\\p{L})(?=\\d)");
    private static final Pattern DIGIT_THEN_LETTER = Pattern.compile("(\\d)(?=\\p{L})");

    private final Locale locale;
    private final Currency currency;

    public MoneyFormat(Locale locale, Currency currency) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.currency = Objects.requireNonNull(currency, "currency");
    }

    /** The currency a new ledger starts with: that of the locale's country, else {@link #FALLBACK}. */
    public static Currency defaultCurrency(Locale locale) {
        try {
            Currency currency = locale.getCountry().isEmpty() ? null : Currency.getInstance(locale);
            // Countries without a currency of their own (e.g. Antarctica) answer with a pseudo-currency like XXX.
            return currency == null || currency.getDefaultFractionDigits() < 0 ? FALLBACK : currency;
        } catch (IllegalArgumentException unknownCountry) {
            return FALLBACK;
        }
    }

    /** The amount with the currency, e.g. {@code $42.90} or {@code 42,90 €}: for totals, budgets, reports, dialogs. */
    public String format(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        String text = withDigits(format, amount).format(amount);
        // Java leaves out CLDR's currency spacing: "CHF1,234.50" becomes "CHF 1,234.50" (a space that never breaks).
        return LETTER_THEN_DIGIT.matcher(DIGIT_THEN_LETTER.matcher(text).replaceAll("$1\u00a0")).replaceAll("$1\u00a0");
    }

    /** The number alone, e.g. {@code 1,234.50}: for table cells under a header that names the currency, and for editing. */
    public String plain(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(true);
        return withDigits(format, amount).format(amount);
    }

    /**
     * The number as a field to edit shows it, without grouping: in German {@code 1500} rather than {@code 1.500},
     * which {@link #parse} would read as one and a half where the currency has no cents.
     */
    public String forEditing(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(false);
        return withDigits(format, amount).format(amount);
    }

    /**
     * Reads an amount as typed, as {@link Money#parseExpenseAmount} does, also with the currency's code or symbol
     * before or after the number: {@code CHF 12.50}, {@code 12,50 €}, {@code US$12.50}.
     */
    public Money.Parsed parse(String text) {
        if (text == null) {
            return Money.parseExpenseAmount(null, locale);
        }
        String stripped = text.strip();
        for (String mark : marks()) {
            Pattern around = Pattern.compile("^" + Pattern.quote(mark) + "|" + Pattern.quote(mark) + "$", Pattern.CASE_INSENSITIVE);
            String without = around.matcher(stripped).replaceAll("").strip();
            if (!without.equals(stripped)) {
                stripped = without;
                break;
            }
        }
        return Money.parseExpenseAmount(stripped, locale);
    }

    /** The code and the symbols people write for this currency, longest first so "US$" goes before "$". */
    private Set<String> marks() {
        Set<String> marks = new LinkedHashSet<>();
        marks.add(currency.getCurrencyCode());
        marks.add(currency.getSymbol(locale));
        marks.add(currency.getSymbol(Locale.ROOT));
        marks.add(currency.getSymbol(Locale.US));
        marks.add(DecimalFormatSymbols.getInstance(locale).getCurrencySymbol());
        return marks.stream().filter(mark -> !mark.isBlank())
                .sorted((a, b) -> b.length() - a.length())
                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
    }

    /** The currency's decimals, or the stored two where the amount has cents the currency's custom would hide. */
    private NumberFormat withDigits(NumberFormat format, BigDecimal amount) {
        int customary = currency.getDefaultFractionDigits() < 0 ? Money.SCALE : currency.getDefaultFractionDigits();
        int digits = amount.stripTrailingZeros().scale() > customary ? Money.SCALE : customary;
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format;
    }

    /** The currency's symbol as the user's locale writes it, e.g. {@code €}, {@code $} or {@code CHF}. */
    public String symbol() {
        return currency.getSymbol(locale);
    }

    public String code() {
        return currency.getCurrencyCode();
    }

    public Currency currency() {
        return currency;
    }

    public Locale locale() {
        return locale;
    }

    /** The same locale with another currency. */
    public MoneyFormat with(Currency other) {
        return new MoneyFormat(locale, other);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MoneyFormat that && locale.equals(that.locale) && currency.equals(that.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(locale, currency);
    }

    @Override
    public String toString() {
        return "MoneyFormat[" + locale + ", " + currency + "]";
    }
}
