package app.outlay.service.rules;

import app.outlay.service.category.CategoryService;
import app.outlay.service.expense.ExpenseFilter;
import app.outlay.service.history.UndoService;
import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.rules.MatchType;
import app.outlay.rules.Rule;
import app.outlay.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A measurement, not part of {@code mvn test} (surefire runs *Test classes only): applying rules to 100,000
 * existing expenses on H2 and PostgreSQL, the preview's time (the issue asks for under 2 s), then the apply and its
 * one undo step. Run it with {@code mvn test -Dtest=RulesAtScaleMeasurement}; it prints the figures and checks that
 * every expense changed and that one undo put every one back.
 */
public class RulesAtScaleMeasurement {

    static final int EXPENSES = 100_000;

    /** The same, outside Maven: {@code java -cp … app.outlay.service.rules.RulesAtScaleMeasurement h2 postgresql}. */
    public static void main(String[] kinds) throws SQLException {
        for (String kind : kinds) {
            new RulesAtScaleMeasurement().previewApplyAndUndoOneHundredThousandExpenses(kind);
        }
        System.exit(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void previewApplyAndUndoOneHundredThousandExpenses(String kind) throws SQLException {
        Database database = kind.equals("h2") ? TestDatabases.h2() : TestDatabases.postgres();
        TestDatabases.reset(database);
        fill(database);
        DatabaseHolder holder = new DatabaseHolder(database);
        RuleService rules = new RuleService(holder);
        long groceries = new CategoryService(holder).list().stream().filter(c -> c.name().equals("Groceries")).findFirst().orElseThrow().id();
        // Ten rules the way people write them; the last, a regular expression, is the one that matches everything.
        for (String shop : List.of("edeka", "lidl", "aldi", "netto", "penny", "kaufland", "real", "globus", "tegut")) {
            rules.add(Rule.draft(shop, MatchType.CONTAINS, shop, null, null, null, groceries, null, null));
        }
        rules.add(Rule.draft("Rewe", MatchType.REGEX, "^rewe\\b.*\\d{4}", null, null, null, groceries, "Rewe", "weekly shop"));
        RuleApplyService applying = new RuleApplyService(holder);

        RulePreview preview = null;
        long[] millis = new long[5];
        for (int run = 0; run < millis.length; run++) {
            long started = System.nanoTime();
            preview = applying.preview(ExpenseFilter.all(), rules.list());
            millis[run] = (System.nanoTime() - started) / 1_000_000;
        }
        assertThat(preview.changes()).hasSize(EXPENSES);
        System.out.printf("%s, %,d expenses: preview %s ms (first run first)%n", kind, EXPENSES, java.util.Arrays.toString(millis));

        long started = System.nanoTime();
        applying.apply(preview.changes());
        long applyMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(count(database, "select count(*) from expense where description = 'Rewe' and category_id = " + groceries)).isEqualTo(EXPENSES);

        UndoService undo = new UndoService(holder);
        started = System.nanoTime();
        UndoService.UndoStep step = undo.next().orElseThrow();
        undo.undo(step.batchId());
        long undoMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(count(database, "select count(*) from expense where description like 'REWE MARKT %' and category_id is null")).isEqualTo(EXPENSES);
        assertThat(undo.next()).isEmpty();

        System.out.printf("%s, %,d expenses: apply %,d ms, one undo step %,d ms (%s)%n", kind, EXPENSES, applyMillis, undoMillis,
                step.label());
    }

    private static void fill(Database database) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into expense (id, spent_on, description, amount, "
                     + "category_id, notes, created_at, updated_at, version) values (?, ?, ?, ?, null, null, ?, ?, 0)")) {
            connection.setAutoCommit(false);
            OffsetDateTime now = OffsetDateTime.now();
            for (int i = 1; i <= EXPENSES; i++) {
                insert.setLong(1, i);
                insert.setObject(2, LocalDate.of(2020, 1, 1).plusDays(i % 2_000));
                insert.setString(3, "REWE MARKT " + (1000 + i % 9000) + " KARTE " + i);
                insert.setBigDecimal(4, BigDecimal.valueOf(100 + i % 9000, 2));
                insert.setObject(5, now);
                insert.setObject(6, now);
                insert.addBatch();
                if (i % 1_000 == 0) {
                    insert.executeBatch();
                }
            }
            connection.commit();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute(database.settings().kind() == app.outlay.data.DatabaseSettings.Kind.H2
                        ? "alter sequence expense_seq restart with 200000" : "select setval('expense_seq', 200000)");
            }
        }
    }

    private static long count(Database database, String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
