package app.outlay.service.expense;

import java.util.List;

/** One page of the expense list and whether more rows follow it. */
public record ExpensePage(List<ExpenseRow> rows, boolean hasMore) {

    /** Where the next page starts: after the last row of this one. */
    public ExpenseRow last() {
        return rows.isEmpty() ? null : rows.get(rows.size() - 1);
    }
}
