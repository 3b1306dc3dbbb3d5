package app.outlay.bankfiles;

import app.outlay.text.UserText;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * QIF's dates, which no standard fixes: Quicken writes {@code 1/ 5'26} and {@code 01/05/2026} (month first), other
 * programs {@code 05/01/2026} (day first) or {@code 05.01.2026}. Dots mean day first; slashed dates are read in the
 * order the whole file proves (a first number above 12 means day first, a second one month first), and when nothing
 * proves it the file is ambiguous and the user is asked, never guessed.
 */
public final class QifDates {

    /** Which way round a file's slashed dates are; AUTO decides from the file. */
    public enum Order { AUTO, MONTH_FIRST, DAY_FIRST }

    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})\\s*[/-]\\s*(\\d{1,2})\\s*(['/-])\\s*(\\d{4}|\\d{2})");
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    /** A date field as written, with its line. */
    record Written(long line, String text) {
    }

    private QifDates() {
    }

    /** The order the file's dates are in: {@code asked} unless AUTO, else what the dates prove. */
    static Order decide(List<Written> dates, Order asked) {
        if (asked != Order.AUTO) {
            return asked;
        }
        Written dayFirst = null;
        Written monthFirst = null;
        Written slashed = null;
        boolean apostrophe = false;
        for (Written date : dates) {
            Matcher m = SLASHED.matcher(date.text().strip());
            if (!m.matches()) {
                continue;
            }
            slashed = slashed == null ? date : slashed;
            apostrophe |= m.group(3).equals("'");
            if (Integer.parseInt(m.group(1)) > 12 && dayFirst == null) {
                dayFirst = date;
            }
            if (Integer.parseInt(m.group(2)) > 12 && monthFirst == null) {
                monthFirst = date;
            }
        }
        if (dayFirst != null && monthFirst != null) {
            Written later = dayFirst.line() > monthFirst.line() ? dayFirst : monthFirst;
            throw new BankFileException(later.line(), "D", later.text(), UserText.of("bankfile.why.mixedDates"));
        }
        if (dayFirst != null) {
            return Order.DAY_FIRST;
        }
        if (monthFirst != null || apostrophe) {
            return Order.MONTH_FIRST; // the apostrophe is Quicken's own (US) style
        }
        if (slashed != null) {
            throw new AmbiguousDatesException(slashed.line(), slashed.text());
        }
        return Order.MONTH_FIRST; // no slashed dates: the order does not matter
    }

    /** The date {@code written} names in {@code order}, or a problem naming its line. */
    static LocalDate parse(Written written, Order order) {
        String text = written.text().strip();
        try {
            Matcher m = SLASHED.matcher(text);
            if (m.matches()) {
                int first = Integer.parseInt(m.group(1));
                int second = Integer.parseInt(m.group(2));
                int year = year(m.group(4), m.group(3).equals("'"));
                return order == Order.DAY_FIRST ? LocalDate.of(year, second, first) : LocalDate.of(year, first, second);
            }
            m = DOTTED.matcher(text);
            if (m.matches()) {
                return LocalDate.of(year(m.group(3), false), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
            m = ISO.matcher(text);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
        } catch (DateTimeException noSuchDay) {
            // falls through to the message below
        }
        throw new BankFileException(written.line(), "D", written.text(), UserText.of("bankfile.why.date",
                order == Order.DAY_FIRST ? "DD/MM/YYYY, DD.MM.YYYY" : "MM/DD/YYYY, MM/DD'YY, DD.MM.YYYY"));
    }

    /**
     * Two-digit years: after Quicken's apostrophe always 20YY; otherwise 20YY up to 79 and 19YY from 80, as bank
     * exports of the last decades need.
     */
    private static int year(String digits, boolean apostrophe) {
        int year = Integer.parseInt(digits);
        if (digits.length() == 4) {
            return year;
        }
        return apostrophe || year < 80 ? 2000 + year : 1900 + year;
    }
}
