package app.outlay.bench;

import app.outlay.data.DatabaseHolder;
import app.outlay.service.expense.ExpenseFilter;
import app.outlay.service.expense.ExpenseService;
import app.outlay.service.report.ReportService;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Totals, budgets and the expense list at a large ledger: each service call against the same query written by hand
 * in JDBC, on the same data, alternating calls. Also writes each hand-written query's plan to a file.
 */
final class QueryBenchmark {

    /** Ten years of expenses; the figures ask about the last one. */
    static final LocalDate FIRST_DAY = LocalDate.of(2016, 1, 1);
    static final int DAYS = 3653;
    private static final YearMonth LAST_YEAR_START = YearMonth.of(2025, 1);
    private static final YearMonth LAST_YEAR_END = YearMonth.of(2025, 12);
    private static final int PAGE = 100;
    private static final long GROCERIES = 1;

    private record Case(String figure, IntFunction<Object> outlay, IntFunction<List<RawQuery>> raw) {
    }

    private final BenchDatabase db;

    QueryBenchmark(BenchDatabase db) {
        this.db = db;
    }

    /** Fills the ledger with {@code rows} expenses (not measured) and gives some categories a budget. */
    void load(long rows) {
        load(new SyntheticExpenses(rows, FIRST_DAY, DAYS));
    }

    /** Fills the ledger with {@code data} (not measured) and gives some categories a budget. */
    void load(SyntheticExpenses data) {
        long rows = data.count();
        long start = System.nanoTime();
        db.emptyExpenses();
        // Generating data, not measuring: the NOTIFY trigger is switched off for the load and back on afterwards.
        if (db.postgres()) {
            db.execute("alter table expense disable trigger expense_notify_change");
        }
        try {
            RawJdbcInsert.insert(db, data, 1000, 100_000);
        } finally {
            if (db.postgres()) {
                db.execute("alter table expense enable trigger expense_notify_change");
            }
        }
        db.execute("update category set monthly_budget = 400.00 where id in (1, 2, 5, 7)");
        db.rebuildKeptTotals(); // rows written past the services: their kept totals (V28) summed once
        db.analyze();
        System.out.printf("  %s: loaded %,d expenses in %.1f s%n", db.name(), rows, (System.nanoTime() - start) / 1e9);
    }

