package app.outlay.service.expense;

import java.util.List;

/** The newest rows that match a filter (at most the limit asked for) and the summary of all that match. */
public record ExpenseList(List<ExpenseRow> rows, ExpenseSummary summary) {

    public boolean isTruncated() {
        return rows.size() < summary.count();
    }
}
