package app.outlay.service.expense;

import app.outlay.domain.EntryKind;
import app.outlay.domain.ForeignAmount;
import app.outlay.domain.Frequency;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;

/**
 * An expense as the screens and commands see it: plain values, safe to use after its session has closed.
 * {@code repeats} and {@code repeatUntil} describe the series it belongs to, if any. {@code kind} says which way the
 * money went (the amount is always above zero); {@code refundOf} is the expense a refund was linked to, if any.
 */
public record ExpenseRow(long id, LocalDate date, String description, BigDecimal amount,
                         Long categoryId, String categoryName, String categoryColour, String notes, long version,
                         Long seriesId, Frequency repeats, LocalDate repeatUntil, EntryKind kind, Long refundOf,
                         String currency, BigDecimal originalAmount, BigDecimal rate) {

    public ExpenseRow {
        kind = kind == null ? EntryKind.EXPENSE : kind;
        // As the database gives them: CHAR(3), NUMERIC(21,4), NUMERIC(28,16); as paid: USD, 45.00, 0.9193.
        currency = currency == null ? null : currency.strip();
        if (currency != null && originalAmount != null) {
            originalAmount = originalAmount.setScale(Currency.getInstance(currency).getDefaultFractionDigits(), RoundingMode.UNNECESSARY);
        }
        rate = rate == null ? null : plain(rate.stripTrailingZeros());
    }

    /** An entry in the ledger's currency. */
    public ExpenseRow(long id, LocalDate date, String description, BigDecimal amount,
                      Long categoryId, String categoryName, String categoryColour, String notes, long version,
                      Long seriesId, Frequency repeats, LocalDate repeatUntil, EntryKind kind, Long refundOf) {
        this(id, date, description, amount, categoryId, categoryName, categoryColour, notes, version, seriesId, repeats,
                repeatUntil, kind, refundOf, null, null, null);
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

    /** Whether it was paid in another currency than the ledger's. */
    public boolean isForeign() {
        return currency != null;
    }

    /** The amount as paid in another currency, or null for the ledger's. */
    public ForeignAmount paid() {
        return currency == null ? null : new ForeignAmount(Currency.getInstance(currency), originalAmount, rate);
    }

    private static BigDecimal plain(BigDecimal value) {
        return value.scale() < 0 ? value.setScale(0, RoundingMode.UNNECESSARY) : value;
    }

    public boolean isRecurring() {
        return seriesId != null;
    }
}
