package app.outlay.ui;

import app.outlay.domain.ExpenseDetails;
import app.outlay.service.category.CategoryRow;
import app.outlay.service.category.CategoryTotal;
import app.outlay.service.expense.ExpenseFilter;
import app.outlay.ui.reports.ChartImages;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The reports screen against a real ledger: totals, shares, the pie, the comparison and the monthly charts. */
class ReportsViewTest extends OutlayUiTest {

    private final YearMonth thisMonth = YearMonth.now();

    @Test
    void aNewLedgerShowsFriendlyEmptyStates() {
        press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        waitUntil(() -> lookup("#categoryEmpty").tryQuery().map(Node::isVisible).orElse(false) && !context.tasks().isBusy());

        assertThat(lookup("#categoryEmpty").query().isVisible()).isTrue();
        assertThat(lookup("#categoryContent").query().isVisible()).isFalse();
        assertThat(lookup("#monthEmpty").query().isVisible()).isTrue();
        assertThat(lookup("#monthContent").query().isVisible()).isFalse();
        assertThat(label("#thisMonthAmount")).isEqualTo("$0.00");
        assertThat(label("#lastMonthChange")).isEqualTo("The same as this month");
        assertThat(lookup("#savePieButton").query().isDisabled()).isTrue();
    }

    @Test
    void showsTotalsSharesTheComparisonAndFollowsTheLedger() {
        clickOn("#reportsNav");
        waitUntil(() -> lookup("#categoryEmpty").tryQuery().map(Node::isVisible).orElse(false));

        fillLedger();
        interact(context::ledgerChanged);
        waitUntil(() -> !context.tasks().isBusy() && table().getItems().size() == 2);

        assertThat(table().getItems()).extracting(CategoryTotal::name, t -> t.total().toPlainString(), CategoryTotal::count)
                .containsExactly(Tuple.tuple("Housing", "300.00", 1L),
                        Tuple.tuple("Groceries", "100.00", 2L));
        assertThat(cellTexts()).containsExactly(
                List.of("Housing", "$300.00", "75.0%", "1"),
                List.of("Groceries", "$100.00", "25.0%", "2"));
        assertThat(label("#periodTotalLabel")).isEqualTo("$400.00");

        PieChart pie = lookup("#pieChart").queryAs(PieChart.class);
        assertThat(pie.getData()).extracting(PieChart.Data::getName).containsExactly("Housing", "Groceries");
        assertThat(pie.getData().get(0).getNode().getStyle()).contains(colour("Housing"));
        assertThat(pie.getData().get(1).getNode().getStyle()).contains(colour("Groceries"));

        assertThat(label("#thisMonthAmount")).isEqualTo("$400.00");
        assertThat(label("#lastMonthAmount")).isEqualTo("$200.00");
        assertThat(label("#lastMonthChange")).isEqualTo("+$200.00 (+100.0%) this month");
        // The ledger starts four months ago: (400 + 0 + 0 + 200) / 4, not divided by twelve.
        assertThat(label("#averageCaption")).startsWith("Average of the last 4 months");
        assertThat(label("#averageAmount")).isEqualTo("$150.00");
        assertThat(label("#averageChange")).isEqualTo("+$250.00 (+166.7%) this month");
        assertThat(lookup("#lastMonthChange").query().getStyleClass()).contains("change-up");

        // A smaller month than the last one reads as less, in the other colour.
        context.expenses().delete(rentId());
        interact(context::ledgerChanged);
        waitUntil(() -> !context.tasks().isBusy() && label("#thisMonthAmount").equals("$100.00"));
        assertThat(label("#lastMonthChange")).isEqualTo("\u2212$100.00 (\u221250.0%) this month");
        assertThat(lookup("#lastMonthChange").query().getStyleClass()).contains("change-down").doesNotContain("change-up");
    }

    @Test
    void aFirstMonthOfExpensesShowsNoAverageAndNoPercentage() {
        add(thisMonth.atDay(1), "Rent", "250.00", "Housing");
        interact(context::ledgerChanged);
        clickOn("#reportsNav");
        waitUntil(() -> !context.tasks().isBusy() && label("#thisMonthAmount").equals("$250.00"));

        assertThat(label("#averageAmount")).isEqualTo("\u2014");
        assertThat(label("#averageChange")).isEqualTo("Shown once a whole month of expenses is recorded").doesNotContain("%");
        assertThat(lookup("#averageChange").query().getStyleClass()).doesNotContain("change-up", "change-down");
    }

