package app.outlay.ui.reports;

import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.domain.ExpenseDetails;
import app.outlay.domain.ForeignAmount;
import app.outlay.domain.MoneyFormat;
import app.outlay.service.report.CurrencyReport;
import app.outlay.service.expense.ExpenseService;
import app.outlay.service.ledger.LedgerService;
import app.outlay.testing.SameThreadTasks;
import app.outlay.testing.TestDatabases;
import app.outlay.text.Texts;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The reports' breakdown by currency paid in, without a window (issue 22). */
class CurrencyBreakdownModelTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Test
    void eachCurrencyWithItsLedgerTotalAndAverageRateAddingUpToThePeriod() {
        Database database = TestDatabases.h2();
        TestDatabases.reset(database);
        DatabaseHolder holder = new DatabaseHolder(database);
        new LedgerService(holder).setCurrency(EUR);
        ExpenseService expenses = new ExpenseService(holder);
        SameThreadTasks tasks = new SameThreadTasks();
        CurrencyBreakdownModel model = new CurrencyBreakdownModel(new CurrencyReport(holder), tasks, Texts.of(Locale.UK));

        expenses.add(new ExpenseDetails(DAY, "Bread", new BigDecimal("2.10"), null, null));
        model.load(DAY, DAY);
        assertThat(model.anyForeignProperty().get()).as("only the ledger's currency: no card").isFalse();

        expenses.add(new ExpenseDetails(DAY, "Ramen", BigDecimal.ONE, null, null)
                .paidIn(ForeignAmount.atRate(Currency.getInstance("JPY"), new BigDecimal("3200"), new BigDecimal("0.0061")), EUR));
        expenses.add(new ExpenseDetails(DAY, "Taxi", BigDecimal.ONE, null, null)
                .paidIn(ForeignAmount.atRate(Currency.getInstance("KWD"), new BigDecimal("3.200"), new BigDecimal("2.95")), EUR));
        model.load(DAY, DAY);

        assertThat(model.anyForeignProperty().get()).isTrue();
        assertThat(model.lines(new MoneyFormat(Locale.UK, EUR))).containsExactly(
                new CurrencyBreakdownModel.Line("EUR", "2.10\u00a0EUR", "€2.10", "", 1),
                new CurrencyBreakdownModel.Line("JPY", "3,200\u00a0JPY", "€19.52", "0.0061", 1),
                new CurrencyBreakdownModel.Line("KWD", "3.200\u00a0KWD", "€9.44", "2.95", 1));
        assertThat(model.total()).isEqualTo("31.06");
        assertThat(tasks.failures()).isEmpty();
    }
}
