package app.outlay.ui.reports;

import app.outlay.domain.MoneyFormat;
import app.outlay.service.report.CurrencyTotal;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.ResourceBundle;
import java.util.function.Supplier;

/** Fills the reports' "by currency paid in" card from its {@link CurrencyBreakdownModel}. */
final class CurrencyBreakdownCard {

    private final CurrencyBreakdownModel model;
    private final Supplier<MoneyFormat> money;
    private final ResourceBundle resources;
    private final GridPane grid = new GridPane();

    CurrencyBreakdownCard(VBox card, CurrencyBreakdownModel model, Supplier<MoneyFormat> money, ResourceBundle resources) {
        this.model = model;
        this.money = money;
        this.resources = resources;
        Label title = new Label(resources.getString("reports.currency.title"));
        title.getStyleClass().add("card-title");
        grid.setHgap(24);
        grid.setVgap(6);
        grid.setId("currencyBreakdown");
        for (int i = 0; i < 5; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setHalignment(i == 0 ? HPos.LEFT : HPos.RIGHT);
            grid.getColumnConstraints().add(column);
        }
        card.getChildren().setAll(title, grid);
        card.visibleProperty().bind(model.anyForeignProperty());
        card.managedProperty().bind(card.visibleProperty());
        model.totals().addListener((ListChangeListener<CurrencyTotal>) change -> show());
    }

    /** Called again when the ledger's currency or the language changes the way amounts are written. */
    void show() {
        grid.getChildren().clear();
        String[] headers = {"reports.currency.column.currency", "reports.currency.column.asPaid", "reports.currency.column.ledger",
                "reports.currency.column.rate", "reports.column.count"};
        for (int i = 0; i < headers.length; i++) {
            Label header = new Label(resources.getString(headers[i]));
            header.getStyleClass().add("figure-caption");
            grid.add(header, i, 0);
        }
        int row = 1;
        for (CurrencyBreakdownModel.Line line : model.lines(money.get())) {
            grid.add(new Label(line.currency()), 0, row);
            grid.add(new Label(line.asPaid()), 1, row);
            grid.add(new Label(line.inLedger()), 2, row);
            grid.add(new Label(line.averageRate()), 3, row);
            grid.add(new Label(Long.toString(line.count())), 4, row);
            row++;
        }
        Label total = new Label(resources.getString("reports.periodTotal"));
        total.getStyleClass().add("total-caption");
        Label sum = new Label(money.get().format(model.total()));
        sum.getStyleClass().add("total-amount");
        grid.add(total, 0, row);
        grid.add(sum, 2, row);
    }
}
