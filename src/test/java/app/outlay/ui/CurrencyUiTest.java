package app.outlay.ui;

import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.domain.ExpenseDetails;
import app.outlay.service.ledger.LedgerService;
import app.outlay.testing.TestPostgres;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;

/** The ledger's currency: the locale's by default, chosen in the settings, and the same for every client. */
class CurrencyUiTest extends OutlayUiTest {

    private static final String NBSP = "\u00a0";

    @Test
    void aNewLedgerTakesTheCurrencyOfTheUsersLocale() {
        // Locale.US: the first start stores US dollars as the ledger's currency.
        assertThat(context.ledger().chosenCurrency()).contains(Currency.getInstance("USD"));
        assertThat(totalText()).isEqualTo("$0.00");
        assertThat(amountHeader()).isEqualTo("Amount ($)");
    }

    @Test
    void choosingFrancsInTheSettingsShowsThemAtOnceAndAtTheNextStart() throws Exception {
        context.expenses().add(new ExpenseDetails(LocalDate.of(2026, 3, 1), "Train", new BigDecimal("42.90"), 5L, null));
        interact(context::ledgerChanged);
        waitUntil(() -> !context.tasks().isBusy() && rows().size() == 1);
        assertThat(totalText()).isEqualTo("$42.90");

        press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        awaitWindowWith("#currencyBox");
        ComboBox<?> currencies = lookup("#currencyBox").queryAs(ComboBox.class);
        assertThat(currencies.getEditor().getText()).isEqualTo("USD \u2014 US Dollar");
        clickOn(currencies.getEditor());
        push(KeyCode.CONTROL, KeyCode.A).write("xyz");
        assertThat(lookup("#saveButton").query().isDisabled()).as("no such currency").isTrue();
        push(KeyCode.CONTROL, KeyCode.A).write("chf");
        assertThat(lookup("#saveButton").query().isDisabled()).isFalse();
        clickOn("#saveButton");

        waitUntil(() -> windowWith("#currencyBox") == null && !context.tasks().isBusy());
        assertThat(totalText()).isEqualTo("CHF" + NBSP + "42.90");
        assertThat(amountHeader()).isEqualTo("Amount (CHF)");
        assertThat(context.ledger().chosenCurrency()).contains(Currency.getInstance("CHF"));

        closeApp();
        startContext();
        assertThat(totalText()).isEqualTo("CHF" + NBSP + "42.90");
    }

    /** Two Outlays on one PostgreSQL ledger: the currency one of them chooses shows in the other within seconds. */
    @Test
    void aCurrencyChosenByAnotherClientOfASharedLedgerShowsWithoutARestart() {
        var shared = TestPostgres.freshDatabaseWithPassword();
        Database mine = Database.open(shared);
        interact(() -> context.activate(mine));
        waitUntil(() -> !context.tasks().isBusy() && databaseText().startsWith("PostgreSQL"));
        assertThat(new LedgerService(new DatabaseHolder(mine)).chosenCurrency()).contains(Currency.getInstance("USD"));

        try (Database theirs = Database.open(shared)) {
            new LedgerService(new DatabaseHolder(theirs)).setCurrency(Currency.getInstance("JPY"));
            waitUntil(() -> totalText().equals("\u00a50"));
        }
        assertThat(amountHeader()).isEqualTo("Amount (\u00a5)");
    }

    @SuppressWarnings("unchecked")
    private String amountHeader() {
        TableView<?> table = lookup("#table").queryAs(TableView.class);
        return table.getColumns().stream().filter(c -> "amountColumn".equals(c.getId())).map(TableColumn::getText)
                .findFirst().orElseThrow();
    }
}
