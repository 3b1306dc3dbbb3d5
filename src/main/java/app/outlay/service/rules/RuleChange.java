package app.outlay.service.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What applying the rules would change on one expense: before and after, and the rule that matched. Values that
 * stay the same are equal on both sides. {@code addedTags}: the rule's tags the expense does not carry yet (tags
 * are only ever added).
 */
public record RuleChange(long expenseId, long version, LocalDate date, BigDecimal amount, String rule,
                         String oldDescription, String newDescription, Long oldCategoryId, String oldCategory,
                         Long newCategoryId, String newCategory, String oldNotes, String newNotes, List<String> addedTags) {

    public RuleChange {
        addedTags = addedTags == null ? List.of() : List.copyOf(addedTags);
    }

    /** The same change adding {@code tags} instead. */
    RuleChange withAddedTags(List<String> tags) {
        return new RuleChange(expenseId, version, date, amount, rule, oldDescription, newDescription, oldCategoryId, oldCategory,
                newCategoryId, newCategory, oldNotes, newNotes, tags);
    }

    public boolean changesTags() {
        return !addedTags.isEmpty();
    }

    /** Whether it changes anything at all. */
    boolean changesSomething() {
        return changesCategory() || changesDescription() || changesNotes() || changesTags();
    }

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
