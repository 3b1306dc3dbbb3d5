package app.outlay.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * Which way an entry's money went. Amounts are always above zero; the kind gives the direction.
 * Stored by name in {@code expense.kind} (migration V17) and written in lower case in the canonical CSV.
 */
public enum EntryKind {
    /** Money spent. */
    EXPENSE,
    /** Money back on spending: belongs to a spending category and reduces what was spent in it. */
    REFUND,
    /** Money earned: in an income category, never counted as spending. */
    INCOME;

    /** True for the kinds that count towards spending (an expense adds, a refund subtracts). */
    public boolean isSpending() {
        return this != INCOME;
    }

    /** The amount's effect on spending: +amount for an expense, −amount for a refund, zero for income. */
    public java.math.BigDecimal spendingEffect(java.math.BigDecimal amount) {
        return switch (this) {
            case EXPENSE -> amount;
            case REFUND -> amount.negate();
            case INCOME -> java.math.BigDecimal.ZERO.setScale(amount.scale());
        };
    }

    /** The name the canonical CSV and the command line use: expense, refund, income. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind named {@code text} (any case, surrounding blanks ignored); empty when it names none. */
    public static Optional<EntryKind> ofKey(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = text.strip().toUpperCase(Locale.ROOT);
        for (EntryKind kind : values()) {
            if (kind.name().equals(key)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
