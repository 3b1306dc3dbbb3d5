package app.outlay.service.report;

import app.outlay.service.category.CategoryTotal;
import app.outlay.service.expense.ExpenseQueries;
import app.outlay.data.DatabaseHolder;
import app.outlay.totals.SummaryReader;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Totals for reports and budgets. Every sum is a GROUP BY in the database, never a loop over rows in Java. Spending
 * is net of refunds (a refund subtracts from its category) and never includes income, which has totals of its own.
 * By category, a split payment counts as its parts, each in its own category ({@link EntryParts}).
 */
public final class ReportService {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    /** The most months the monthly average goes back. */
    public static final int AVERAGE_MONTHS = 12;

    private final DatabaseHolder database;

    public ReportService(DatabaseHolder database) {
        this.database = database;
    }

    /** Spending between two dates (inclusive) by category, net of refunds, largest first. */
    public List<CategoryTotal> totalsByCategory(LocalDate from, LocalDate to) {
        return database.sessionFactory().fromTransaction(session -> session.createSelectionQuery(
                        "select new app.outlay.service.category.CategoryTotal(c.id, c.name, c.colour, sum(" + EntryParts.SPENT + "), count(*)) "
                                + "from (" + EntryParts.BETWEEN + ") p left join Category c on c.id = p.categoryId "
                                + "where p.kind <> app.outlay.domain.EntryKind.INCOME "
                                + "group by c.id, c.name, c.colour order by sum(" + EntryParts.SPENT + ") desc, c.name",
                        CategoryTotal.class)
                .setParameter("from", from).setParameter("to", to).getResultList()
                .stream().map(t -> new CategoryTotal(t.categoryId(), t.categoryId() == null ? "No category" : t.name(),
                        t.categoryId() == null ? "#9aa0a6" : t.colour(), t.total().setScale(2), t.count()))
                .toList());
    }

    /** Spending (net of refunds) by month and category for the months {@code first} to {@code last}, in month order. */
    public List<MonthTotal> totalsByMonth(YearMonth first, YearMonth last) {
        List<Object[]> rows = database.sessionFactory().fromTransaction(session -> session.createSelectionQuery(
                        "select year(p.spentOn), month(p.spentOn), c.id, c.name, c.colour, sum(" + EntryParts.SPENT + ") "
                                + "from (" + EntryParts.BETWEEN + ") p left join Category c on c.id = p.categoryId "
                                + "where p.kind <> app.outlay.domain.EntryKind.INCOME "
                                + "group by year(p.spentOn), month(p.spentOn), c.id, c.name, c.colour "
                                + "order by year(p.spentOn), month(p.spentOn), c.name", Object[].class)
                .setParameter("from", first.atDay(1)).setParameter("to", last.atEndOfMonth()).getResultList());
        return rows.stream().map(r -> new MonthTotal(
                YearMonth.of(((Number) r[0]).intValue(), ((Number) r[1]).intValue()),
                (Long) r[2], r[2] == null ? "No category" : (String) r[3], r[2] == null ? "#9aa0a6" : (String) r[4],
                ((BigDecimal) r[5]).setScale(2))).toList();
    }

