package app.outlay.service.category;

import java.math.BigDecimal;

/** A category on the categories screen: its look, its monthly budget (or null) and how many expenses use it. */
public record CategorySummary(long id, String name, String colour, BigDecimal monthlyBudget, long expenseCount,
                              boolean income) {

    /** A spending category. */
    public CategorySummary(long id, String name, String colour, BigDecimal monthlyBudget, long expenseCount) {
        this(id, name, colour, monthlyBudget, expenseCount, false);
    }

    public CategoryRow row() {
        return new CategoryRow(id, name, colour, income);
    }
}
