package app.outlay.csv;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The values of a direction column ({@link Column#DIRECTION}): German banks write Soll/Haben (S/H), English ones
 * Debit/Credit (D/C, DR/CR), some a lone sign.
 */
public enum Direction {
    /** Money going out: an expense. */
    OUT,
    /** Money coming in: a refund or income, as a positive amount in a signed file. */
    IN;

    private static final Set<String> OUT_WORDS = Set.of("s", "soll", "d", "dr", "db", "debit", "debet", "-", "\u2212");
    private static final Set<String> IN_WORDS = Set.of("h", "haben", "c", "cr", "credit", "+");

    /** The direction {@code text} names, or empty when it names none (an empty text names none either). */
    public static Optional<Direction> of(String text) {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (OUT_WORDS.contains(value)) {
            return Optional.of(OUT);
        }
        return IN_WORDS.contains(value) ? Optional.of(IN) : Optional.empty();
    }
}
