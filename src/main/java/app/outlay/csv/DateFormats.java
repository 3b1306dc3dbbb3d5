package app.outlay.csv;

import app.outlay.text.InvalidInputException;
import app.outlay.text.UserText;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

/** The date formats banks write, and strict parsing of them (31.02.2024 is refused, not rolled over). */
public final class DateFormats {

    /** Candidates in the order detection prefers them; the ambiguous month/day pair favours the US order first. */
    public static final List<String> COMMON = List.of(
            "yyyy-MM-dd", "dd.MM.yyyy", "MM/dd/yyyy", "dd/MM/yyyy", "d MMM yyyy", "dd-MM-yyyy",
            "yyyy/MM/dd", "dd.MM.yy", "MM/dd/yy", "MMM d, yyyy", "yyyyMMdd");

    private DateFormats() {
    }

    /**
     * A strict formatter for a pattern as people write it. Where the pattern has separators, one-digit days and
     * months are accepted too (5.3.2024 for dd.MM.yyyy), as banks are not consistent about padding.
     */
    public static DateTimeFormatter formatter(String pattern) {
        String relaxed = pattern;
        if (pattern.matches(".*[^A-Za-z].*")) {
            relaxed = relaxed.replaceAll("(?<!d)dd(?!d)", "d").replaceAll("(?<!M)MM(?!M)", "M");
        }
        relaxed = relaxed.replace('y', 'u');
        try {
            return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(relaxed).toFormatter(Locale.ENGLISH)
                    .withResolverStyle(ResolverStyle.STRICT);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(UserText.of("problem.format.date", pattern), e);
        }
    }

    /** The date, or null when the text is not one in this format. */
    public static LocalDate parse(String text, DateTimeFormatter format) {
        try {
            return LocalDate.parse(text.strip(), format);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * As {@link #parse}, with a fast path for ISO dates written in full (2024-03-05) when the pattern is
     * {@code yyyy-MM-dd}: the formatter costs more than the rest of a line's checks. Same strictness (2024-02-30 is null).
     */
    public static LocalDate parse(String text, String pattern, DateTimeFormatter format) {
        if (pattern.equals("yyyy-MM-dd")) {
            String s = text.strip();
            if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-' && digits(s, 0, 4) && digits(s, 5, 7) && digits(s, 8, 10)) {
                try {
                    return LocalDate.of(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 5, 7, 10), Integer.parseInt(s, 8, 10, 10));
                } catch (java.time.DateTimeException e) {
                    return null;
                }
            }
        }
        return parse(text, format);
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
