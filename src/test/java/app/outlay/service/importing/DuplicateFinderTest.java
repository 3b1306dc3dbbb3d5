package app.outlay.service.importing;

import app.outlay.data.Database;
import app.outlay.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** The multiset of duplicates still holds when a day the finder had dropped from memory comes up again. */
class DuplicateFinderTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 14);
    private final Database database = TestDatabases.h2();

    @BeforeEach
    void twoCoffeesInTheLedger() throws SQLException {
        TestDatabases.reset(database);
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into expense (id, spent_on, description, amount,"
                     + " created_at, updated_at, version) values (?, ?, 'Coffee', 3.50, ?, ?, 0)")) {
            for (long id = 1; id <= 2; id++) {
                insert.setLong(1, id);
                insert.setObject(2, DAY);
                insert.setObject(3, OffsetDateTime.now());
                insert.setObject(4, OffsetDateTime.now());
                insert.executeUpdate();
            }
        }
    }

    @Test
    void copiesMatchedBeforeTheDayWasDroppedStayMatched() throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             DuplicateFinder finder = new DuplicateFinder(connection, 2)) {
            assertThat(finder.isDuplicate(DAY, new BigDecimal("3.5"), " coffee ")).isTrue();
            for (int i = 1; i <= DuplicateFinder.BLOCK_DAYS * 2 + 5; i++) {
                assertThat(finder.isDuplicate(DAY.plusDays(i), new BigDecimal("3.50"), "Coffee")).isFalse();
            }
            assertThat(finder.isDuplicate(DAY, new BigDecimal("3.50"), "COFFEE")).isTrue();
            assertThat(finder.isDuplicate(DAY, new BigDecimal("3.50"), "Coffee")).isFalse();
            assertThat(finder.isDuplicate(DAY, new BigDecimal("3.49"), "Coffee")).isFalse();
        }
    }

    /**
     * Issue #17: a statement of three months is looked up in a few range queries, not one query per day (a year's
     * file cost 365 round trips), and still finds the ledger's copies on every day of it.
     */
    @Test
    void aStatementOfThreeMonthsIsLookedUpInAFewQueriesNotOnePerDay() throws SQLException {
        try (Connection connection = database.dataSource().getConnection()) {
            java.util.concurrent.atomic.AtomicInteger queries = new java.util.concurrent.atomic.AtomicInteger();
            try (DuplicateFinder finder = new DuplicateFinder(countingQueries(connection, queries))) {
                int duplicates = 0;
                for (int i = -45; i < 45; i++) {
                    if (finder.isDuplicate(DAY.plusDays(i), new BigDecimal("3.50"), "Coffee")) {
                        duplicates++;
                    }
                }
                assertThat(finder.isDuplicate(DAY, new BigDecimal("3.50"), "Coffee")).isTrue();
                assertThat(duplicates).isEqualTo(1);
            }
            assertThat(queries.get()).as("queries for 90 days").isLessThanOrEqualTo(4);
        }
    }

    /**
     * A file not in date order (a spreadsheet sorted by category, an export of another app) reads each month of the
     * ledger once, not once per line: keeping three months made a million such lines into a fresh ledger take over
     * fifteen minutes instead of two and a half.
     */
    @Test
    void linesNotInDateOrderReadEachMonthOfTheLedgerOnce() throws SQLException {
        java.util.Random random = new java.util.Random(17);
        int days = 4 * 365;
        try (Connection connection = database.dataSource().getConnection()) {
            java.util.concurrent.atomic.AtomicInteger queries = new java.util.concurrent.atomic.AtomicInteger();
            try (DuplicateFinder finder = new DuplicateFinder(countingQueries(connection, queries))) {
                int duplicates = 0;
                for (int line = 0; line < 600; line++) {
                    LocalDate date = DAY.minusDays(days / 2).plusDays(random.nextInt(days));
                    duplicates += finder.isDuplicate(date, new BigDecimal("3.50"), "Coffee") ? 1 : 0;
                }
                assertThat(finder.isDuplicate(DAY, new BigDecimal("3.50"), "Coffee")).isTrue();
                assertThat(duplicates).isLessThanOrEqualTo(1);
            }
            assertThat(queries.get()).as("queries for 600 lines over four years")
                    .isLessThanOrEqualTo(days / DuplicateFinder.BLOCK_DAYS + 2);
        }
    }

    /** The connection, its prepared statements counting the queries they run. */
    private static Connection countingQueries(Connection connection, java.util.concurrent.atomic.AtomicInteger queries) {
        return (Connection) java.lang.reflect.Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    Object result = invoke(connection, method, args);
                    if (result instanceof PreparedStatement statement) {
                        return java.lang.reflect.Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
                                new Class<?>[] {PreparedStatement.class}, (p, m, a) -> {
                                    if (m.getName().equals("executeQuery")) {
                                        queries.incrementAndGet();
                                    }
                                    return invoke(statement, m, a);
                                });
                    }
                    return result;
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Issue 15.2: "Köln" written with a combining diaeresis (as macOS exports do) is the "Köln" in the ledger. */
    @Test
    void descriptionsAreComparedAsTheyLookNotByHowUnicodeComposesThem() throws SQLException {
        try (Connection connection = database.dataSource().getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement("insert into expense (id, spent_on, description, amount,"
                    + " created_at, updated_at, version) values (3, ?, 'Dom-Caf\u00e9 K\u00f6ln', 4.80, ?, ?, 0)")) {
                insert.setObject(1, DAY);
                insert.setObject(2, OffsetDateTime.now());
                insert.setObject(3, OffsetDateTime.now());
                insert.executeUpdate();
            }
            try (DuplicateFinder finder = new DuplicateFinder(connection)) {
                assertThat(finder.isDuplicate(DAY, new BigDecimal("4.80"), "Dom-Cafe Koln")).isFalse();
                assertThat(finder.isDuplicate(DAY, new BigDecimal("4.80"), "Dom-Cafe\u0301 Ko\u0308ln")).isTrue();
            }
        }
    }
}
