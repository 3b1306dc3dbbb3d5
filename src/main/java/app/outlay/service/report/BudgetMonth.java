package app.outlay.service.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/** The budgets of one month: a line per budgeted category and the totals of those lines. */
public record BudgetMonth(YearMonth month, List<BudgetLine> lines) {

    public BigDecimal totalBudget() {
        return lines.stream().map(BudgetLine::budget).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public BigDecimal totalSpent() {
        return lines.stream().map(BudgetLine::spent).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public BudgetLine total() {
        return new BudgetLine(0, "Total", "#000000", totalBudget(), totalSpent());
    }
}
