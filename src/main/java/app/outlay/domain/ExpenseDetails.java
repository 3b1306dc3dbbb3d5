package app.outlay.domain;

import app.outlay.text.InvalidInputException;
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
            throw InvalidInputException.of("problem.description.required");
        }
        if (description.length() > DESCRIPTION_MAX) {
            throw InvalidInputException.of("problem.description.tooLong", DESCRIPTION_MAX, description.length());
        }
        amount = Money.requireExpenseAmount(amount);
        notes = notes == null || notes.isBlank() ? null : notes.strip();
        if (notes != null && notes.length() > NOTES_MAX) {
            throw InvalidInputException.of("problem.notes.tooLong", NOTES_MAX, notes.length());
        }
    }
}
