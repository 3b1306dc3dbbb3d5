package app.outlay.service.expense;

import app.outlay.totals.SummaryReader;
import org.hibernate.Session;
import org.hibernate.query.SelectionQuery;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Expense queries, all filtering, ordering and summing done by the database. Works inside the caller's session; package-private so entities stay behind the services. */
public final class ExpenseQueries {

    private static final String ROW = "new app.outlay.service.expense.ExpenseRow("
            + "e.id, e.spentOn, e.description, e.amount, c.id, c.name, c.colour, e.notes, e.version,"
            + " r.id, r.frequency, r.untilOn, e.kind, e.refundOf, e.currency, e.originalAmount, e.rate)";
    /** An entry's effect on spending in SQL: + for an expense, − for a refund, null (left out of sums) for income. */
    public static final String SPENT = "case when e.kind = app.outlay.domain.EntryKind.EXPENSE then e.amount"
            + " when e.kind = app.outlay.domain.EntryKind.REFUND then -e.amount end";
    /** An income's amount in SQL, null (left out of sums) for the other kinds. */
    public static final String RECEIVED = "case when e.kind = app.outlay.domain.EntryKind.INCOME then e.amount end";
    /** Under a category filter, an entry's amount in that category: a split payment's parts there, else the whole amount. */
    private static final String IN_CATEGORY = "case when e.split = true then (select sum(s.amount) from ExpenseSplit s"
            + " where s.expense = e and s.category.id = :category) else e.amount end";
    private static final String FROM = " from Expense e left join e.category c left join e.recurrence r";
    /**
     * The tag filter: entries linked to any of the tags, or to every one of them (counted per entry); a split payment,
     * which has no tags of its own, by its parts' tags (issue 21).
     */
    private static final String ANY_TAG = "(e.id in (select l.expenseId from ExpenseTag l where l.tagId in :tags)"
            + " or e.split = true and e.id in (select s.expense.id from ExpenseSplit s join ExpenseSplitTag st on st.splitId = s.id"
            + " where st.tagId in :tags))";
    private static final String ALL_TAGS = "(e.id in (select l.expenseId from ExpenseTag l where l.tagId in :tags"
            + " group by l.expenseId having count(l.tagId) = :tagCount)"
            + " or e.split = true and e.id in (select s.expense.id from ExpenseSplit s join ExpenseSplitTag st on st.splitId = s.id"
            + " where st.tagId in :tags group by s.expense.id having count(distinct st.tagId) = :tagCount))";

    /**
     * One page in the given order: the rows after {@code after} (null: from the start). Asks for one row more than
     * the page holds, to know whether another page follows without counting.
     */
    ExpensePage findPage(Session session, ExpenseFilter filter, ExpenseOrder order, ExpenseRow after, int size) {
        if (newestOfAll(filter, order)) {
            return session.doReturningWork(connection -> NewestExpenses.read(connection, after, size));
        }
        Where where = Where.of(filter);
        String clause = where.clause;
        if (after != null) {
            clause += (clause.isEmpty() ? " where " : " and ") + order.after();
        }
        SelectionQuery<ExpenseRow> query = session.createSelectionQuery(
                "select " + ROW + FROM + clause + order.orderBy(), ExpenseRow.class);
        where.bind(query);
        if (after != null) {
            query.setParameter("afterKey", order.keyOf(after));
            query.setParameter("afterId", after.id());
        }
        List<ExpenseRow> rows = query.setMaxResults(size + 1).getResultList();
        return rows.size() > size ? new ExpensePage(rows.subList(0, size), true) : new ExpensePage(rows, false);
    }

    /** Every matching row, oldest first, fetched from the database in chunks rather than all at once. Close the stream. */
    public java.util.stream.Stream<ExpenseRow> streamOldestFirst(Session session, ExpenseFilter filter) {
        Where where = Where.of(filter);
        SelectionQuery<ExpenseRow> query = session.createSelectionQuery(
                "select " + ROW + FROM + where.clause
                        + " order by e.spentOn, e.id", ExpenseRow.class);
        where.bind(query);
        return query.setFetchSize(500).getResultStream();
    }

