package app.outlay.service.category;

import app.outlay.domain.EntryKind;

/** A category as the screens see it; {@code income} marks a category of money earned (Salary, ...). */
public record CategoryRow(long id, String name, String colour, boolean income) {

    /** A spending category. */
    public CategoryRow(long id, String name, String colour) {
        this(id, name, colour, false);
    }

    /** True when an entry of {@code kind} may go in this category (income in income categories only). */
    public boolean fits(EntryKind kind) {
        return income == (kind == EntryKind.INCOME);
    }

    @Override
    public String toString() {
        return name;
    }
}
