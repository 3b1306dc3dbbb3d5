package app.outlay.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a user enters for an expense, already checked: a date, a description, an amount above zero
 * with at most two decimals, an optional category and optional notes.
 */
public record ExpenseDetails(LocalDate date, String description, BigDecimal amount, Long categoryId, String notes) {

    public static final int DESCRIPTION_MAX = 200;
    public static final int NOTES_MAX = 2000;

    public ExpenseDetails {
        Objects.requireNonNull(date, "date");
        description = Objects.requireNonNull(description, "description").strip();
        if (description.isEmpty()) {
            throw new IllegalArgumentException("Description: enter what the money was spent on");
        }
        if (description.length() > DESCRIPTION_MAX) {
            throw new IllegalArgumentException(tooLong("Description", DESCRIPTION_MAX, description.length()));
        }
        amount = Money.requireExpenseAmount(amount);
        notes = notes == null || notes.isBlank() ? null : notes.strip();
        if (notes != null && notes.length() > NOTES_MAX) {
            throw new IllegalArgumentException(tooLong("Notes", NOTES_MAX, notes.length()));
        }
    }

    private static String tooLong(String field, int max, int length) {
        return String.format(java.util.Locale.ROOT, "%s: at most %,d characters (this one has %,d)", field, max, length);
    }
}
