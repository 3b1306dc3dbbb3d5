package app.outlay.csv;

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
            throw new IllegalArgumentException("Date format: '" + pattern + "' is not a date pattern (example: dd.MM.yyyy)", e);
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
}
