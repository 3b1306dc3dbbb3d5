package app.outlay.totals;

import app.outlay.domain.EntryKind;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the count and totals of whole months from {@code expense_summary}: a few hundred rows at most, however many
 * entries the ledger holds. Filters it cannot answer (text, tags) and the days of a period outside its whole months
 * are summed from the rows by the caller; {@link WholeMonths} says which is which.
 */
public final class SummaryReader {

    private SummaryReader() {
    }

    /** Count, spending net of refunds and income, as the list sums them; the sums are null where nothing was summed. */
    public record Sums(long entries, BigDecimal spent, BigDecimal received) {
    }

    /**
     * A period split into the whole months the summary answers ({@code first}–{@code last}; null: open on that side)
     * and the days at its edges (at most one run before and one after) that must be summed from the rows.
     */
    public record WholeMonths(YearMonth first, YearMonth last, List<Days> edges) {

        /** Days from {@code from} to {@code to}, both included. */
        public record Days(LocalDate from, LocalDate to) {
        }

        /** The whole months of {@code from}–{@code to} (either open: null), or null when it holds no whole month. */
        public static WholeMonths of(LocalDate from, LocalDate to) {
            YearMonth first = from == null ? null : from.getDayOfMonth() == 1 ? YearMonth.from(from) : YearMonth.from(from).plusMonths(1);
            YearMonth last = to == null ? null : to.equals(YearMonth.from(to).atEndOfMonth()) ? YearMonth.from(to) : YearMonth.from(to).minusMonths(1);
            if (first != null && last != null && first.isAfter(last)) {
                return null;
            }
            List<Days> edges = new ArrayList<>(2);
            if (from != null && from.getDayOfMonth() != 1) {
                edges.add(new Days(from, first.atDay(1).minusDays(1)));
            }
            if (to != null && !to.equals(last.atEndOfMonth())) {
                edges.add(new Days(last.atEndOfMonth().plusDays(1), to));
            }
            return new WholeMonths(first, last, List.copyOf(edges));
        }
    }

    /** The count and totals of the entries of these whole months, of one category (null: any) and kind (null: any). */
    public static Sums read(Connection connection, WholeMonths months, Long categoryId, EntryKind kind) throws SQLException {
        StringBuilder sql = new StringBuilder("select coalesce(sum(entries), 0), "
                + "sum(case when kind = 'EXPENSE' then amount when kind = 'REFUND' then -amount end), "
                + "sum(case when kind = 'INCOME' then amount end) from expense_summary where category_id = ?");
        List<Object> parameters = new ArrayList<>();
        parameters.add(categoryId == null ? SummaryKey.EVERY_CATEGORY : categoryId);
        if (months.first() != null) {
            sql.append(" and spent_month >= ?");
            parameters.add(SummaryKey.monthOf(months.first().atDay(1)));
        }
        if (months.last() != null) {
            sql.append(" and spent_month <= ?");
            parameters.add(SummaryKey.monthOf(months.last().atDay(1)));
        }
        if (kind != null) {
            sql.append(" and kind = ?");
            parameters.add(kind.name());
        }
        try (PreparedStatement query = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                query.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return new Sums(rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3));
            }
        }
    }

    /**
     * Spending net of refunds in one month per category (income left out), as a budget counts it; categories with
     * nothing spent are absent.
     */
    public static Map<Long, BigDecimal> spentByCategory(Connection connection, YearMonth month) throws SQLException {
        Map<Long, BigDecimal> spent = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("select category_id, "
                + "sum(case when kind = 'EXPENSE' then amount when kind = 'REFUND' then -amount end) from expense_summary "
                + "where spent_month = ? and category_id <> ? and kind <> 'INCOME' group by category_id")) {
            query.setInt(1, SummaryKey.monthOf(month.atDay(1)));
            query.setLong(2, SummaryKey.EVERY_CATEGORY);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    spent.put(rs.getLong(1), rs.getBigDecimal(2));
                }
            }
        }
        return spent;
    }

    /** How many entries the ledger holds. */
    public static long entries(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select coalesce(sum(entries), 0) from expense_summary where category_id = " + SummaryKey.EVERY_CATEGORY);
             ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
