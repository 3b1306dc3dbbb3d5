package app.outlay.service;

import app.outlay.domain.EntryKind;
import app.outlay.text.InvalidInputException;

import java.time.LocalDate;

/**
 * Which entries to show: text in the description or notes, a date range (either end open), a category and a kind
 * (expense, refund, income). Every part is applied in SQL. Null means "no restriction".
 */
public record ExpenseFilter(String search, LocalDate from, LocalDate to, Long categoryId, EntryKind kind) {

    public ExpenseFilter {
        search = search == null || search.isBlank() ? null : search.strip();
        if (from != null && to != null && from.isAfter(to)) {
            throw InvalidInputException.of("problem.period.fromAfterTo", from, to);
        }
    }

    /** Entries of every kind. */
    public ExpenseFilter(String search, LocalDate from, LocalDate to, Long categoryId) {
        this(search, from, to, categoryId, null);
    }

    public static ExpenseFilter all() {
        return new ExpenseFilter(null, null, null, null, null);
    }

    public ExpenseFilter withSearch(String text) {
        return new ExpenseFilter(text, from, to, categoryId, kind);
    }

    public ExpenseFilter withPeriod(LocalDate newFrom, LocalDate newTo) {
        return new ExpenseFilter(search, newFrom, newTo, categoryId, kind);
    }

    public ExpenseFilter withCategory(Long id) {
        return new ExpenseFilter(search, from, to, id, kind);
    }

    /** Only entries of {@code newKind} (null: every kind). */
    public ExpenseFilter withKind(EntryKind newKind) {
        return new ExpenseFilter(search, from, to, categoryId, newKind);
    }

    public boolean isUnrestricted() {
        return search == null && from == null && to == null && categoryId == null && kind == null;
    }
}
