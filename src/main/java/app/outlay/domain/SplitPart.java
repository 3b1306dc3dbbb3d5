package app.outlay.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * One part of a split payment as the user entered it: its category (null for none), its amount in the ledger
 * currency, an optional note and its tags. The amount is checked against the payment with the other parts
 * ({@link SplitParts#check}), which can name the part that is wrong.
 */
public record SplitPart(Long categoryId, BigDecimal amount, String note, List<String> tags) {

    public SplitPart {
        note = note == null || note.isBlank() ? null : note.strip();
        tags = tags == null ? List.of() : List.copyOf(TagNames.distinct(tags));
    }

    public SplitPart(Long categoryId, BigDecimal amount, String note) {
        this(categoryId, amount, note, List.of());
    }
}
