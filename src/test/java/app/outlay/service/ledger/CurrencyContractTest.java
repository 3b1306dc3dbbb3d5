package app.outlay.service.ledger;

import app.outlay.service.history.ChangeRow;
import app.outlay.service.history.HistoryService;
import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ledger's currency, stored in the database so every client of a shared ledger shows the same one. */
abstract class CurrencyContractTest {

    private static final Currency CHF = Currency.getInstance("CHF");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final Currency USD = Currency.getInstance("USD");

    protected LedgerService ledger;
    protected Database database;

    protected abstract Database database();

    @BeforeEach
    void cleanLedger() {
        database = database();
        TestDatabases.reset(database);
        ledger = new LedgerService(new DatabaseHolder(database));
    }

    @Test
    void aNewLedgerHasNoCurrencyUntilTheFirstClientStoresItsDefault() {
        assertThat(ledger.chosenCurrency()).isEmpty();

        assertThat(ledger.currencyOrAdopt(CHF)).isEqualTo(CHF);
        // A second client with another default finds the first one's choice and keeps it.
        assertThat(ledger.currencyOrAdopt(USD)).isEqualTo(CHF);
        assertThat(ledger.chosenCurrency()).contains(CHF);
    }

    @Test
    void aChosenCurrencyIsStoredForEveryClientAndRecordedInTheHistory() {
        ledger.currencyOrAdopt(USD);

        assertThat(ledger.setCurrency(JPY)).isEqualTo(JPY);

        // Another client: a service of its own on the same database.
        assertThat(new LedgerService(new DatabaseHolder(database)).chosenCurrency()).contains(JPY);
        assertThat(ledger.currencyOrAdopt(USD)).isEqualTo(JPY);
        List<ChangeRow> history = new HistoryService(new DatabaseHolder(database)).ofLedger(10);
        assertThat(history).hasSize(1);
        assertThat(history.get(0).summary()).isEqualTo("Changed the ledger\u2019s currency: USD \u2192 JPY");
    }

    @Test
    void choosingTheSameCurrencyAgainChangesNothing() {
        ledger.setCurrency(CHF);
        ledger.setCurrency(CHF);
        assertThat(new HistoryService(new DatabaseHolder(database)).ofLedger(10)).hasSize(1);
        assertThat(ledger.chosenCurrency()).contains(CHF);
    }

    @Test
    void theLedgerHasExactlyOneRowAndUpperCaseCodes() throws SQLException {
        assertThatThrownBy(() -> execute("insert into ledger (id, currency, version) values (2, 'EUR', 0)"))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> execute("update ledger set currency = 'eur'")).isInstanceOf(SQLException.class);
        assertThat(ledger.chosenCurrency()).isEmpty();
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
