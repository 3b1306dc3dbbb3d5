package app.outlay.service;

import app.outlay.domain.Frequency;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An expense as the screens and commands see it: plain values, safe to use after its session has closed.
 * {@code repeats} and {@code repeatUntil} describe the series it belongs to, if any.
 */
public record ExpenseRow(long id, LocalDate date, String description, BigDecimal amount,
                         Long categoryId, String categoryName, String categoryColour, String notes, long version,
                         Long seriesId, Frequency repeats, LocalDate repeatUntil) {

    public boolean isRecurring() {
        return seriesId != null;
    }
}