    public ExpenseRow findRow(Session session, long id) {
        return session.createSelectionQuery(
                        "select " + ROW + FROM + " where e.id = :id", ExpenseRow.class)
                .setParameter("id", id)
                .getSingleResultOrNull();
    }

    List<ExpenseRow> refundsOf(Session session, long expenseId) {
        return session.createSelectionQuery("select " + ROW + FROM + " where e.refundOf = :id order by e.spentOn, e.id", ExpenseRow.class)
                .setParameter("id", expenseId).getResultList();
    }

    /** True for the list as it opens, newest first with no filter: read by {@link NewestExpenses} in plain SQL. */
    static boolean newestOfAll(ExpenseFilter filter, ExpenseOrder order) {
        return order == ExpenseOrder.NEWEST_FIRST && filter.equals(ExpenseFilter.all());
    }

    /** True where the kept totals alone answer {@link #summarize}: whole months, no text, no tags (the list as it opens). */
    static boolean fromKeptTotalsAlone(ExpenseFilter filter) {
        SummaryReader.WholeMonths months = wholeMonths(filter);
        return months != null && months.edges().isEmpty();
    }

    /** {@link #summarize} where {@link #fromKeptTotalsAlone} holds, on a plain connection. */
    ExpenseSummary keptSummary(java.sql.Connection connection, ExpenseFilter filter) throws java.sql.SQLException {
        SummaryReader.Sums kept = SummaryReader.read(connection, wholeMonths(filter), filter.categoryId(), filter.kind());
        return new ExpenseSummary(kept.entries(), money(kept.spent()), money(kept.received()));
    }

    /** The whole months of the filter's period that the kept totals hold, or null where the filter needs the rows. */
    private static SummaryReader.WholeMonths wholeMonths(ExpenseFilter filter) {
        return filter.search() != null || !filter.tagIds().isEmpty() ? null
                : SummaryReader.WholeMonths.of(filter.from(), filter.to());
    }

    /**
     * The count and totals of the matching entries. Filters by period, category and kind read the whole months from
     * the summary Outlay keeps (V28, {@link app.outlay.totals.KeptTotals}) and sum only the days at the period's
     * edges from the rows (by the date index): a few hundred rows instead of every match. Text and tags are not in
     * the summary: such filters, and periods without a whole month in them, sum the rows as before.
     */
    ExpenseSummary summarize(Session session, ExpenseFilter filter) {
        SummaryReader.WholeMonths months = wholeMonths(filter);
        if (months == null) {
            return sum(session, filter);
        }
        ExpenseSummary summary = session.doReturningWork(connection -> keptSummary(connection, filter));
        for (SummaryReader.WholeMonths.Days days : months.edges()) {
            ExpenseSummary edge = sum(session, filter.withPeriod(days.from(), days.to()));
            summary = new ExpenseSummary(summary.count() + edge.count(), summary.total().add(edge.total()),
                    summary.received().add(edge.received()));
        }
        return summary;
    }

    /** The count and totals summed from the matching rows. */
    private ExpenseSummary sum(Session session, ExpenseFilter filter) {
        Where where = Where.of(filter);
        String spent = SPENT;
        String received = RECEIVED;
        if (filter.categoryId() != null) {
            // "What did I spend on Groceries": a split payment counts with its parts in the category, not the whole payment.
            spent = spent.replace("e.amount", IN_CATEGORY);
            received = received.replace("e.amount", IN_CATEGORY);
        }
        SelectionQuery<Object[]> query = session.createSelectionQuery(
                "select count(e), sum(%s), sum(%s) from Expense e".formatted(spent, received) + where.clause, Object[].class);
        where.bind(query);
        Object[] result = query.getSingleResult();
        return new ExpenseSummary(((Number) result[0]).longValue(), money(result[1]), money(result[2]));
    }

