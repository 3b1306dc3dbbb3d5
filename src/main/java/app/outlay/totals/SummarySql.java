package app.outlay.totals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/** {@code expense_summary} summed again from the rows: the statements V28 fills an upgraded ledger with. */
final class SummarySql {

    /** An entry's month as the table stores it, the same SQL on H2 and PostgreSQL. */
    private static final String MONTH = "extract(year from e.spent_on) * 100 + extract(month from e.spent_on)";

    /** Every entry once, with its whole amount, per month and kind. */
    private static final String EVERY = "insert into expense_summary (category_id, spent_month, kind, entries, amount) "
            + "select 0, m, kind, count(*), sum(amount) from (select " + MONTH + " as m, e.kind as kind, e.amount as amount "
            + "from expense e) r group by m, kind";

    /**
     * Per category: entries not split in theirs; split payments once per category of their parts, with those parts'
     * sum; a split payment's own category (which rules may give it) with nothing, where none of its parts is in it.
     * {@code %s} is where a rebuild of some categories only narrows each branch.
     */
    private static final String BY_CATEGORY = "insert into expense_summary (category_id, spent_month, kind, entries, amount) "
            + "select category_id, m, kind, count(*), sum(amount) from ("
            + "select e.category_id as category_id, " + MONTH + " as m, e.kind as kind, e.amount as amount from expense e "
            + "where e.split = false and e.category_id is not null%1$s "
            + "union all "
            + "select s.category_id, " + MONTH + ", e.kind, sum(s.amount) from expense e join expense_split s on s.expense_id = e.id "
            + "where e.split = true and s.category_id is not null%2$s group by e.id, s.category_id, e.spent_on, e.kind "
            + "union all "
            + "select e.category_id, " + MONTH + ", e.kind, 0 from expense e "
            + "where e.split = true and e.category_id is not null%1$s and not exists "
            + "(select 1 from expense_split s where s.expense_id = e.id and s.category_id = e.category_id)"
            + ") r group by category_id, m, kind";

    private SummarySql() {
    }

    static boolean isPostgres(Connection connection) throws SQLException {
        return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    }

    /** The whole summary ({@code categories} empty), or the rows of those categories only, from the rows. */
    static void rebuild(Connection connection, List<Long> categories) throws SQLException {
        if (categories.isEmpty()) {
            execute(connection, "delete from expense_summary", List.of());
            execute(connection, EVERY, List.of());
            execute(connection, BY_CATEGORY.formatted("", ""), List.of());
            return;
        }
        String marks = String.join(", ", Collections.nCopies(categories.size(), "?"));
        execute(connection, "delete from expense_summary where category_id in (" + marks + ")", categories);
        String inEntry = " and e.category_id in (" + marks + ")";
        String inPart = " and s.category_id in (" + marks + ")";
        // The first and third branches name the entry's category, the second the part's: three lists of the same ids.
        List<Long> bound = new java.util.ArrayList<>(categories);
        bound.addAll(categories);
        bound.addAll(categories);
        execute(connection, BY_CATEGORY.formatted(inEntry, inPart), bound);
    }

    private static void execute(Connection connection, String sql, List<Long> parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setLong(i + 1, parameters.get(i));
            }
            statement.executeUpdate();
        }
    }
}
