package app.outlay.service;

import app.outlay.domain.EntryKind;
import app.outlay.domain.Frequency;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An expense as the screens and commands see it: plain values, safe to use after its session has closed.
 * {@code repeats} and {@code repeatUntil} describe the series it belongs to, if any. {@code kind} says which way the
 * money went (the amount is always above zero); {@code refundOf} is the expense a refund was linked to, if any.
 */
public record ExpenseRow(long id, LocalDate date, String description, BigDecimal amount,
                         Long categoryId, String categoryName, String categoryColour, String notes, long version,
                         Long seriesId, Frequency repeats, LocalDate repeatUntil, EntryKind kind, Long refundOf) {

    public ExpenseRow {
        kind = kind == null ? EntryKind.EXPENSE : kind;
    }

    /** An expense (money spent) row. */
    public ExpenseRow(long id, LocalDate date, String description, BigDecimal amount,
                      Long categoryId, String categoryName, String categoryColour, String notes, long version,
                      Long seriesId, Frequency repeats, LocalDate repeatUntil) {
        this(id, date, description, amount, categoryId, categoryName, categoryColour, notes, version, seriesId, repeats,
                repeatUntil, EntryKind.EXPENSE, null);
    }

    /** The amount as it counts towards spending: negative for a refund, zero for income. */
    public BigDecimal spendingEffect() {
        return kind.spendingEffect(amount);
    }

    public boolean isRecurring() {
        return seriesId != null;
    }
}
