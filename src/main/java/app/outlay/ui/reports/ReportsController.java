package app.outlay.ui.reports;

import app.outlay.service.category.CategoryTotal;
import app.outlay.service.report.MonthComparison;
import app.outlay.service.report.MonthFlow;
import app.outlay.text.Texts;
import app.outlay.ui.common.AppState;
import app.outlay.ui.common.TaskRunner;
import app.outlay.ui.common.ViewScope;
import app.outlay.ui.common.CategoryCell;
import app.outlay.ui.common.Period;
import app.outlay.ui.common.PeriodPicker;
import app.outlay.ui.reports.ReportsViewModel.Trend;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import javafx.util.StringConverter;

import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The reports screen: this month against last month and the monthly average, totals by category for a period
 * (pie and table), and the last twelve months (bars, optionally stacked by category).
 */
public final class ReportsController {

    private static final double ROW_HEIGHT = 32;
    private static final double HEADER_HEIGHT = 38;

    private final AppState state;
    private final ViewScope scope;
    private final TaskRunner tasks;
    private final ReportsViewModel model;
    private final CurrencyBreakdownModel currencies;
    @FXML private javafx.scene.layout.VBox currencyCard;
    private final ReportText text;
    private final Texts texts;
    private final MonthCharts monthCharts;
    private Path lastFolder;

    @FXML private Label thisMonthCaption;
    @FXML private Label thisMonthAmount;
    @FXML private Label thisMonthNote;
    @FXML private Label lastMonthCaption;
    @FXML private Label lastMonthAmount;
    @FXML private Label lastMonthChange;
    @FXML private Label averageCaption;
    @FXML private Label averageAmount;
    @FXML private Label averageChange;

    @FXML private Label rangeLabel;
    @FXML private Label periodProblemLabel;
    @FXML private ComboBox<Period> reportPeriodBox;
    @FXML private HBox reportCustomRange;
    @FXML private Button savePieButton;
    @FXML private HBox categoryContent;
    @FXML private PieChart pieChart;
    @FXML private TableView<CategoryTotal> categoryTable;
    @FXML private TableColumn<CategoryTotal, CategoryTotal> categoryColumn;
    @FXML private TableColumn<CategoryTotal, BigDecimal> totalColumn;
    @FXML private TableColumn<CategoryTotal, BigDecimal> shareColumn;
    @FXML private TableColumn<CategoryTotal, Long> countColumn;
    @FXML private Label periodTotalLabel;
    @FXML private VBox categoryEmpty;

    @FXML private Label monthsRangeLabel;
    @FXML private CheckBox stackedBox;
    @FXML private Button saveMonthsButton;
    @FXML private VBox monthContent;
    @FXML private BarChart<String, Number> monthChart;
    @FXML private NumberAxis amountAxis;
    @FXML private StackedBarChart<String, Number> stackedChart;
    @FXML private NumberAxis stackedAmountAxis;
    @FXML private FlowPane legend;
    @FXML private VBox monthEmpty;
    @FXML private Label flowRangeLabel;
    @FXML private Label savingsRateLabel;
    @FXML private BarChart<String, Number> flowChart;
    @FXML private NumberAxis flowAxis;
    @FXML private TableView<MonthFlow> flowTable;
    @FXML private TableColumn<MonthFlow, MonthFlow> flowMonthColumn;
    @FXML private TableColumn<MonthFlow, MonthFlow> flowSpentColumn;
    @FXML private TableColumn<MonthFlow, MonthFlow> flowReceivedColumn;
    @FXML private TableColumn<MonthFlow, MonthFlow> flowNetColumn;
    @FXML private TableColumn<MonthFlow, MonthFlow> flowRateColumn;
    @FXML private ResourceBundle resources;

    public ReportsController(ReportsViewModel model, AppState state, ViewScope scope, TaskRunner tasks, Texts texts) {
        this(model, state, scope, tasks, texts, null);
    }

