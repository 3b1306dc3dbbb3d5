package app.outlay.ui.reports;

import app.outlay.service.report.MonthFlow;
import app.outlay.ui.common.ColumnTitles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;

/**
 * The "income vs spending" card: per month of the last twelve a bar of spending (net of refunds) beside a bar of
 * income, a table of both with the net and the savings rate, and the savings rate of the whole period. Figures come
 * summed from the database ({@link app.outlay.service.report.ReportService#flows}).
 */
final class IncomeSpending {

    private static final double ROW_HEIGHT = 32;
    private static final double HEADER_HEIGHT = 38;

    private final ReportText text;
    private final BarChart<String, Number> chart;
    private final TableView<MonthFlow> table;
    private final Label range;
    private final Label rate;

    IncomeSpending(ReportText text, BarChart<String, Number> chart, NumberAxis axis, TableView<MonthFlow> table,
                   Label range, Label rate) {
        this.text = text;
        this.chart = chart;
        this.table = table;
        this.range = range;
        this.rate = rate;
        chart.getStyleClass().add("flow-chart"); // spending in the accent, income in the money-in green (app.css)
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // Every month of the period at once, without a scroll bar of its own (the screen scrolls).
        table.setFixedCellSize(ROW_HEIGHT);
        table.prefHeightProperty().bind(Bindings.size(table.getItems()).multiply(ROW_HEIGHT).add(HEADER_HEIGHT));
        table.setMinHeight(Region.USE_PREF_SIZE);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number amount) {
                return text.axisAmount(amount);
            }

            @Override
            public Number fromString(String string) {
                return null;
            }
        });
    }

    void setUpTable(TableColumn<MonthFlow, MonthFlow> month, TableColumn<MonthFlow, MonthFlow> spent,
                    TableColumn<MonthFlow, MonthFlow> received, TableColumn<MonthFlow, MonthFlow> net,
                    TableColumn<MonthFlow, MonthFlow> savings) {
        column(month, f -> text.shortMonth(f.month()), Pos.CENTER_LEFT);
        column(spent, f -> text.money(f.spent()), Pos.CENTER_RIGHT);
        column(received, f -> text.money(f.received()), Pos.CENTER_RIGHT);
        column(net, f -> text.signedMoney(f.net()), Pos.CENTER_RIGHT);
        column(savings, f -> f.savingsRate() == null ? "\u2014" : text.percent(f.savingsRate()), Pos.CENTER_RIGHT);
        // Titles whole in every language and width ("Ausgegeb…" was cut in German).
        for (TableColumn<MonthFlow, MonthFlow> each : List.of(month, spent, received, net, savings)) {
            ColumnTitles.keepWhole(table, each);
        }
    }

    private static void column(TableColumn<MonthFlow, MonthFlow> column, Function<MonthFlow, String> shown, Pos alignment) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> {
            TableCell<MonthFlow, MonthFlow> cell = new TableCell<>() {
                @Override
                protected void updateItem(MonthFlow flow, boolean empty) {
                    super.updateItem(flow, empty);
                    setText(empty || flow == null ? null : shown.apply(flow));
                }
            };
            // The table's style puts cells' text on the left, over a set alignment: figures right, under their titles.
            if (alignment == Pos.CENTER_RIGHT) {
                cell.getStyleClass().add("amount-cell");
            }
            return cell;
        });
    }

    void show(List<MonthFlow> months) {
        if (months.isEmpty()) {
            return;
        }
        XYChart.Series<String, Number> spent = new XYChart.Series<>();
        spent.setName(text.message("reports.flows.spent"));
        XYChart.Series<String, Number> received = new XYChart.Series<>();
        received.setName(text.message("reports.flows.received"));
        for (MonthFlow month : months) {
            spent.getData().add(new XYChart.Data<>(text.shortMonth(month.month()), month.spent().max(BigDecimal.ZERO).doubleValue()));
            received.getData().add(new XYChart.Data<>(text.shortMonth(month.month()), month.received().doubleValue()));
        }
        chart.getData().setAll(List.of(spent, received));
        for (int i = 0; i < months.size(); i++) {
            MonthFlow month = months.get(i);
            String tip = text.message("reports.tip.flow", text.shortMonth(month.month()), text.money(month.spent()),
                    text.money(month.received()), text.signedMoney(month.net()));
            Tooltip.install(spent.getData().get(i).getNode(), new Tooltip(tip));
            Tooltip.install(received.getData().get(i).getNode(), new Tooltip(tip));
        }
        // Newest month first in the table, as the list of expenses reads.
        List<MonthFlow> newestFirst = new java.util.ArrayList<>(months);
        java.util.Collections.reverse(newestFirst);
        table.getItems().setAll(newestFirst);
        range.setText(text.message("reports.range", text.shortMonth(months.get(0).month()),
                text.shortMonth(months.get(months.size() - 1).month())));
        BigDecimal in = months.stream().map(MonthFlow::received).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal out = months.stream().map(MonthFlow::spent).reduce(BigDecimal.ZERO, BigDecimal::add);
        rate.setText(in.signum() <= 0 ? text.message("reports.flows.noIncome")
                : text.message("reports.flows.savingsRate", text.percent(
                in.subtract(out).multiply(BigDecimal.valueOf(100)).divide(in, 1, RoundingMode.HALF_UP))));
    }
}
