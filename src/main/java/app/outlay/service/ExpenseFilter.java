package app.outlay.service;

import app.outlay.text.InvalidInputException;

import java.time.LocalDate;

/**
 * Which expenses to show: text in the description or notes, a date range (either end open) and a category.
 * Every part is applied in SQL. Null means "no restriction".
 */
public record ExpenseFilter(String search, LocalDate from, LocalDate to, Long categoryId) {

    public ExpenseFilter {
        search = search == null || search.isBlank() ? null : search.strip();
        if (from != null && to != null && from.isAfter(to)) {
            throw InvalidInputException.of("problem.period.fromAfterTo", from, to);
        }
    }

    public static ExpenseFilter all() {
        return new ExpenseFilter(null, null, null, null);
    }

    public ExpenseFilter withSearch(String text) {
        return new ExpenseFilter(text, from, to, categoryId);
    }

    public ExpenseFilter withPeriod(LocalDate newFrom, LocalDate newTo) {
        return new ExpenseFilter(search, newFrom, newTo, categoryId);
    }

    public ExpenseFilter withCategory(Long id) {
        return new ExpenseFilter(search, from, to, id);
    }

    public boolean isUnrestricted() {
        return search == null && from == null && to == null && categoryId == null;
    }
}