    /** @param currencies the breakdown by currency paid in (issue 22); null: no such card */
    public ReportsController(ReportsViewModel model, AppState state, ViewScope scope, TaskRunner tasks, Texts texts,
                             CurrencyBreakdownModel currencies) {
        this.currencies = currencies;
        this.model = model;
        this.state = state;
        this.scope = scope;
        this.tasks = tasks;
        this.texts = texts;
        this.text = new ReportText(state.locale(), state::money, texts.bundle());
        this.monthCharts = new MonthCharts(text);
    }

    @FXML
    private void initialize() {
        if (currencies != null) {
            // The breakdown follows the period the category totals show (issue 22).
            CurrencyBreakdownCard card = new CurrencyBreakdownCard(currencyCard, currencies, state::money, resources);
            model.shownRangeProperty().addListener((obs, old, range) -> {
                if (range != null) {
                    currencies.load(range.from(), range.to());
                }
            });
            state.moneyProperty().addListener((obs, old, now) -> card.show());
        }
        setUpPeriod();
        setUpTable();
        setUpMonthCharts();
        model.categoryTotals().addListener((ListChangeListener<CategoryTotal>) change -> showCategories());
        model.trendProperty().addListener((obs, old, trend) -> showTrend(trend));
        IncomeSpending flows = new IncomeSpending(text, flowChart, flowAxis, flowTable, flowRangeLabel, savingsRateLabel);
        flows.setUpTable(flowMonthColumn, flowSpentColumn, flowReceivedColumn, flowNetColumn, flowRateColumn);
        model.flowsProperty().addListener((obs, old, months) -> flows.show(months));
        scope.whileViewsLive(state.ledgerChangesProperty(), (obs, old, count) -> model.refresh());
        // Another currency: the same figures, written again.
        scope.whileViewsLive(state.moneyProperty(), (obs, old, money) -> {
            categoryTable.refresh();
            showCategories();
            if (model.trendProperty().get() != null) {
                showTrend(model.trendProperty().get());
            }
            if (model.flowsProperty().get() != null) {
                flows.show(model.flowsProperty().get());
            }
        });
        scope.whileViewsLive(state.ledgerProperty(), (obs, old, database) -> {
            if (database != null) {
                model.refresh();
            }
        });
        if (state.ledgerProperty().get() != null) {
            model.refresh();
        }
    }

    // --- totals by category

