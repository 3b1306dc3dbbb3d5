package app.outlay.domain;

import app.outlay.text.InvalidInputException;
import app.outlay.text.UserText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Money rules: {@link BigDecimal} with two decimals (the {@code NUMERIC(19,2)} columns), never {@code double};
 * parsing of what people type, in their locale's way of writing numbers.
 */
public final class Money {

    public static final int SCALE = 2;
    /** NUMERIC(19,2) holds 17 digits before the point. */
    private static final BigDecimal MAX = new BigDecimal("99999999999999999.99");
    private static final Pattern DIGITS = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    private Money() {
    }

    /** The result of reading an amount: a value, or a message saying what is wrong with the text. */
    public record Parsed(BigDecimal value, UserText problem) {
        public boolean ok() {
            return problem == null;
        }

        /** What is wrong, in English; null when the amount is fine. */
        public String error() {
            return problem == null ? null : problem.english();
        }
    }

    public static BigDecimal requireExpenseAmount(BigDecimal amount) {
        if (amount == null) {
            throw InvalidInputException.of("problem.amount.required");
        }
        if (amount.signum() <= 0) {
            throw InvalidInputException.of("problem.amount.notPositive");
        }
        if (amount.stripTrailingZeros().scale() > SCALE) {
            throw InvalidInputException.of("problem.amount.decimals");
        }
        if (amount.compareTo(MAX) > 0) {
            throw InvalidInputException.of("problem.amount.tooLarge");
        }
        return amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /**
     * Reads an expense amount as typed: {@code 12.5} always; {@code 12,50} and {@code 1.234,50} where the locale
     * writes decimals with a comma; {@code 1,234.50} where it groups with a comma. A currency sign or spaces are
     * ignored. Zero, negatives, more than two decimals and non-numbers are refused with the reason.
     */
    public static Parsed parseExpenseAmount(String text, Locale locale) {
        return parseAmount(text, locale, SCALE);
    }

    /**
     * As {@link #parseExpenseAmount}, for an amount in a currency with {@code decimals} minor digits (JPY 0, KWD 3;
     * issue 22). How points and commas are read: {@link #plainDigits}.
     */
    public static Parsed parseAmount(String text, Locale locale, int decimals) {
        return read(text, locale, decimals, false);
    }

    /** As {@link #parseExpenseAmount}, zero allowed: a bound that amounts are compared with (a rule's "from" and "to"). */
    public static Parsed parseBound(String text, Locale locale) {
        return read(text, locale, SCALE, true);
    }

    private static Parsed read(String text, Locale locale, int decimals, boolean zeroAllowed) {
        if (text == null || text.isBlank()) {
            return refused("problem.typedAmount.enter");
        }
        String cleaned = text.strip().replaceAll("[\\s\u00a0\u202f'’]", "").replaceAll("^\\p{Sc}|\\p{Sc}$", "");
        if (cleaned.startsWith("-")) {
            return refused("problem.typedAmount.negative");
        }
        String normalised = plainDigits(cleaned, locale, decimals);
        if (normalised == null) {
            char decimal = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
            return refused(decimal == ',' ? "problem.typedAmount.notANumber.comma" : "problem.typedAmount.notANumber.point", text.strip());
        }
        BigDecimal value = new BigDecimal(normalised);
        if (value.signum() == 0 && !zeroAllowed) {
            return refused("problem.typedAmount.zero");
        }
        if (value.stripTrailingZeros().scale() > decimals) {
            return decimals == SCALE ? refused("problem.typedAmount.decimals") : refused("problem.typedAmount.decimalsOf", decimals);
        }
        if (value.compareTo(MAX) > 0) {
            return refused("problem.typedAmount.tooLarge");
        }
        return new Parsed(value.setScale(decimals, RoundingMode.UNNECESSARY), null);
    }

    /**
     * A typed number (no sign, spaces and currency signs already gone) in {@code 1234.5} form, or null when it is no
     * number. The locale's grouping separator between groups of three digits is grouping: in German {@code 2.500}
     * is two thousand five hundred, {@code 1.234.567,89} a million and more. A lone point followed by one, two or
     * more than three digits is a decimal point in German too ({@code 2.50}: people type English decimals).
     * {@code 2.505} is 2505 (grouping), consistently. Only where the currency itself has three decimals or more (KWD)
     * is a lone {@code 3.200} read as 3.2, as it is written in English.
     */
    public static String plainDigits(String s, Locale locale, int decimals) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        char decimal = symbols.getDecimalSeparator();
        boolean pointGroups = symbols.getGroupingSeparator() == '.';
        if (decimal == ',') {
            if (s.contains(",")) {
                // 1.234,50 → 1234.50 ; 12,5 → 12.5 ; points before the comma must group by three (1.23,5 is a typo).
                String whole = s.substring(0, s.indexOf(','));
                if (whole.contains(".") && !whole.matches("\\d{1,3}(\\.\\d{3})+")) {
                    return null;
                }
                s = s.replace(".", "").replace(',', '.');
            } else if (s.matches("\\d{1,3}(\\.\\d{3}){2,}")
                    || (pointGroups && decimals <= SCALE || decimals == 0) && s.matches("\\d{1,3}\\.\\d{3}")) {
                s = s.replace(".", "");
            }
        } else if (GROUPED.matcher(s).matches()) {
            s = s.replace(",", "");
        }
        return DIGITS.matcher(s).matches() ? s : null;
    }

    private static Parsed refused(String key, Object... arguments) {
        return new Parsed(null, UserText.of(key, arguments));
    }

    /** Formats an amount with two decimals and the locale's separators, e.g. {@code 1,234.50}. */
    public static String format(BigDecimal amount, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(SCALE);
        format.setMaximumFractionDigits(SCALE);
        format.setGroupingUsed(true);
        return format.format(amount);
    }
}
