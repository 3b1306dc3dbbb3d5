package app.outlay.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What applying the rules would change on one expense: before and after, and the rule that matched. Values that
 * stay the same are equal on both sides.
 */
public record RuleChange(long expenseId, long version, LocalDate date, BigDecimal amount, String rule,
                         String oldDescription, String newDescription, Long oldCategoryId, String oldCategory,
                         Long newCategoryId, String newCategory, String oldNotes, String newNotes) {

    public boolean changesCategory() {
        return !Objects.equals(oldCategoryId, newCategoryId);
    }

    public boolean changesDescription() {
        return !Objects.equals(oldDescription, newDescription);
    }

    public boolean changesNotes() {
        return !Objects.equals(oldNotes, newNotes);
    }
}
