package app.outlay.service.expense;

import app.outlay.domain.EntryKind;
import app.outlay.text.InvalidInputException;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which entries to show: text in the description or notes, a date range (either end open), a category, a kind
 * (expense, refund, income) and tags (entries carrying any or all of them). Every part is applied in SQL. Null (no
 * tags: empty) means "no restriction".
 */
public record ExpenseFilter(String search, LocalDate from, LocalDate to, Long categoryId, EntryKind kind, Set<Long> tagIds,
                            TagMatch tagMatch) {

    /** How several tags of the filter combine: entries carrying at least one of them, or every one. */
    public enum TagMatch { ANY, ALL }

    public ExpenseFilter {
        search = search == null || search.isBlank() ? null : search.strip();
        if (from != null && to != null && from.isAfter(to)) {
            throw InvalidInputException.of("problem.period.fromAfterTo", from, to);
        }
        // Sorted: equal filters are equal records, and their SQL the same text.
        tagIds = tagIds == null ? Set.of() : java.util.Collections.unmodifiableSet(new TreeSet<>(tagIds));
        tagMatch = tagMatch == null || tagIds.isEmpty() ? TagMatch.ANY : tagMatch;
    }

    /** Entries with any tags or none. */
    public ExpenseFilter(String search, LocalDate from, LocalDate to, Long categoryId, EntryKind kind) {
        this(search, from, to, categoryId, kind, Set.of(), TagMatch.ANY);
    }

    /** Entries of every kind. */
    public ExpenseFilter(String search, LocalDate from, LocalDate to, Long categoryId) {
        this(search, from, to, categoryId, null);
    }

    public static ExpenseFilter all() {
        return new ExpenseFilter(null, null, null, null, null);
    }

    public ExpenseFilter withSearch(String text) {
        return new ExpenseFilter(text, from, to, categoryId, kind, tagIds, tagMatch);
    }

    public ExpenseFilter withPeriod(LocalDate newFrom, LocalDate newTo) {
        return new ExpenseFilter(search, newFrom, newTo, categoryId, kind, tagIds, tagMatch);
    }

    public ExpenseFilter withCategory(Long id) {
        return new ExpenseFilter(search, from, to, id, kind, tagIds, tagMatch);
    }

    /** Only entries of {@code newKind} (null: every kind). */
    public ExpenseFilter withKind(EntryKind newKind) {
        return new ExpenseFilter(search, from, to, categoryId, newKind, tagIds, tagMatch);
    }

    /** Only entries carrying any (or all) of these tags; none: any tags or none. */
    public ExpenseFilter withTags(Set<Long> ids, TagMatch match) {
        return new ExpenseFilter(search, from, to, categoryId, kind, ids, match);
    }

    public boolean isUnrestricted() {
        return search == null && from == null && to == null && categoryId == null && kind == null && tagIds.isEmpty();
    }
}
