package app.outlay.service.expense;

import app.outlay.domain.EntryKind;
import app.outlay.domain.Frequency;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The newest expenses read with plain SQL: the list as it opens, unfiltered and newest first. At start-up they are
 * read from the pool before Hibernate is up, so the window shows them that much sooner; afterwards
 * {@code ExpenseService.page(ExpenseFilter.all(), ExpenseOrder.NEWEST_FIRST, after, size)} reads them, and the pages
 * after them (the list reads its next page ahead as it opens), with these statements, so the session's first HQL
 * query (whose parse warms ANTLR up for ~0.3 s of CPU) waits until the user filters or sorts. A test holds this to
 * the HQL page query; every other list comes from HQL.
 */
public final class NewestExpenses {

    private static final String ROWS = "select e.id, e.spent_on, e.description, e.amount, c.id, c.name, c.colour, e.notes,"
            + " e.version, r.id, r.frequency, r.until_on, e.kind, e.refund_of, e.currency, e.original_amount, e.rate from expense e left join category c on c.id = e.category_id"
            + " left join recurrence r on r.id = e.recurrence_id";
    private static final String NEWEST_LAST = " order by e.spent_on desc, e.id desc fetch first ? rows only";
    private static final String NEWEST = ROWS + NEWEST_LAST;
    /** The page after a row: the keyset condition of {@code ExpenseOrder.NEWEST_FIRST.after()}, in SQL. */
    private static final String NEWEST_AFTER = ROWS + " where e.spent_on <= ? and (e.spent_on < ? or e.id < ?)" + NEWEST_LAST;

    private NewestExpenses() {
    }

    /** From a connection of its own, read-only, before the services are up. */
    public static ExpensePage read(DataSource dataSource, int size) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setReadOnly(true);
            return read(connection, null, size);
        }
    }

    /**
     * Within the caller's transaction: the rows after {@code after} (null: from the newest). The pages after the first
     * too, so that the list read ahead as it opens (ExpenseListViewModel) parses no HQL either.
     */
    static ExpensePage read(Connection connection, ExpenseRow after, int size) throws SQLException {
        List<ExpenseRow> rows = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(after == null ? NEWEST : NEWEST_AFTER)) {
            int next = 1;
            if (after != null) {
                query.setObject(next++, after.date());
                query.setObject(next++, after.date());
                query.setLong(next++, after.id());
            }
            query.setInt(next, size + 1);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(new ExpenseRow(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                            rs.getBigDecimal(4).setScale(2), nullableLong(rs, 5), rs.getString(6), rs.getString(7),
                            rs.getString(8), rs.getLong(9), nullableLong(rs, 10),
                            rs.getString(11) == null ? null : Frequency.valueOf(rs.getString(11)),
                            rs.getObject(12, LocalDate.class), EntryKind.valueOf(rs.getString(13)), nullableLong(rs, 14),
                            rs.getString(15), rs.getBigDecimal(16), rs.getBigDecimal(17)));
                }
            }
        }
        return rows.size() > size ? new ExpensePage(List.copyOf(rows.subList(0, size)), true) : new ExpensePage(rows, false);
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
