package app.outlay.csv;

import java.util.regex.Pattern;

/**
 * Text cells that a spreadsheet would run as a formula (OWASP "CSV injection"): a cell beginning with {@code =},
 * {@code +}, {@code -}, {@code @}, tab or CR is written with a single quote in front, which spreadsheets show as text.
 * Only text columns (description, category, notes) go through here; dates and amounts are written as they are, so a
 * number stays a number.
 * <p>
 * The rule, exact both ways: on writing, a quote is added to a text that is <em>any number of quotes (zero or more)
 * followed by one of those characters</em>; on reading Outlay's own format, one quote is taken off a cell that is
 * <em>one or more quotes followed by one of those characters</em>. So {@code =1+1} is written {@code '=1+1} and read
 * back as {@code =1+1}, and a description that really is {@code '=1+1} is written {@code ''=1+1} and read back as
 * {@code '=1+1}; {@code 'quoted} and {@code it's} are never touched.
 */
public final class FormulaGuard {

    private static final Pattern RUNS_AS_FORMULA = Pattern.compile("'*[=+\\-@\t\r].*", Pattern.DOTALL);
    private static final Pattern GUARDED = Pattern.compile("'+[=+\\-@\t\r].*", Pattern.DOTALL);

    private FormulaGuard() {
    }

    /** The text as a cell a spreadsheet shows as text; null stays null. */
    public static String guard(String text) {
        return text != null && RUNS_AS_FORMULA.matcher(text).matches() ? "'" + text : text;
    }

    /** The text {@link #guard} was given for {@code cell}. */
    public static String unguard(String cell) {
        return cell != null && GUARDED.matcher(cell).matches() ? cell.substring(1) : cell;
    }
}
