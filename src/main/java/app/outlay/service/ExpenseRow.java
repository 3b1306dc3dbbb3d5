package app.outlay.service;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An expense as the screens and commands see it: plain values, safe to use after its session has closed. */
public record ExpenseRow(long id, LocalDate date, String description, BigDecimal amount,
                         Long categoryId, String categoryName, String categoryColour, String notes, long version) {
}
