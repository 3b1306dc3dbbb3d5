package app.outlay.service.expense;

/**
 * The orders the expense list can be read in, each served by an index and ending with the id so that paging by
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

    /** Rows strictly after {@code (:afterKey, :afterId)} in this order. */
    String after() {
        String beyond = descending ? " < " : " > ";
        return "(" + column + beyond + ":afterKey or (" + column + " = :afterKey and e.id" + beyond + ":afterId))";
    }
}
