package app.outlay.csv;

import app.outlay.text.UserText;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads signed amounts as banks write them: {@code -1.234,56}, {@code 1,234.56}, {@code (12.50)}, {@code 12.50-},
 * {@code +3}, with a currency sign or code around them. Which separator is the decimal one is the format's
 * choice, never guessed per value, so {@code 1.234} cannot silently mean two different things in one file.
 */
public final class Amounts {

    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?|\\.\\d+");
    private static final Pattern GROUPING_SPACES = Pattern.compile("[\\s\u00a0\u202f'\u2019]");
    private static final Pattern CURRENCY = Pattern.compile("^(\\p{Sc}|[A-Z]{3}\\s)|(\\p{Sc}|\\s[A-Z]{3})$");

    private Amounts() {
    }

    /** A signed value, or the reason the text is not one. */
    public record Result(BigDecimal value, UserText problem) {
        public boolean ok() {
            return problem == null;
        }

        /** The reason in English, or null. */
        public String error() {
            return problem == null ? null : problem.english();
        }
    }

    public static Result parse(String text, char decimal, Character thousands) {
        if (text == null || text.isBlank()) {
            return new Result(null, UserText.of("problem.amount.empty"));
        }
        String s = text.strip();
        BigDecimal plain = plainNumber(s, decimal);
        if (plain != null) {
            return new Result(plain, null);
        }
        boolean negative = false;
        if (s.startsWith("(") && s.endsWith(")")) {
            negative = true;
            s = s.substring(1, s.length() - 1).strip();
        }
        s = CURRENCY.matcher(s).replaceAll("").strip();
        if (s.startsWith("-") || s.startsWith("\u2212")) {
            negative = !negative;
            s = s.substring(1).strip();
        } else if (s.startsWith("+")) {
            s = s.substring(1).strip();
        } else if (s.endsWith("-")) {
            negative = !negative;
            s = s.substring(0, s.length() - 1).strip();
        }
        s = CURRENCY.matcher(s).replaceAll("").strip();
        // Spaces (also no-break and narrow no-break) and apostrophes group digits in many locales.
        s = GROUPING_SPACES.matcher(s).replaceAll("");
        if (thousands != null && thousands != ' ' && thousands != '\'') {
            if (!groupedCorrectly(s, decimal, thousands)) {
                return new Result(null, notANumber(decimal, thousands));
            }
            s = s.replace(String.valueOf(thousands), "");
        }
        if (decimal == ',') {
            if (s.indexOf('.') >= 0) {
                return new Result(null, notANumber(decimal, thousands));
            }
            s = s.replace(',', '.');
        } else if (s.indexOf(',') >= 0) {
            return new Result(null, notANumber(decimal, thousands));
        }
        if (!NUMBER.matcher(s).matches()) {
            return new Result(null, notANumber(decimal, thousands));
        }
        BigDecimal value = new BigDecimal(s);
        return new Result(negative ? value.negate() : value, null);
    }

    /**
     * The common case without regular expressions: digits with at most one decimal separator followed by a digit
     * ("12.50", "7"). The general path below gives the same value for such text; null for anything else.
     */
    private static BigDecimal plainNumber(String s, char decimal) {
        int separator = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == decimal && separator < 0 && i > 0 && i < s.length() - 1) {
                separator = i;
            } else if (c < '0' || c > '9') {
                return null;
            }
        }
        if (s.isEmpty()) {
            return null;
        }
        return new BigDecimal(separator < 0 || decimal == '.' ? s : s.replace(decimal, '.'));
    }

    /** 1.234.567,89 is fine; 12.34,5 is a typo or a wrong setting, not a number to guess at. */
    private static boolean groupedCorrectly(String s, char decimal, char thousands) {
        int cut = s.indexOf(decimal);
        String whole = cut >= 0 ? s.substring(0, cut) : s;
        if (whole.indexOf(thousands) < 0) {
            return true;
        }
        String[] groups = whole.split(Pattern.quote(String.valueOf(thousands)), -1);
        if (groups[0].isEmpty() || groups[0].length() > 3) {
            return false;
        }
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                return false;
            }
        }
        return true;
    }

    private static UserText notANumber(char decimal, Character thousands) {
        return thousands == null ? UserText.of("problem.amount.notANumber", String.valueOf(decimal))
                : UserText.of("problem.amount.notANumber.grouped", String.valueOf(decimal), CsvFormat.nameOf(thousands));
    }
}
