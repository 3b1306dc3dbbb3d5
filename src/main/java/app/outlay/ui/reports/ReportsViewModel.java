package app.outlay.ui.reports;

import app.outlay.text.Texts;
import app.outlay.text.UserText;
import app.outlay.service.category.CategoryTotal;
import app.outlay.service.report.MonthComparison;
import app.outlay.service.report.MonthTotal;
import app.outlay.service.report.ReportService;
import app.outlay.ui.common.LatestAnswer;
import app.outlay.ui.common.TaskRunner;
import app.outlay.ui.common.Period;
import app.outlay.ui.common.PeriodChoice;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The state of the reports screen: the chosen period in, totals out. Every figure is a GROUP BY in
 * {@link ReportService}, run in the background; an answer older than the newest question is dropped.
 */
public final class ReportsViewModel {

    /** The period choices of the category report ("all dates" makes no sense for a share of spending). */
    public static final List<Period> PERIODS =
            List.of(Period.THIS_MONTH, Period.LAST_MONTH, Period.THIS_YEAR, Period.LAST_12_MONTHS, Period.CUSTOM);
    /** Months in the "spending by month" chart, the current one included. */
    public static final int TREND_MONTHS = 12;

    /** Inclusive dates of the category report. */
    public record Range(LocalDate from, LocalDate to) {
    }

    /** The last twelve months: a total per month (zeros included), the same split by category, and the comparison. */
    public record Trend(Map<YearMonth, BigDecimal> monthTotals, List<MonthTotal> byCategory, MonthComparison comparison) {

        public boolean isEmpty() {
            return monthTotals.values().stream().allMatch(total -> total.signum() == 0);
        }
    }

    private final Texts texts;
    private final ReportService reports;
    private final TaskRunner tasks;
    private final Clock clock;

    private final PeriodChoice period = new PeriodChoice(Period.THIS_MONTH);
    private final BooleanProperty stacked = new SimpleBooleanProperty();

    private final ObservableList<CategoryTotal> categoryTotals = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<BigDecimal> periodTotal = new ReadOnlyObjectWrapper<>(BigDecimal.ZERO.setScale(2));
    private final ReadOnlyObjectWrapper<Range> shownRange = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<UserText> periodProblem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper categoriesLoaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Trend> trend = new ReadOnlyObjectWrapper<>();
    private final LatestAnswer categoryAnswers = new LatestAnswer();
    private final LatestAnswer trendAnswers = new LatestAnswer();
    /** Money in and out per month over the trend's months (income vs spending). */
    private final ReadOnlyObjectWrapper<List<app.outlay.service.report.MonthFlow>> flows = new ReadOnlyObjectWrapper<>();
    private final LatestAnswer flowAnswers = new LatestAnswer();

    public ReportsViewModel(ReportService reports, TaskRunner tasks, Clock clock, Texts texts) {
        this.texts = texts;
        this.reports = reports;
        this.tasks = tasks;
        this.clock = clock;
        period.startCustomFromThePeriodBefore(this::today);
    }

    /** Reloads everything: after a change to the ledger or a switch of database. */
    public void refresh() {
        refreshCategories();
        refreshTrend();
        refreshFlows();
    }

    /** Reloads income and spending per month over the last twelve months. */
    public void refreshFlows() {
        YearMonth month = YearMonth.from(today());
        YearMonth first = month.minusMonths(TREND_MONTHS - 1);
        tasks.run(texts.get("reports.failed.flows"), () -> reports.flows(first, month), flowAnswers.ask().ifLatest(flows::set));
    }

    /** Income and spending (net of refunds) of each of the last twelve months, oldest first; null until loaded. */
    public ReadOnlyObjectProperty<List<app.outlay.service.report.MonthFlow>> flowsProperty() {
        return flows.getReadOnlyProperty();
    }

    /** Reloads the totals by category for the chosen period. */
    public void refreshCategories() {
        periodProblem.set(period.problem());
        Range range = range();
        if (range == null) {
            // A custom range with an end still empty, or From after To (said in periodProblem): what is shown stays
            // until the range is one.
            return;
        }
        tasks.run(texts.get("reports.failed.categories"), () -> reports.totalsByCategory(range.from(), range.to()),
                categoryAnswers.ask().ifLatest(totals -> {
                    // Total and range first: whoever follows the list reads them to show shares and dates.
                    periodTotal.set(totals.stream().map(CategoryTotal::total).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add));
                    shownRange.set(range);
                    categoriesLoaded.set(true);
                    categoryTotals.setAll(totals);
                }));
    }

    /** Reloads the last twelve months and this month's comparison. */
    public void refreshTrend() {
        YearMonth month = YearMonth.from(today());
        YearMonth first = month.minusMonths(TREND_MONTHS - 1);
        tasks.run(texts.get("reports.failed.months"),
                () -> new Trend(reports.monthTotals(first, month), reports.totalsByMonth(first, month), reports.compare(month)),
                trendAnswers.ask().ifLatest(trend::set));
    }

    /** The dates the period describes; null while a custom range has an end still empty or its From after its To. */
    public Range range() {
        PeriodChoice.Dates dates = period.dates(today());
        return dates.bothKnown() && period.problem() == null ? new Range(dates.from(), dates.to()) : null;
    }

    /** What is wrong with the chosen period ("From … is after To …"), or null; nothing is recomputed while there is. */
    public ReadOnlyObjectProperty<UserText> periodProblemProperty() {
        return periodProblem.getReadOnlyProperty();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The period of the totals by category (shared with the expense list's filter: see PeriodChoice). */
    public PeriodChoice period() {
        return period;
    }

    /** Whether the monthly chart splits each month by category. */
    public BooleanProperty stackedProperty() {
        return stacked;
    }

    /** Totals by category for the period shown, largest first. */
    public ObservableList<CategoryTotal> categoryTotals() {
        return categoryTotals;
    }

    public ReadOnlyObjectProperty<BigDecimal> periodTotalProperty() {
        return periodTotal.getReadOnlyProperty();
    }

    /** The dates {@link #categoryTotals()} cover; null until loaded. */
    public ReadOnlyObjectProperty<Range> shownRangeProperty() {
        return shownRange.getReadOnlyProperty();
    }

    /** False until the first totals by category arrive, so the empty state does not flash while loading. */
    public ReadOnlyBooleanProperty categoriesLoadedProperty() {
        return categoriesLoaded.getReadOnlyProperty();
    }

    /** The last twelve months; null until loaded. */
    public ReadOnlyObjectProperty<Trend> trendProperty() {
        return trend.getReadOnlyProperty();
    }
}
