package app.outlay.ui.reports;

import app.outlay.service.report.MonthTotal;
import app.outlay.ui.common.CategoryCell;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Fills the "spending by month" charts from totals the database already summed. */
final class MonthCharts {

    private final ReportText text;

    MonthCharts(ReportText text) {
        this.text = text;
    }

    /** One bar per month. */
    void showTotals(BarChart<String, Number> chart, Map<YearMonth, BigDecimal> totals) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        totals.forEach((month, total) -> series.getData().add(new XYChart.Data<>(text.shortMonth(month), total.doubleValue())));
        chart.getData().setAll(List.of(series));
        List<BigDecimal> amounts = List.copyOf(totals.values());
        for (int i = 0; i < series.getData().size(); i++) {
            XYChart.Data<String, Number> bar = series.getData().get(i);
            Tooltip.install(bar.getNode(), new Tooltip(text.message("reports.tip.month", bar.getXValue(), text.money(amounts.get(i)))));
        }
        // The last month is the one still running: drawn lighter, so a short bar does not read as thrift.
        series.getData().get(series.getData().size() - 1).getNode().getStyleClass().add("current-month");
    }

    /** One series per category, largest overall at the bottom, in the category's colour; returns its legend. */
    List<Node> showByCategory(StackedBarChart<String, Number> chart, List<YearMonth> months, List<MonthTotal> totals) {
        List<CategoryMonths> categories = byCategory(months, totals);
        chart.getData().clear();
        List<Node> legend = new ArrayList<>();
        for (CategoryMonths category : categories) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(category.name());
            for (int i = 0; i < months.size(); i++) {
                series.getData().add(new XYChart.Data<>(text.shortMonth(months.get(i)), category.totals().get(i).doubleValue()));
            }
            chart.getData().add(series);
            // The chart made the bars as it took the series: colour them like their category, not by position.
            for (int i = 0; i < months.size(); i++) {
                Node bar = series.getData().get(i).getNode();
                bar.setStyle("-fx-bar-fill: " + category.colour() + ";");
                String tip = text.message("reports.tip.categoryMonth", category.name(), text.shortMonth(months.get(i)),
                        text.money(category.totals().get(i)));
                Tooltip.install(bar, new Tooltip(tip));
            }
            Label item = new Label(category.name(), CategoryCell.dot(category.colour(), category.name(), text.bundle()));
            item.getStyleClass().add("report-legend-item");
            legend.add(item);
        }
        return legend;
    }

    /** A category's total in each month shown (zero where nothing was spent), and over all of them. */
    private record CategoryMonths(String name, String colour, List<BigDecimal> totals, BigDecimal overall) {
    }

    /**
     * Regroups the database's (month, category) sums by category. Every month is in every series, zeros too, so the
     * axis keeps the months in calendar order.
     */
    private List<CategoryMonths> byCategory(List<YearMonth> months, List<MonthTotal> totals) {
        Map<Object, List<MonthTotal>> grouped = new LinkedHashMap<>();
        totals.forEach(t -> grouped.computeIfAbsent(key(t), k -> new ArrayList<>()).add(t));
        List<CategoryMonths> categories = new ArrayList<>();
        for (List<MonthTotal> category : grouped.values()) {
            List<BigDecimal> perMonth = months.stream().map(month -> category.stream().filter(t -> t.month().equals(month))
                    .map(MonthTotal::total).findFirst().orElse(BigDecimal.ZERO)).toList();
            MonthTotal first = category.get(0);
            categories.add(new CategoryMonths(text.category(first.categoryId(), first.name()), first.colour(), perMonth,
                    perMonth.stream().reduce(BigDecimal.ZERO, BigDecimal::add)));
        }
        categories.sort(Comparator.comparing(CategoryMonths::overall).reversed().thenComparing(CategoryMonths::name));
        return categories;
    }

    /** Expenses without a category have a null id; they still form one series. */
    private static Object key(MonthTotal total) {
        return Objects.requireNonNullElse(total.categoryId(), Long.MIN_VALUE);
    }
}
