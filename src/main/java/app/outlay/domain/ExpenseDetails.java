package app.outlay.domain;

import app.outlay.text.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a user enters for an entry, already checked: a date, a description, an amount above zero
 * with at most two decimals, an optional category, optional notes, its kind (expense, refund or income: the amount
 * stays positive, the kind gives the direction), for a refund only, the expense it refunds (optional) and, for
 * an entry paid in another currency, the amount as paid ({@code paid}, null for the ledger's currency; issue 22).
 * {@code amount} is always the value in the ledger's currency: the one totals, budgets and reports sum.
 */
public record ExpenseDetails(LocalDate date, String description, BigDecimal amount, Long categoryId, String notes,
                             EntryKind kind, Long refundOf, ForeignAmount paid) {

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

    /** An entry in the ledger's currency. */
    public ExpenseDetails(LocalDate date, String description, BigDecimal amount, Long categoryId, String notes,
                          EntryKind kind, Long refundOf) {
        this(date, description, amount, categoryId, notes, kind, refundOf, null);
    }

    /** An expense (money spent), the kind every entry had before refunds and income existed. */
    public ExpenseDetails(LocalDate date, String description, BigDecimal amount, Long categoryId, String notes) {
        this(date, description, amount, categoryId, notes, EntryKind.EXPENSE, null);
    }

    /** The same details as another kind; a link to a refunded expense is kept only by a refund. */
    public ExpenseDetails as(EntryKind newKind) {
        return new ExpenseDetails(date, description, amount, categoryId, notes, newKind,
                newKind == EntryKind.REFUND ? refundOf : null, paid);
    }

    /**
     * The same details paid in another currency: the ledger amount becomes what {@code foreign} converts to in
     * {@code ledgerCurrency} (null {@code foreign}: in the ledger's currency, amount unchanged).
     */
    public ExpenseDetails paidIn(ForeignAmount foreign, java.util.Currency ledgerCurrency) {
        if (foreign == null) {
            return new ExpenseDetails(date, description, amount, categoryId, notes, kind, refundOf, null);
        }
        return new ExpenseDetails(date, description, foreign.ledgerAmount(ledgerCurrency), categoryId, notes, kind, refundOf, foreign);
    }

    /** The same details with the amount as paid given alongside a ledger amount already known (what the bank booked). */
    public ExpenseDetails withPaid(ForeignAmount foreign) {
        return new ExpenseDetails(date, description, amount, categoryId, notes, kind, refundOf, foreign);
    }
}