    void run(int iterations, ResultTable results, Path planFile) {
        ReportService reports = new ReportService(new DatabaseHolder(db.database()));
        ExpenseService expenses = new ExpenseService(new DatabaseHolder(db.database()));
        StringBuilder plans = new StringBuilder();
        for (Case c : cases(reports, expenses)) {
            Samples[] samples = measure(c, iterations);
            results.compare(db.name(), c.figure(), samples[0], samples[1]);
            plans.append("=== ").append(c.figure()).append('\n');
            for (RawQuery query : c.raw().apply(0)) {
                plans.append(query.sql()).append("\n").append(plan(query)).append('\n');
            }
        }
        try {
            Files.createDirectories(planFile.getParent());
            Files.writeString(planFile, plans);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Samples[] measure(Case c, int iterations) {
        int warmUp = 3;
        for (int k = 0; k < warmUp; k++) {
            c.outlay().apply(k);
            runRaw(c.raw().apply(k));
        }
        long[] outlay = new long[iterations];
        long[] raw = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            int k = warmUp + i;
            db.forgetCachedResults();
            outlay[i] = Samples.time(() -> c.outlay().apply(k));
            db.forgetCachedResults();
            raw[i] = Samples.time(() -> runRaw(c.raw().apply(k)));
        }
        return new Samples[]{new Samples(outlay), new Samples(raw)};
    }

    /** All of a figure's queries in one read-only transaction, as the service runs them in one session. */
    private void runRaw(List<RawQuery> queries) {
        try (Connection connection = db.connection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            for (RawQuery query : queries) {
                query.run(connection);
            }
            connection.commit();
            connection.setReadOnly(false);
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String plan(RawQuery query) {
        try (Connection connection = db.connection()) {
            return query.plan(connection, db.postgres());
        } catch (SQLException e) {
            return "(no plan: " + e.getMessage() + ")\n";
        }
    }

    /**
     * The figures. Each call {@code k} asks a slightly different question (the period shifted by {@code k} days, the
     * page {@code k} rows longer): H2 hands back a cached result for a repeated identical query on unchanged data,
     * which would time the cache rather than the query.
     */
    private static List<Case> cases(ReportService reports, ExpenseService expenses) {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("totalsByCategory, one year", k -> reports.totalsByCategory(from(k), to(k)), k -> List.of(new RawQuery(
                "select c.id, c.name, c.colour, sum(e.amount), count(e.id) from expense e"
                        + " left join category c on c.id = e.category_id where e.spent_on between ? and ?"
                        + " group by c.id, c.name, c.colour order by sum(e.amount) desc, c.name", from(k), to(k)))));
        cases.add(new Case("totalsByMonth, 12 months", k -> reports.totalsByMonth(firstMonth(k), firstMonth(k).plusMonths(11)),
                k -> List.of(new RawQuery(
                "select extract(year from e.spent_on), extract(month from e.spent_on), c.id, c.name, c.colour, sum(e.amount)"
                        + " from expense e left join category c on c.id = e.category_id where e.spent_on between ? and ?"
                        + " group by extract(year from e.spent_on), extract(month from e.spent_on), c.id, c.name, c.colour"
                        + " order by 1, 2, c.name", firstMonth(k).atDay(1), firstMonth(k).plusMonths(11).atEndOfMonth()))));
        cases.add(new Case("budgets, one month", k -> reports.budgets(firstMonth(k)), k -> List.of(
                new RawQuery("select id, name, colour, monthly_budget from category where monthly_budget is not null order by name_key"),
                new RawQuery("select e.category_id, sum(e.amount) from expense e join category c on c.id = e.category_id"
                        + " where c.monthly_budget is not null and e.spent_on between ? and ? group by e.category_id",
                        firstMonth(k).atDay(1), firstMonth(k).atEndOfMonth()))));
        cases.add(findCase("find first page, no filter", expenses, k -> ExpenseFilter.all(), "", k -> List.of()));
        cases.add(findCase("find first page, category + year", expenses,
                k -> new ExpenseFilter(null, from(k), to(k), GROCERIES),
                " where e.spent_on >= ? and e.spent_on <= ? and e.category_id = ?", k -> List.of(from(k), to(k), GROCERIES)));
        cases.add(findCase("find first page, text + year", expenses,
                k -> new ExpenseFilter("coffee", from(k), to(k), null),
                " where (lower(e.description) like ? or lower(e.notes) like ?) and e.spent_on >= ? and e.spent_on <= ?",
                k -> List.of("%coffee%", "%coffee%", from(k), to(k))));
        return cases;
    }

    private static LocalDate from(int k) {
        return LAST_YEAR_START.atDay(1).minusDays(k);
    }

    private static LocalDate to(int k) {
        return LAST_YEAR_END.atEndOfMonth().minusDays(k);
    }

    private static YearMonth firstMonth(int k) {
        return LAST_YEAR_START.minusMonths(k);
    }

    /** The list's first page plus the count and total of everything the filter matches, as ExpenseService.find. */
    private static Case findCase(String figure, ExpenseService expenses, IntFunction<ExpenseFilter> filter, String where,
                                 IntFunction<List<Object>> parameters) {
        String page = "select e.id, e.spent_on, e.description, e.amount, c.id, c.name, c.colour, e.notes,"
                + " e.version, r.id, r.frequency, r.until_on from expense e left join category c on c.id = e.category_id"
                + " left join recurrence r on r.id = e.recurrence_id" + where
                + " order by e.spent_on desc, e.id desc limit ?";
        String summary = "select count(e.id), sum(e.amount) from expense e" + where;
        return new Case(figure + " (" + PAGE + " rows)", k -> expenses.find(filter.apply(k), PAGE + k), k -> {
            List<Object> pageParameters = new ArrayList<>(parameters.apply(k));
            pageParameters.add(PAGE + k);
            return List.of(new RawQuery(page, pageParameters), new RawQuery(summary, parameters.apply(k)));
        });
    }
}
