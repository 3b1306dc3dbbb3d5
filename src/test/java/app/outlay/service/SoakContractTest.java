package app.outlay.service;

import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.domain.ExpenseDetails;
import app.outlay.domain.Frequency;
import app.outlay.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A long, seeded random run of what users do — add, edit, delete, repeat, merge categories, create due recurring
 * expenses — checked against a plain in-memory model: after every {@value #CHECK_EVERY} steps and at the end the
 * database must hold exactly the model's count and total per category, to the cent. A failure names the seed and step,
 * so it can be replayed ({@code -Doutlay.soak.seed=…}); {@code -Doutlay.soak.operations=…} runs longer.
 */
abstract class SoakContractTest {

    /** The largest run that stays under ~20 s per database in the full suite on two cores (5,000 took 24 s on H2; 10,000 ~45 s). */
    private static final int OPERATIONS = Integer.getInteger("outlay.soak.operations", 4_000);
    private static final long SEED = Long.getLong("outlay.soak.seed", 20_261_124L);
    private static final int CHECK_EVERY = 100;
    private static final String[] DESCRIPTIONS = {"Groceries", "Rent \"March\"", "Café ☕", "'; drop table expense; --",
            "קפה", "100% _wild_ %", "Bus 🚌", "Lunch"};

    /** What the model knows of an expense. */
    private record Entry(Long categoryId, BigDecimal amount, long version) {
    }

    private final Map<Long, Entry> expenses = new HashMap<>();
    private final List<Long> categories = new ArrayList<>();
    private final Random random = new Random(SEED);
    private ExpenseService expenseService;
    private CategoryService categoryService;
    private RecurrenceService recurrenceService;
    private LocalDate today = LocalDate.of(2026, 1, 1);
    private int newCategories;

    protected abstract Database database();

    @Test
    void randomOperationsKeepTheDatabaseAndTheModelInAgreement() throws SQLException {
        Database database = database();
        TestDatabases.reset(database);
        DatabaseHolder holder = new DatabaseHolder(database);
        expenseService = new ExpenseService(holder);
        categoryService = new CategoryService(holder);
        recurrenceService = new RecurrenceService(holder);
        categoryService.list().forEach(c -> categories.add(c.id()));

        for (int step = 1; step <= OPERATIONS; step++) {
            String operation = step(random.nextInt(100));
            if (step % CHECK_EVERY == 0 || step == OPERATIONS) {
                assertThat(stored(database)).as("seed %d, step %d (%s)", SEED, step, operation).isEqualTo(modelled());
            }
        }
        assertThat(expenses).as("the run did something").hasSizeGreaterThan(OPERATIONS / 10);
    }

    private String step(int dice) {
        if (dice < 35 || expenses.isEmpty()) {
            add(Repeat.NEVER);
            return "add";
        } else if (dice < 40) {
            Frequency frequency = random.nextBoolean() ? Frequency.WEEKLY : Frequency.MONTHLY;
            // Bounded series: an endless weekly one would outgrow the run.
            add(new Repeat(frequency, today.plusDays(random.nextInt(180))));
            return "add repeating";
        } else if (dice < 65) {
            edit();
            return "edit";
        } else if (dice < 80) {
            long id = anyExpense();
            expenseService.delete(id);
            expenses.remove(id);
            return "delete";
        } else if (dice < 84) {
            categories.add(categoryService.create("Soak " + (++newCategories), null).id());
            return "create category";
        } else if (dice < 87 && categories.size() > 3) {
            merge();
            return "merge";
        } else {
            today = today.plusDays(random.nextInt(4));
            for (ExpenseRow created : recurrenceService.createDue(today)) {
                assertThat(expenses).as("created once").doesNotContainKey(created.id());
                remember(created);
            }
            return "create due";
        }
    }

    private void add(Repeat repeat) {
        LocalDate date = repeat.repeats() ? today : today.minusDays(random.nextInt(60));
        remember(expenseService.add(details(date), repeat));
    }

    private void edit() {
        long id = anyExpense();
        ExpenseRow updated = expenseService.update(id, expenses.get(id).version(), details(today.minusDays(random.nextInt(30))));
        assertThat(updated.version()).isGreaterThan(expenses.get(id).version());
        remember(updated);
    }

    private void merge() {
        Long from = categories.get(random.nextInt(categories.size()));
        Long into = categories.get(random.nextInt(categories.size()));
        if (from.equals(into)) {
            return;
        }
        int moved = categoryService.merge(from, into);
        int expected = 0;
        for (Map.Entry<Long, Entry> e : expenses.entrySet()) {
            if (from.equals(e.getValue().categoryId())) {
                // The merge moves the expense and bumps its version, so an editor holding the old one is told.
                e.setValue(new Entry(into, e.getValue().amount(), e.getValue().version() + 1));
                expected++;
            }
        }
        assertThat(moved).isEqualTo(expected);
        categories.remove(from);
    }

    private ExpenseDetails details(LocalDate date) {
        Long category = random.nextInt(10) == 0 ? null : categories.get(random.nextInt(categories.size()));
        BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(random.nextBoolean() ? 10_000 : 10_000_000), 2);
        return new ExpenseDetails(date, DESCRIPTIONS[random.nextInt(DESCRIPTIONS.length)], amount, category, null);
    }

    private void remember(ExpenseRow row) {
        expenses.put(row.id(), new Entry(row.categoryId(), row.amount(), row.version()));
    }

    private long anyExpense() {
        // Sorted, so the pick depends on the seed only, not on hash order.
        List<Long> ids = expenses.keySet().stream().sorted().toList();
        return ids.get(random.nextInt(ids.size()));
    }

    /** Category (null: none) → "count / total", from the model. */
    private Map<Long, String> modelled() {
        Map<Long, long[]> counts = new LinkedHashMap<>();
        Map<Long, BigDecimal> totals = new HashMap<>();
        for (Entry e : expenses.values()) {
            counts.computeIfAbsent(e.categoryId(), k -> new long[1])[0]++;
            totals.merge(e.categoryId(), e.amount(), BigDecimal::add);
        }
        Map<Long, String> model = new HashMap<>();
        counts.forEach((category, count) -> model.put(category, count[0] + " / " + totals.get(category).setScale(2)));
        return model;
    }

    /** The same, computed by the database. */
    private static Map<Long, String> stored(Database database) throws SQLException {
        Map<Long, String> stored = new HashMap<>();
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select category_id, count(*), sum(amount) from expense group by category_id")) {
            while (rs.next()) {
                stored.put(rs.getObject(1, Long.class), rs.getLong(2) + " / " + rs.getBigDecimal(3).setScale(2));
            }
        }
        return stored;
    }
}