    /** The total of each month from {@code first} to {@code last}, months without expenses included as zero. */
    public Map<YearMonth, BigDecimal> monthTotals(YearMonth first, YearMonth last) {
        Map<YearMonth, BigDecimal> byMonth = totalsByMonth(first, last).stream()
                .collect(Collectors.groupingBy(MonthTotal::month, Collectors.reducing(ZERO, MonthTotal::total, BigDecimal::add)));
        Map<YearMonth, BigDecimal> all = new java.util.TreeMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            all.put(m, byMonth.getOrDefault(m, ZERO));
        }
        return all;
    }

    /**
     * This month, last month, and the average of the complete months before this one that the ledger covers: from
     * the month of its first expense, at most the last {@value #AVERAGE_MONTHS}. Months before the first expense
     * are no months of spending nothing, so a new ledger is not compared with an average of mostly empty months.
     * Without a complete month before this one there is no average.
     */
    public MonthComparison compare(YearMonth month) {
        YearMonth lastComplete = month.minusMonths(1);
        Map<YearMonth, BigDecimal> totals = monthTotals(lastComplete, month);
        return database.sessionFactory().fromTransaction(session -> {
            LocalDate firstExpense = session.createSelectionQuery("select min(e.spentOn) from Expense e "
                            + "where e.kind <> app.outlay.domain.EntryKind.INCOME", LocalDate.class).getSingleResult();
            YearMonth from = month.minusMonths(AVERAGE_MONTHS);
            if (firstExpense != null && YearMonth.from(firstExpense).isAfter(from)) {
                from = YearMonth.from(firstExpense);
            }
            if (firstExpense == null || from.isAfter(lastComplete)) {
                return new MonthComparison(month, totals.get(month), totals.get(lastComplete), null, null, 0);
            }
            BigDecimal sum = session.createSelectionQuery(
                            "select coalesce(sum(" + ExpenseQueries.SPENT + "), 0) from Expense e where e.spentOn between :from and :to", BigDecimal.class)
                    .setParameter("from", from.atDay(1)).setParameter("to", lastComplete.atEndOfMonth()).getSingleResult();
            int months = (int) from.until(month, java.time.temporal.ChronoUnit.MONTHS);
            return new MonthComparison(month, totals.get(month), totals.get(lastComplete),
                    sum.divide(BigDecimal.valueOf(months), 2, java.math.RoundingMode.HALF_UP), from, months);
        });
    }

    /**
     * Budgeted categories with what was spent in them during {@code month}, by name. Shown as the window opens, so
     * read in plain SQL without Hibernate (see Database#read): the month's spending per category from the kept totals
     * (V28), which count a split payment's parts in their categories as {@link EntryParts} does.
     */
    public BudgetMonth budgets(YearMonth month) {
        return database.read(connection -> {
            Map<Long, BigDecimal> spent = SummaryReader.spentByCategory(connection, month);
            List<BudgetLine> lines = new java.util.ArrayList<>();
            try (java.sql.Statement query = connection.createStatement();
                 java.sql.ResultSet rs = query.executeQuery("select id, name, colour, monthly_budget from category "
                         + "where monthly_budget is not null and income = false order by name_key")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    lines.add(new BudgetLine(id, rs.getString(2), rs.getString(3), rs.getBigDecimal(4).setScale(2),
                            spent.getOrDefault(id, ZERO).setScale(2)));
                }
            }
            return new BudgetMonth(month, lines);
        });
    }

    /** Income between two dates (inclusive) by category, largest first. */
    public List<CategoryTotal> incomeByCategory(LocalDate from, LocalDate to) {
        return database.sessionFactory().fromTransaction(session -> session.createSelectionQuery(
                        "select new app.outlay.service.category.CategoryTotal(c.id, c.name, c.colour, sum(p.amount), count(*)) "
                                + "from (" + EntryParts.BETWEEN + ") p left join Category c on c.id = p.categoryId "
                                + "where p.kind = app.outlay.domain.EntryKind.INCOME "
                                + "group by c.id, c.name, c.colour order by sum(p.amount) desc, c.name",
                        CategoryTotal.class)
                .setParameter("from", from).setParameter("to", to).getResultList()
                .stream().map(t -> new CategoryTotal(t.categoryId(), t.categoryId() == null ? "No category" : t.name(),
                        t.categoryId() == null ? "#9aa0a6" : t.colour(), t.total().setScale(2), t.count()))
                .toList());
    }

    /**
     * Money in and out for each month from {@code first} to {@code last}: spent (net of refunds) and received, months
     * without entries included as zero, in month order.
     */
    public List<MonthFlow> flows(YearMonth first, YearMonth last) {
        List<Object[]> rows = database.sessionFactory().fromTransaction(session -> session.createSelectionQuery(
                        "select year(e.spentOn), month(e.spentOn), sum(" + ExpenseQueries.SPENT + "), sum(" + ExpenseQueries.RECEIVED + ") "
                                + "from Expense e where e.spentOn between :from and :to "
                                + "group by year(e.spentOn), month(e.spentOn)", Object[].class)
                .setParameter("from", first.atDay(1)).setParameter("to", last.atEndOfMonth()).getResultList());
        Map<YearMonth, MonthFlow> byMonth = new java.util.TreeMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            byMonth.put(m, new MonthFlow(m, ZERO, ZERO));
        }
        for (Object[] r : rows) {
            YearMonth month = YearMonth.of(((Number) r[0]).intValue(), ((Number) r[1]).intValue());
            byMonth.put(month, new MonthFlow(month, ExpenseQueries.money(r[2]), ExpenseQueries.money(r[3])));
        }
        return List.copyOf(byMonth.values());
    }
}
