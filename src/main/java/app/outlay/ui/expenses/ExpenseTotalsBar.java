package app.outlay.ui.expenses;

import app.outlay.domain.MoneyFormat;
import app.outlay.service.expense.ExpenseSummary;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.util.Duration;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;

/** The line under the expense table: how many expenses are shown, their total, what came in, and the net. */
final class ExpenseTotalsBar {

    /** The labels of the bar, as ExpensesView.fxml declares them. */
    record Labels(Label shown, Label totalCaption, Label total, Label receivedCaption, Label received, Label netCaption, Label net) {
    }

    /** The style class of a figure that belongs to the list before (app.css). */
    static final String STALE = "figure-stale";
    private static final int STALE_AFTER_MILLIS = 150;

    private ExpenseTotalsBar() {
    }

    static void bind(Labels labels, ExpenseListViewModel model, ObservableValue<MoneyFormat> money, Locale locale,
                     ResourceBundle resources) {
        labels.shown().textProperty().bind(Bindings.createStringBinding(() -> {
            if (model.ledgerCountProperty().get() < 0) {
                return "";
            }
            ExpenseSummary summary = model.summaryProperty().get();
            String count = NumberFormat.getIntegerInstance(locale).format(summary.count());
            return summary.count() == 1 ? resources.getString("expenses.shown.one")
                    : MessageFormat.format(resources.getString("expenses.shown.many"), count);
        }, model.summaryProperty(), model.ledgerCountProperty()));
        labels.totalCaption().setText(resources.getString("totals.caption"));
        // Nothing until the totals are known: a zero while loading would be a wrong figure.
        labels.totalCaption().visibleProperty().bind(model.ledgerCountProperty().greaterThanOrEqualTo(0));
        // Received and net: spending net of refunds beside what came in.
        for (Label label : new Label[] {labels.total(), labels.receivedCaption(), labels.received(), labels.netCaption(), labels.net()}) {
            label.visibleProperty().bind(labels.totalCaption().visibleProperty());
        }
        showAmount(labels.total(), ExpenseSummary::total, model, money);
        showAmount(labels.received(), ExpenseSummary::received, model, money);
        showAmount(labels.net(), ExpenseSummary::net, model, money);
        model.summaryProperty().addListener((obs, old, summary) -> {
            labels.net().getStyleClass().removeAll("net-negative", "net-positive");
            labels.net().getStyleClass().add(summary.net().signum() < 0 ? "net-negative" : "net-positive");
        });
        markStaleFigures(labels, model);
    }

    /**
     * While a new list's count and total are summed, the previous list's figures are dimmed: they are not the rows'
     * any more. Only after a moment, so that figures that come at once (most filters: from the kept totals) never flicker.
     */
    private static void markStaleFigures(Labels labels, ExpenseListViewModel model) {
        Label[] figures = {labels.shown(), labels.total(), labels.received(), labels.net()};
        PauseTransition moment = new PauseTransition(Duration.millis(STALE_AFTER_MILLIS));
        moment.setOnFinished(event -> {
            for (Label figure : figures) {
                figure.getStyleClass().add(STALE);
            }
        });
        model.totalsPendingProperty().addListener((obs, was, pending) -> {
            moment.stop();
            for (Label figure : figures) {
                figure.getStyleClass().remove(STALE);
            }
            if (pending) {
                moment.playFromStart();
            }
        });
    }

    private static void showAmount(Label label, Function<ExpenseSummary, BigDecimal> amount, ExpenseListViewModel model,
                                   ObservableValue<MoneyFormat> money) {
        label.textProperty().bind(Bindings.createStringBinding(
                () -> money.getValue().format(amount.apply(model.summaryProperty().get())), model.summaryProperty(), money));
    }
}