    private void setUpPeriod() {
        PeriodPicker.bind(reportPeriodBox, reportCustomRange, "report", model.period(), ReportsViewModel.PERIODS, resources);
        model.period().onChange(model::refreshCategories);
        // From after To: said in red under the header; the figures stay those of the range the subtitle names.
        periodProblemLabel.textProperty().bind(Bindings.createStringBinding(() -> model.periodProblemProperty().get() == null
                ? "" : texts.of(model.periodProblemProperty().get()), model.periodProblemProperty()));
        periodProblemLabel.visibleProperty().bind(model.periodProblemProperty().isNotNull());
        periodProblemLabel.managedProperty().bind(periodProblemLabel.visibleProperty());
        rangeLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            ReportsViewModel.Range range = model.shownRangeProperty().get();
            return range == null ? "" : message("reports.range", text.date(range.from()), text.date(range.to()));
        }, model.shownRangeProperty()));
        periodTotalLabel.textProperty().bind(Bindings.createStringBinding(
                () -> text.money(model.periodTotalProperty().get()), model.periodTotalProperty(), state.moneyProperty()));
        // Bound, not set after a load: an empty answer to an empty list changes no list, so no listener would hear it.
        categoryContent.visibleProperty().bind(Bindings.isNotEmpty(model.categoryTotals()));
        categoryEmpty.visibleProperty().bind(model.categoriesLoadedProperty().and(Bindings.isEmpty(model.categoryTotals())));
        savePieButton.disableProperty().bind(categoryContent.visibleProperty().not());
    }

    private void setUpTable() {
        SortedList<CategoryTotal> sorted = new SortedList<>(model.categoryTotals());
        sorted.comparatorProperty().bind(categoryTable.comparatorProperty());
        categoryTable.setItems(sorted);
        // Tall enough for every category without a scroll bar: a ledger has a handful, rarely more than a dozen.
        categoryTable.setFixedCellSize(ROW_HEIGHT);
        categoryTable.prefHeightProperty().bind(Bindings.size(model.categoryTotals()).multiply(ROW_HEIGHT).add(HEADER_HEIGHT));
        categoryTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        categoryColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        categoryColumn.setComparator(Comparator.comparing(this::name, String.CASE_INSENSITIVE_ORDER));
        categoryColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(CategoryTotal total, boolean empty) {
                super.updateItem(total, empty);
                setText(empty || total == null ? null : name(total));
                setGraphic(empty || total == null ? null : CategoryCell.dot(total.colour(), name(total), resources));
            }
        });
        totalColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().total()));
        totalColumn.setCellFactory(column -> rightAligned(text::money));
        shareColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().shareOf(model.periodTotalProperty().get())));
        shareColumn.setCellFactory(column -> rightAligned(text::percent));
        countColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().count()));
        countColumn.setCellFactory(column -> rightAligned(text::count));
    }

    private void showCategories() {
        List<CategoryTotal> totals = List.copyOf(model.categoryTotals());
        BigDecimal all = model.periodTotalProperty().get();
        List<PieChart.Data> slices = totals.stream().map(t -> new PieChart.Data(name(t), t.total().doubleValue())).toList();
        pieChart.getData().setAll(slices);
        // The chart made a node per slice as it took the data: colour each like its category, not by position.
        for (int i = 0; i < slices.size(); i++) {
            CategoryTotal total = totals.get(i);
            Node slice = slices.get(i).getNode();
            slice.setStyle("-fx-pie-color: " + total.colour() + ";");
            String tip = message("reports.tip.slice", name(total), text.money(total.total()), text.percent(total.shareOf(all)));
            // The chart itself gives each slice an accessible text (its name and value).
            Tooltip.install(slice, new Tooltip(tip));
        }
    }

    // --- the last twelve months

    private void setUpMonthCharts() {
        StringConverter<Number> ticks = new StringConverter<>() {
            @Override
            public String toString(Number amount) {
                return text.axisAmount(amount);
            }

            @Override
            public Number fromString(String string) {
                throw new UnsupportedOperationException();
            }
        };
        amountAxis.setTickLabelFormatter(ticks);
        stackedAmountAxis.setTickLabelFormatter(ticks);
        stackedBox.selectedProperty().bindBidirectional(model.stackedProperty());
        monthChart.visibleProperty().bind(model.stackedProperty().not());
        stackedChart.visibleProperty().bind(model.stackedProperty());
        legend.visibleProperty().bind(model.stackedProperty());
        legend.managedProperty().bind(legend.visibleProperty());
        monthContent.setVisible(false);
        saveMonthsButton.disableProperty().bind(monthContent.visibleProperty().not());
    }

    private void showTrend(Trend trend) {
        showComparison(trend.comparison());
        List<YearMonth> months = List.copyOf(trend.monthTotals().keySet());
        monthsRangeLabel.setText(message("reports.range", text.shortMonth(months.get(0)), text.shortMonth(months.get(months.size() - 1))));
        monthCharts.showTotals(monthChart, trend.monthTotals());
        legend.getChildren().setAll(monthCharts.showByCategory(stackedChart, months, trend.byCategory()));
        monthContent.setVisible(!trend.isEmpty());
        monthEmpty.setVisible(trend.isEmpty());
    }

    private void showComparison(MonthComparison comparison) {
        YearMonth month = comparison.month();
        thisMonthCaption.setText(message("reports.compare.thisMonth", text.monthYear(month)));
        thisMonthAmount.setText(text.money(comparison.thisMonth()));
        thisMonthNote.setText(month.equals(YearMonth.from(model.today()))
                ? message("reports.compare.soFar", model.today().getDayOfMonth(), month.lengthOfMonth()) : "");
        lastMonthCaption.setText(message("reports.compare.lastMonth", text.monthYear(month.minusMonths(1))));
        lastMonthAmount.setText(text.money(comparison.lastMonth()));
        showChange(lastMonthChange, Change.between(comparison.thisMonth(), comparison.lastMonth()));
        if (!comparison.hasAverage()) {
            // Less than one complete month of expenses: any average and percentage would mislead.
            averageCaption.setText(resources.getString("reports.compare.averageNone"));
            averageAmount.setText(resources.getString("reports.compare.noAmount"));
            averageChange.getStyleClass().removeAll("change-up", "change-down", "change-same");
            averageChange.setText(resources.getString("reports.compare.averageLater"));
            return;
        }
        averageCaption.setText(comparison.averagedMonths() == 1
                ? message("reports.compare.averageOne", text.shortMonth(comparison.averageFrom()))
                : message("reports.compare.average", comparison.averagedMonths(),
                        text.shortMonth(comparison.averageFrom()), text.shortMonth(month.minusMonths(1))));
        averageAmount.setText(text.money(comparison.monthlyAverage()));
        showChange(averageChange, Change.between(comparison.thisMonth(), comparison.monthlyAverage()));
    }

    /** "+12.30 (+5.2%) this month": red-ish when this month costs more, green-ish when less. */
    private void showChange(Label label, Change change) {
        label.getStyleClass().removeAll("change-up", "change-down", "change-same");
        if (change.amount().signum() == 0) {
            label.setText(resources.getString("reports.compare.same"));
            label.getStyleClass().add("change-same");
            return;
        }
        String amount = text.signedMoney(change.amount());
        label.setText(change.hasPercent() ? message("reports.compare.changePercent", amount, text.signedPercent(change.percent()))
                : message("reports.compare.change", amount));
        label.getStyleClass().add(change.amount().signum() > 0 ? "change-up" : "change-down");
    }

    // --- saving charts

    @FXML
    private void onSavePie() {
        ReportsViewModel.Range range = model.shownRangeProperty().get();
        save(categoryContent, savePieButton, "spending-by-category-" + range.from() + "-to-" + range.to() + ".png");
    }

    @FXML
    private void onSaveMonths() {
        save(monthContent, saveMonthsButton, "spending-by-month-" + YearMonth.from(model.today()) + ".png");
    }

    private void save(Node chart, Button button, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(resources.getString("reports.savePng.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(resources.getString("reports.savePng.filter"), "*.png"));
        chooser.setInitialFileName(suggestedName);
        Path folder = lastFolder != null ? lastFolder : Path.of(System.getProperty("user.home"));
        if (Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        File chosen = chooser.showSaveDialog(button.getScene().getWindow());
        if (chosen == null) {
            return;
        }
        Path file = chosen.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".png")
                ? chosen.toPath() : chosen.toPath().resolveSibling(chosen.getName() + ".png");
        lastFolder = file.getParent();
        ChartImages.Capture capture = ChartImages.capture(chart);
        tasks.run(resources.getString("reports.savePng.failed"), () -> Files.write(file, capture.png()), saved -> confirmSaved(button, saved));
    }

    /** The button says "Saved" for a moment, with the file in its tooltip, instead of a dialog to dismiss. */
    private void confirmSaved(Button button, Path file) {
        String label = button.getText();
        button.setText(resources.getString("reports.savePng.done"));
        button.setTooltip(new Tooltip(file.toString()));
        PauseTransition pause = new PauseTransition(Duration.seconds(2.5));
        pause.setOnFinished(event -> button.setText(label));
        pause.play();
    }

    // --- helpers

    private String message(String key, Object... arguments) {
        return text.message(key, arguments);
    }

    private String name(CategoryTotal total) {
        return text.category(total.categoryId(), total.name());
    }

    private static <T> TableCell<CategoryTotal, T> rightAligned(Function<T, String> format) {
        TableCell<CategoryTotal, T> cell = new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        };
        cell.setAlignment(Pos.CENTER_RIGHT);
        cell.getStyleClass().add("amount-cell");
        return cell;
    }
}
