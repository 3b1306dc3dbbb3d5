package app.outlay.service.report;

/**
 * What totals by category sum, in HQL: each entry that is not split as itself, and each split payment as its parts
 * (issue 21), with the payment's date and kind. A derived table of two branches joined by {@code union all}, each
 * restricted to {@code :from}–{@code :to} on its own, so the million unsplit rows are read as before (the {@code split}
 * flag, no look into expense_split) and only split payments are joined with their parts.
 * <p>
 * Use as {@code from (} {@link #BETWEEN} {@code ) p}; its columns are {@code p.spentOn}, {@code p.kind},
 * {@code p.categoryId} and {@code p.amount}.
 */
final class EntryParts {

    /** The rows between {@code :from} and {@code :to}, both included. */
    static final String BETWEEN = "select e.spentOn as spentOn, e.kind as kind, e.category.id as categoryId, e.amount as amount "
            + "from Expense e where e.split = false and e.spentOn between :from and :to union all "
            + "select e.spentOn, e.kind, s.category.id, s.amount "
            + "from ExpenseSplit s join s.expense e where e.split = true and e.spentOn between :from and :to";

    /** A row's effect on spending: + for an expense, − for a refund, null (left out of sums) for income; cf. ExpenseQueries.SPENT. */
    static final String SPENT = "case when p.kind = app.outlay.domain.EntryKind.EXPENSE then p.amount"
            + " when p.kind = app.outlay.domain.EntryKind.REFUND then -p.amount end";

    private EntryParts() {
    }
}
