package app.outlay.ui.reports;

import app.outlay.data.DatabaseHolder;
import app.outlay.domain.ExpenseDetails;
import app.outlay.service.category.CategoryService;
import app.outlay.service.category.CategoryTotal;
import app.outlay.service.expense.ExpenseService;
import app.outlay.service.report.ReportService;
import app.outlay.testing.SameThreadTasks;
import app.outlay.testing.TestDatabases;
import app.outlay.text.Texts;
import app.outlay.ui.common.Period;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The reports screen's logic without a window: periods in, totals from SQL out, and only the newest answer shown. */
class ReportsViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    private final SameThreadTasks tasks = new SameThreadTasks();
    private ExpenseService expenses;
    private long groceries;
    private ReportsViewModel model;

    @BeforeEach
    void ledger() {
        DatabaseHolder holder = TestDatabases.emptyLedger(TestDatabases.h2());
        expenses = new ExpenseService(holder);
        groceries = new CategoryService(holder).list().stream().filter(c -> c.name().equals("Groceries")).findFirst().orElseThrow().id();
        model = new ReportsViewModel(new ReportService(holder), tasks,
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC), Texts.of(Locale.US));
        add(TODAY, "Bakery", "3.40", groceries);
        add(TODAY.withDayOfMonth(1), "Rent", "950.00", null);
        add(TODAY.minusMonths(1), "Market", "20.10", groceries);
    }

    @Test
    void thisMonthByCategoryWithItsTotalAndRange() {
        model.refreshCategories();
        assertThat(model.categoriesLoadedProperty().get()).isTrue();
        assertThat(model.periodTotalProperty().get()).isEqualByComparingTo("953.40");
        assertThat(model.shownRangeProperty().get()).isEqualTo(new ReportsViewModel.Range(TODAY.withDayOfMonth(1), TODAY.withDayOfMonth(31)));
        assertThat(model.categoryTotals()).extracting(CategoryTotal::total).map(BigDecimal::toPlainString)
                .containsExactlyInAnyOrder("950.00", "3.40");
        assertThat(tasks.failures()).isEmpty();
    }

    /**
     * tester2: From after To was swapped without a word. Now it is refused with a message naming both fields and
     * dates, and what is shown stays the last good period's until the range is one again.
     */
    @Test
    void aCustomRangeChosenBackwardsIsRefusedWithAMessageAndNothingIsRecomputed() {
        model.refreshCategories();
        model.period().periodProperty().set(Period.CUSTOM);
        model.period().customFromProperty().set(TODAY);
        model.period().customToProperty().set(TODAY.minusMonths(1).withDayOfMonth(1));
        model.refreshCategories();

        assertThat(Texts.of(Locale.US).of(model.periodProblemProperty().get()))
                .isEqualTo("Period: 'from' (Dec 4, 2026) is after 'to' (Nov 1, 2026)");
        assertThat(Texts.of(Locale.GERMANY).of(model.periodProblemProperty().get()))
                .isEqualTo("Zeitraum: \u201eVon\u201c (04.12.2026) liegt nach \u201eBis\u201c (01.11.2026)");
        assertThat(model.range()).isNull();
        assertThat(model.shownRangeProperty().get()).isEqualTo(new ReportsViewModel.Range(TODAY.withDayOfMonth(1), TODAY.withDayOfMonth(31)));
        assertThat(model.periodTotalProperty().get()).isEqualByComparingTo("953.40");

        model.period().customFromProperty().set(TODAY.minusMonths(1).withDayOfMonth(1));
        model.period().customToProperty().set(TODAY);
        model.refreshCategories();
        assertThat(model.periodProblemProperty().get()).isNull();
        assertThat(model.shownRangeProperty().get()).isEqualTo(new ReportsViewModel.Range(TODAY.minusMonths(1).withDayOfMonth(1), TODAY));
        assertThat(model.periodTotalProperty().get()).isEqualByComparingTo("973.50");
        assertThat(tasks.failures()).isEmpty();
    }

    @Test
    void theTrendHasTwelveMonthsAndTheComparison() {
        model.refreshTrend();
        ReportsViewModel.Trend trend = model.trendProperty().get();
        assertThat(trend.monthTotals()).hasSize(ReportsViewModel.TREND_MONTHS);
        assertThat(trend.monthTotals().get(YearMonth.from(TODAY))).isEqualByComparingTo("953.40");
        assertThat(trend.comparison().lastMonth()).isEqualByComparingTo("20.10");
    }

    @Test
    void anOlderPeriodsAnswerArrivingLateIsDropped() {
        tasks.hold();
        model.period().periodProperty().set(Period.LAST_MONTH);
        model.refreshCategories();
        model.period().periodProperty().set(Period.THIS_MONTH);
        model.refreshCategories();
        tasks.finishHeldInReverse(); // last month's answer comes last
        assertThat(model.periodTotalProperty().get()).isEqualByComparingTo("953.40");
    }

    private void add(LocalDate date, String description, String amount, Long category) {
        expenses.add(new ExpenseDetails(date, description, new BigDecimal(amount), category, null));
    }
}
