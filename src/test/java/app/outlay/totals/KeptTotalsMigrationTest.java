package app.outlay.totals;

import app.outlay.data.Database;
import app.outlay.data.DatabaseSettings;
import app.outlay.data.Migrations;
import app.outlay.testing.TestDatabases;
import app.outlay.testing.TestPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V28 on a ledger an older Outlay left (at V26, with entries of every kind, with and without a category, and split
 * payments, one with a category of its own as a rule may give it): the migration itself fills the kept totals, and
 * they equal what the rows give. On H2 and PostgreSQL.
 */
class KeptTotalsMigrationTest {

    @Test
    void anH2LedgerIsSummedByTheUpgrade() throws SQLException {
        upgradesSummed(DatabaseSettings.h2(TestDatabases.tempDir("outlay-kept-upgrade").resolve("outlay")), "h2");
    }

    @Test
    void aPostgresqlLedgerIsSummedByTheUpgrade() throws SQLException {
        upgradesSummed(TestPostgres.freshDatabase(), "postgresql");
    }

    private static void upgradesSummed(DatabaseSettings settings, String vendor) throws SQLException {
        String password = settings.kind() == DatabaseSettings.Kind.H2 ? "" : settings.password();
        Flyway.configure().dataSource(settings.jdbcUrl(), settings.user(), password)
                .locations(Migrations.LOCATION, Migrations.VENDOR_LOCATION + vendor).target("26").load().migrate();
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), password);
             Statement statement = connection.createStatement()) {
            String columns = "insert into expense (id, spent_on, description, amount, category_id, created_at, updated_at, kind, split) values ";
            statement.executeUpdate(columns + "(1, date '2026-04-30', 'Bakery', 2.80, 1, current_timestamp, current_timestamp, 'EXPENSE', false)");
            statement.executeUpdate(columns + "(2, date '2026-05-01', 'Cinema', 12.00, null, current_timestamp, current_timestamp, 'EXPENSE', false)");
            statement.executeUpdate(columns + "(3, date '2026-05-09', 'Train back', 5.00, 5, current_timestamp, current_timestamp, 'REFUND', false)");
            statement.executeUpdate(columns + "(4, date '2026-05-31', 'Salary', 1800.00, 11, current_timestamp, current_timestamp, 'INCOME', false)");
            statement.executeUpdate(columns + "(5, date '2026-06-02', 'Market', 16.50, null, current_timestamp, current_timestamp, 'EXPENSE', true)");
            statement.executeUpdate(columns + "(6, date '2026-06-03', 'Store', 40.00, 5, current_timestamp, current_timestamp, 'EXPENSE', true)");
            String parts = "insert into expense_split (id, expense_id, position, category_id, amount) values ";
            statement.executeUpdate(parts + "(1, 5, 1, 1, 10.00)");
            statement.executeUpdate(parts + "(2, 5, 2, 7, 5.00)");
            statement.executeUpdate(parts + "(3, 5, 3, 1, 1.50)");
            statement.executeUpdate(parts + "(4, 6, 1, 7, 30.00)");
            statement.executeUpdate(parts + "(5, 6, 2, null, 10.00)");
        }

        try (Database database = Database.open(settings, TestDatabases.tempDir("outlay-kept-upgrade-backups"))) {
            assertThat(database.migratedThisOpen("28")).isTrue();
            KeptTotalsContractTest.assertKept(database);
        }
    }
}
