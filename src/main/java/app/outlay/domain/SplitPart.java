package app.outlay.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * One part of a split payment as the user entered it: its category (null for none), its amount in the ledger
 * currency, an optional note and its tags. The amount is checked against the payment with the other parts
 * ({@link SplitParts#check}), which can name the part that is wrong.
 * <p>
 * {@code original}: for a payment paid in another currency (issue 22), the part's amount as paid, in that currency;
 * null for a payment in the ledger's. A part typed in the payment's currency has no ledger amount yet ({@code amount}
 * null): {@link SplitParts#inCurrency} gives it one.
 */
public record SplitPart(Long categoryId, BigDecimal amount, String note, List<String> tags, BigDecimal original) {

    public SplitPart {
        note = note == null || note.isBlank() ? null : note.strip();
        tags = tags == null ? List.of() : List.copyOf(TagNames.distinct(tags));
    }

    /** A part in the ledger's currency. */
    public SplitPart(Long categoryId, BigDecimal amount, String note, List<String> tags) {
        this(categoryId, amount, note, tags, null);
    }

    /** A part of a payment in another currency, as typed: its amount as paid; its ledger amount is worked out on saving. */
    public static SplitPart asPaid(Long categoryId, BigDecimal original, String note, List<String> tags) {
        return new SplitPart(categoryId, null, note, tags, original);
    }

    /** The same part with this amount in the ledger's currency. */
    public SplitPart withAmount(BigDecimal ledgerAmount) {
        return new SplitPart(categoryId, ledgerAmount, note, tags, original);
    }

    /** The same part without an amount as paid (its payment is in the ledger's currency). */
    public SplitPart inLedgerCurrency() {
        return original == null ? this : new SplitPart(categoryId, amount, note, tags, null);
    }

    public SplitPart(Long categoryId, BigDecimal amount, String note) {
        this(categoryId, amount, note, List.of());
    }
}
