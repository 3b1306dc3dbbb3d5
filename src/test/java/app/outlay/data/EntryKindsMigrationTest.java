package app.outlay.data;

import app.outlay.service.category.DefaultCategories;
import app.outlay.testing.TestDatabases;
import app.outlay.testing.TestPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * V17 (entry kinds) on a ledger an older Outlay left: every expense stays exactly as it was and is an expense, the
 * income categories are added in the language of whoever upgrades (a category of the same name the user made stays
 * theirs), and the new columns' rules hold. On H2 (last at V10) and PostgreSQL (last at V16).
 */
class EntryKindsMigrationTest {

    @Test
    void anH2LedgerFromBeforeKindsUpgradesWithEveryExpenseUnchanged() throws SQLException {
        DatabaseSettings settings = DatabaseSettings.h2(TestDatabases.tempDir("outlay-kinds").resolve("outlay"));
        upgradesUnchanged(settings, "10", "classpath:db/vendor/h2");
    }

    @Test
    void aPostgresqlLedgerFromBeforeKindsUpgradesWithEveryExpenseUnchanged() throws SQLException {
        upgradesUnchanged(TestPostgres.freshDatabase(), "16", "classpath:db/vendor/postgresql");
    }

    private static void upgradesUnchanged(DatabaseSettings settings, String oldVersion, String vendor) throws SQLException {
        Flyway.configure().dataSource(settings.jdbcUrl(), settings.user(), password(settings))
                .locations(Migrations.LOCATION, vendor).target(oldVersion).load().migrate();
        try (Connection connection = connect(settings); Statement statement = connection.createStatement()) {
            // The user made a category named like one V17 seeds, with spending in it.
            statement.executeUpdate("insert into category (id, name, name_key, colour, version) values (1000, 'Interest', 'interest', '#123456', 0)");
        }
        insertExpenses(settings);
        List<String> before = expenses(settings);

        try (Database database = DefaultCategories.nameInLanguage(Database.open(settings, TestDatabases.tempDir("outlay-kinds-backups")), Locale.GERMAN)) {
            assertThat(database.migratedThisOpen("17")).isTrue();
            assertThat(database.createdByThisOpen()).isFalse();
        }

        assertThat(expenses(settings)).isEqualTo(before);
        try (Connection connection = connect(settings); Statement statement = connection.createStatement()) {
            assertThat(strings(statement, "select kind from expense")).hasSize(3).containsOnly("EXPENSE");
            assertThat(strings(statement, "select count(*) from expense where refund_of is not null")).containsExactly("0");
            // Seeded in the language of whoever upgraded; the user's own "Interest" stays theirs and of spending.
            assertThat(strings(statement, "select name || ':' || income from category where income order by id"))
                    .extracting(s -> s.toLowerCase(Locale.ROOT)).containsExactly("gehalt:true", "erhaltene geschenke:true");
            assertThat(strings(statement, "select name || ':' || income from category where id = 1000"))
                    .extracting(s -> s.toLowerCase(Locale.ROOT)).containsExactly("interest:false");
            assertThat(strings(statement, "select count(*) from category where not income")).containsExactly("11");

            // The rules of the new columns: known kinds only, amounts still above zero, a refund's link let go.
            assertThatThrownBy(() -> statement.executeUpdate("update expense set kind = 'GIFT' where id = 1"))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> statement.executeUpdate("update expense set kind = 'REFUND', amount = -5 where id = 1"))
                    .isInstanceOf(SQLException.class);
            statement.executeUpdate("update expense set kind = 'REFUND', refund_of = 2 where id = 3");
            statement.executeUpdate("delete from expense where id = 2");
            assertThat(strings(statement, "select kind || ':' || coalesce(refund_of, 0) from expense where id = 3"))
                    .containsExactly("REFUND:0");
        }

        // A second open changes nothing more: the seeds were named once.
        try (Database again = DefaultCategories.nameInLanguage(Database.open(settings, TestDatabases.tempDir("outlay-kinds-backups")), Locale.ENGLISH)) {
            assertThat(again.migratedThisOpen("17")).isFalse();
        }
        try (Connection connection = connect(settings); Statement statement = connection.createStatement()) {
            assertThat(strings(statement, "select name from category where income order by id"))
                    .containsExactly("Gehalt", "Erhaltene Geschenke");
        }
    }

    @Test
    void aNewLedgerHasTheIncomeCategoriesInItsCreatorsLanguage() throws SQLException {
        DatabaseSettings settings = DatabaseSettings.h2(TestDatabases.tempDir("outlay-kinds-new").resolve("outlay"));
        try (Database database = DefaultCategories.nameInLanguage(Database.open(settings, null), Locale.GERMAN);
             Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            assertThat(strings(statement, "select name from category where income order by id"))
                    .containsExactly("Gehalt", "Zinsen", "Erhaltene Geschenke");
            assertThat(strings(statement, "select name_key from category where income order by id"))
                    .containsExactly("gehalt", "zinsen", "erhaltene geschenke");
        }
    }

    private static void insertExpenses(DatabaseSettings settings) throws SQLException {
        OffsetDateTime at = OffsetDateTime.of(2026, 3, 1, 12, 0, 0, 0, ZoneOffset.UTC);
        try (Connection connection = connect(settings);
             PreparedStatement insert = connection.prepareStatement("insert into expense (id, spent_on, description, amount, "
                     + "category_id, notes, created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Object[][] rows = {
                    {1L, LocalDate.of(2026, 3, 1), "Groceries ‘week’", new BigDecimal("42.10"), 1L, null},
                    {2L, LocalDate.of(2026, 3, 2), "Jacket", new BigDecimal("120.00"), 7L, "winter"},
                    {3L, LocalDate.of(2026, 3, 3), "Bank fee", new BigDecimal("0.01"), 1000L, null}};
            for (Object[] row : rows) {
                insert.setLong(1, (Long) row[0]);
                insert.setObject(2, row[1]);
                insert.setString(3, (String) row[2]);
                insert.setBigDecimal(4, (BigDecimal) row[3]);
                insert.setLong(5, (Long) row[4]);
                insert.setString(6, (String) row[5]);
                insert.setObject(7, at);
                insert.setObject(8, at);
                insert.setLong(9, 3);
                insert.executeUpdate();
            }
        }
    }

    /** Every column an expense had before V17, as text, by id. */
    private static List<String> expenses(DatabaseSettings settings) throws SQLException {
        try (Connection connection = connect(settings); Statement statement = connection.createStatement()) {
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("select id, spent_on, description, amount, category_id, notes, "
                    + "created_at, updated_at, version, recurrence_id, occurrence_on from expense order by id")) {
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= 11; i++) {
                        Object value = i == 7 || i == 8 ? rs.getObject(i, OffsetDateTime.class).toInstant() : rs.getObject(i);
                        row.append(value).append('|');
                    }
                    rows.add(row.toString());
                }
            }
            return rows;
        }
    }

    private static List<String> strings(Statement statement, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static String password(DatabaseSettings settings) {
        return settings.kind() == DatabaseSettings.Kind.H2 ? "" : settings.password();
    }

    private static Connection connect(DatabaseSettings settings) throws SQLException {
        return DriverManager.getConnection(settings.jdbcUrl(), settings.user(), password(settings));
    }
}
