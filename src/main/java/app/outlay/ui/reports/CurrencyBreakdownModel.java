package app.outlay.ui.reports;

import app.outlay.domain.MoneyFormat;
import app.outlay.service.report.CurrencyReport;
import app.outlay.service.report.CurrencyTotal;
import app.outlay.text.Texts;
import app.outlay.ui.common.LatestAnswer;
import app.outlay.ui.common.TaskRunner;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * The reports' breakdown by the currency entries were paid in (issue 22), for the period the category totals show:
 * per currency, the total as paid, its ledger total and the average rate. Shown only when the period has entries in
 * another currency; its ledger totals add up to the period's total.
 */
public final class CurrencyBreakdownModel {

    /** One line as the card shows it. */
    public record Line(String currency, String asPaid, String inLedger, String averageRate, long count) {
    }

    private final CurrencyReport report;
    private final TaskRunner tasks;
    private final Texts texts;
    private final ObservableList<CurrencyTotal> totals = FXCollections.observableArrayList();
    private final LatestAnswer answers = new LatestAnswer();
    private final BooleanBinding anyForeign = Bindings.createBooleanBinding(
            () -> totals.stream().anyMatch(t -> !t.isLedgerCurrency()), totals);

    public CurrencyBreakdownModel(CurrencyReport report, TaskRunner tasks, Texts texts) {
        this.report = report;
        this.tasks = tasks;
        this.texts = texts;
    }

    /** Reloads the breakdown for a period (the one the category totals were loaded for). */
    public void load(LocalDate from, LocalDate to) {
        tasks.run(texts.get("reports.currency.failed"), () -> report.byOriginalCurrency(from, to), answers.ask().ifLatest(totals::setAll));
    }

    /** The lines written the user's way: {@code 4,800 JPY}, {@code €29.46}, {@code 0.0061375}; the ledger's own first. */
    public List<Line> lines(MoneyFormat money) {
        return totals.stream().map(t -> {
            Currency currency = t.isLedgerCurrency() ? money.currency() : Currency.getInstance(t.currency());
            String asPaid = money.with(currency).plain(t.originalTotal()) + "\u00a0" + currency.getCurrencyCode();
            // Six significant digits read as a rate; the exact ratio is the ledger total over the total as paid.
            String rate = t.averageRate() == null ? "" : t.averageRate().round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
            return new Line(currency.getCurrencyCode(), asPaid, money.format(t.ledgerTotal()), rate, t.count());
        }).toList();
    }

    /** The sum of the ledger totals: the period's total. */
    public BigDecimal total() {
        return totals.stream().map(CurrencyTotal::ledgerTotal).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public ObservableList<CurrencyTotal> totals() {
        return totals;
    }

    /** Whether the period has entries in another currency than the ledger's: the card shows only then. */
    public BooleanBinding anyForeignProperty() {
        return anyForeign;
    }
}
