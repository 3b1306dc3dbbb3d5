package app.outlay.domain;

import app.outlay.text.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a user enters for an entry, already checked: a date, a description, an amount above zero
 * with at most two decimals, an optional category, optional notes, its kind (expense, refund or income: the amount
 * stays positive, the kind gives the direction) and, for a refund only, the expense it refunds (optional).
 */
public record ExpenseDetails(LocalDate date, String description, BigDecimal amount, Long categoryId, String notes,
                             EntryKind kind, Long refundOf) {

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
        kind = kind == null ? EntryKind.EXPENSE : kind;
        if (refundOf != null && kind != EntryKind.REFUND) {
            throw InvalidInputException.of("problem.refundOf.notARefund", kind.key());
        }
    }

    /** An expense (money spent), the kind every entry had before refunds and income existed. */
    public ExpenseDetails(LocalDate date, String description, BigDecimal amount, Long categoryId, String notes) {
        this(date, description, amount, categoryId, notes, EntryKind.EXPENSE, null);
    }

    /** The same details as another kind; a link to a refunded expense is kept only by a refund. */
    public ExpenseDetails as(EntryKind newKind) {
        return new ExpenseDetails(date, description, amount, categoryId, notes, newKind,
                newKind == EntryKind.REFUND ? refundOf : null);
    }
}