    @Test
    void theMonthlyChartsAndAnotherPeriod() {
        fillLedger();
        interact(context::ledgerChanged);
        clickOn("#reportsNav");
        waitUntil(() -> !context.tasks().isBusy() && table().getItems().size() == 2);

        @SuppressWarnings("unchecked")
        BarChart<String, Number> bars = lookup("#monthChart").queryAs(BarChart.class);
        assertThat(bars.isVisible()).isTrue();
        assertThat(bars.getData()).hasSize(1);
        assertThat(bars.getData().get(0).getData()).hasSize(12)
                .extracting(d -> d.getYValue().doubleValue()).containsExactly(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 400.0, 0.0, 0.0, 200.0, 400.0);

        clickOn("#stackedBox");
        @SuppressWarnings("unchecked")
        StackedBarChart<String, Number> stacked = lookup("#stackedChart").queryAs(StackedBarChart.class);
        waitUntil(stacked::isVisible);
        assertThat(bars.isVisible()).isFalse();
        assertThat(stacked.getData()).extracting(s -> s.getName()).containsExactly("Transport", "Groceries", "Housing");
        assertThat(stacked.getData().get(2).getData().get(0).getNode().getStyle()).contains(colour("Housing"));
        assertThat(lookup("#legend").queryAs(FlowPane.class).getChildren()).extracting(n -> ((Label) n).getText())
                .containsExactly("Transport", "Groceries", "Housing");

        clickOn("#reportPeriodBox").clickOn("Last 12 months");
        waitUntil(() -> !context.tasks().isBusy() && table().getItems().size() == 3);
        assertThat(label("#periodTotalLabel")).isEqualTo("$1,000.00");
        assertThat(cellTexts()).extracting(row -> row.get(0) + " " + row.get(2))
                .containsExactly("Transport 40.0%", "Groceries 30.0%", "Housing 30.0%");
    }

    @Test
    void aChartPictureHasTheChartsColoursAtTwiceTheSize() throws Exception {
        fillLedger();
        interact(context::ledgerChanged);
        clickOn("#reportsNav");
        waitUntil(() -> !context.tasks().isBusy() && table().getItems().size() == 2);

        Node content = lookup("#categoryContent").query();
        AtomicReference<ChartImages.Capture> capture = new AtomicReference<>();
        interact(() -> capture.set(ChartImages.capture(content)));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(capture.get().png()));

        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(content.getLayoutBounds().getWidth() * 2));
        int housing = 0xff000000 | Integer.parseInt(colour("Housing").substring(1), 16);
        boolean found = false;
        for (int y = 0; y < image.getHeight() && !found; y += 2) {
            for (int x = 0; x < image.getWidth() / 2 && !found; x += 2) {
                found = image.getRGB(x, y) == housing;
            }
        }
        assertThat(found).as("the pie's Housing slice is in the picture").isTrue();
    }

    /** This month: Housing 300, Groceries 60 + 40. Last month: Groceries 200. Four months ago: Transport 400. */
    private void fillLedger() {
        add(thisMonth.atDay(1), "Rent", "300.00", "Housing");
        add(thisMonth.atDay(1), "Weekly shop", "60.00", "Groceries");
        add(thisMonth.atDay(1), "Market", "40.00", "Groceries");
        add(thisMonth.minusMonths(1).atDay(10), "Big shop", "200.00", "Groceries");
        add(thisMonth.minusMonths(4).atDay(5), "Train pass", "400.00", "Transport");
    }

    private void add(LocalDate date, String description, String amount, String category) {
        context.expenses().add(new ExpenseDetails(date, description, new BigDecimal(amount), category(category).id(), null));
    }

    private long rentId() {
        return context.expenses().find(new ExpenseFilter("Rent", null, null, null), 10).rows().get(0).id();
    }

    private CategoryRow category(String name) {
        return context.categories().list().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private String colour(String name) {
        return category(name).colour();
    }

    @SuppressWarnings("unchecked")
    private TableView<CategoryTotal> table() {
        return lookup("#categoryTable").queryAs(TableView.class);
    }

    private String label(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    /** What the table's cells show, row by row and in column order, as the user reads them. */
    private List<List<String>> cellTexts() {
        return table().getItems().stream().map(item -> {
            TableRow<?> row = table().lookupAll(".table-row-cell").stream().map(n -> (TableRow<?>) n)
                    .filter(r -> r.getItem() == item).findFirst().orElseThrow();
            return table().getColumns().stream().map(column -> row.lookupAll(".table-cell").stream()
                    .map(n -> (TableCell<?, ?>) n).filter(cell -> cell.getTableColumn() == column)
                    .map(TableCell::getText).findFirst().orElseThrow()).toList();
        }).toList();
    }
}