    /** A sum as money: null (nothing summed) is zero. */
    public static BigDecimal money(Object sum) {
        return sum == null ? BigDecimal.ZERO.setScale(2) : ((BigDecimal) sum).setScale(2);
    }

    /** The WHERE clause for a filter and its parameters, built once and bound to any query. */
    private record Where(String clause, Map<String, Object> parameters) {

        static Where of(ExpenseFilter filter) {
            StringBuilder sql = new StringBuilder();
            Map<String, Object> parameters = new LinkedHashMap<>();
            if (filter.search() != null) {
                // A split payment is found by its parts' notes too (issue 21); only split rows look at their parts.
                // Also the currency paid in ("usd") and either amount, as paid or in the ledger's currency (issue 22).
                BigDecimal number = number(filter.search());
                and(sql, "(lower(e.description) like :search escape '!' or lower(e.notes) like :search escape '!'"
                        + " or (e.split = true and exists (select 1 from ExpenseSplit s where s.expense = e"
                        + " and lower(s.note) like :search escape '!'))"
                        + " or lower(e.currency) = :code" + (number == null ? "" : " or e.amount = :number or e.originalAmount = :number")
                        + ")");
                parameters.put("search", "%" + escapeLike(filter.search().toLowerCase(Locale.ROOT)) + "%");
                parameters.put("code", filter.search().toLowerCase(Locale.ROOT));
                if (number != null) {
                    parameters.put("number", number);
                }
            }
            if (filter.from() != null) {
                and(sql, "e.spentOn >= :from");
                parameters.put("from", filter.from());
            }
            if (filter.to() != null) {
                and(sql, "e.spentOn <= :to");
                parameters.put("to", filter.to());
            }
            if (filter.categoryId() != null) {
                // The foreign key itself: no join needed, so counting and summing stay on the expense table. A split
                // payment (no category of its own) is found by its parts' (issue 21); only split rows look at them.
                and(sql, "(e.category.id = :category or e.split = true and exists (select 1 from ExpenseSplit s"
                        + " where s.expense = e and s.category.id = :category))");
                parameters.put("category", filter.categoryId());
            }
            if (filter.kind() != null) {
                and(sql, "e.kind = :kind");
                parameters.put("kind", filter.kind());
            }
            if (!filter.tagIds().isEmpty()) {
                // Read from the links' index by tag (V20: tag_id, expense_id); "all" keeps the expenses linked to
                // every one of the tags, counted per expense.
                and(sql, filter.tagMatch() == ExpenseFilter.TagMatch.ANY || filter.tagIds().size() == 1 ? ANY_TAG : ALL_TAGS);
                parameters.put("tags", filter.tagIds());
                if (filter.tagMatch() == ExpenseFilter.TagMatch.ALL && filter.tagIds().size() > 1) {
                    parameters.put("tagCount", (long) filter.tagIds().size());
                }
            }
            return new Where(sql.toString(), parameters);
        }

        void bind(SelectionQuery<?> query) {
            parameters.forEach((name, value) -> {
                if (value instanceof java.util.Collection<?> values) {
                    query.setParameterList(name, values);
                } else {
                    query.setParameter(name, value);
                }
            });
        }

        private static void and(StringBuilder sql, String condition) {
            sql.append(sql.length() == 0 ? " where " : " and ").append(condition);
        }

        /** The search as an amount ({@code 45}, {@code 41.37}, {@code 41,37}), or null when it is not one. */
        private static BigDecimal number(String text) {
            String plain = text.strip();
            if (plain.indexOf(',') >= 0 && plain.indexOf('.') < 0 && plain.indexOf(',') == plain.lastIndexOf(',')) {
                plain = plain.replace(',', '.');
            }
            return plain.matches("\\d{1,17}(\\.\\d{1,4})?") ? new BigDecimal(plain) : null;
        }

        /** Typed % and _ are searched for as themselves. */
        private static String escapeLike(String text) {
            return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        }
    }
}
