package app.outlay.service.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** One category's budget for a month and what was spent against it. */
public record BudgetLine(long categoryId, String name, String colour, BigDecimal budget, BigDecimal spent) {

    public BigDecimal remaining() {
        return budget.subtract(spent);
    }

    public boolean isOver() {
        return spent.compareTo(budget) > 0;
    }

    /** Spent as a fraction of the budget (1.0 = all of it), for progress bars. */
    public double fractionUsed() {
        return spent.divide(budget, 4, RoundingMode.HALF_UP).doubleValue();
    }
}
