package app.outlay.totals;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * One row of {@code expense_summary}: a category ({@link #EVERY_CATEGORY} for every entry whatever its category), a
 * month as {@code year * 100 + month} and a kind. Ordered as the table's primary key, so that transactions write
 * the rows they share in the same order and never wait for each other in a circle (PostgreSQL).
 */
record SummaryKey(long categoryId, int month, String kind) implements Comparable<SummaryKey> {

    /** The rows that count every entry once with its whole amount; no category has this id (theirs start at 1). */
    static final long EVERY_CATEGORY = 0;

    private static final Comparator<SummaryKey> ORDER = Comparator.comparingLong(SummaryKey::categoryId)
            .thenComparingInt(SummaryKey::month).thenComparing(SummaryKey::kind);

    /** The month of a date as the table stores it: 2026-05-04 is 202605. */
    static int monthOf(LocalDate date) {
        return date.getYear() * 100 + date.getMonthValue();
    }

    @Override
    public int compareTo(SummaryKey other) {
        return ORDER.compare(this, other);
    }
}
