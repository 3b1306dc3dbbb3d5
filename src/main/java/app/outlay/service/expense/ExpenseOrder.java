package app.outlay.service.expense;

/**
 * The orders the expense list can be read in, each served by an index (V1: spent_on, id; V28: amount, id and
 * description, id) and ending with the id so that paging by
 * "the rows after this one" (keyset paging) is stable however many rows share a date or an amount.
 */
public enum ExpenseOrder {
    NEWEST_FIRST("e.spentOn", true),
    OLDEST_FIRST("e.spentOn", false),
    LARGEST_FIRST("e.amount", true),
    SMALLEST_FIRST("e.amount", false),
    DESCRIPTION_A_TO_Z("e.description", false),
    DESCRIPTION_Z_TO_A("e.description", true);

    final String column;
    final boolean descending;

    ExpenseOrder(String column, boolean descending) {
        this.column = column;
        this.descending = descending;
    }

    String orderBy() {
        String direction = descending ? " desc" : "";
        return " order by " + column + direction + ", e.id" + direction;
    }

    /** The value of this order's column in a row, where the next page starts. */
    Object keyOf(ExpenseRow row) {
        return switch (column) {
            case "e.amount" -> row.amount();
            case "e.description" -> row.description();
            default -> row.date();
        };
    }

    /**
     * Rows strictly after {@code (:afterKey, :afterId)} in this order. Written with the column's bound on its own
     * ({@code amount <= :afterKey and (amount < :afterKey or id < :afterId)}), so the database starts reading the
     * index there: the equivalent {@code a < k or (a = k and id < i)} made H2 walk the index from its start past
     * every row before the page (0.6 s for a page half-way down 200,000 rows, 1 ms this way).
     */
    String after() {
        String beyond = descending ? " < " : " > ";
        String reaching = descending ? " <= " : " >= ";
        return "(" + column + reaching + ":afterKey and (" + column + beyond + ":afterKey or e.id" + beyond + ":afterId))";
    }
}
