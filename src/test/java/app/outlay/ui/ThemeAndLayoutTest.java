package app.outlay.ui;

import app.outlay.domain.ExpenseDetails;
import app.outlay.service.category.CategoryRow;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.ui.expenses.ExpenseFiltersViewModel;
import app.outlay.ui.expenses.ExpensesController;
import app.outlay.ui.common.Period;
import app.outlay.settings.ThemeChoice;
import app.outlay.ui.common.Themes;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Screen;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Theme switching at run time, and the window layout that survives a restart. */
class ThemeAndLayoutTest extends OutlayUiTest {

    @Test
    void darkThemeRestylesTheOpenWindowAndLaterDialogsAndIsRemembered() throws Exception {
        assertThat(stage.getScene().getStylesheets()).containsExactly(Themes.BASE_SHEET);

        choose("darkThemeItem");

        assertThat(stage.getScene().getStylesheets()).containsExactly(Themes.BASE_SHEET, Themes.DARK_SHEET);
        assertThat(context.settings().theme()).isEqualTo(ThemeChoice.DARK);
        assertThat(context.settings().get("ui.theme")).contains("dark");

        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> windowWith("#amountField") != null);
        Scene editor = windowWith("#amountField").getScene();
        assertThat(editor.getStylesheets()).containsExactly(Themes.BASE_SHEET, Themes.DARK_SHEET);

        // Switching back reaches the dialog that is still open, too.
        choose("lightThemeItem");
        assertThat(editor.getStylesheets()).containsExactly(Themes.BASE_SHEET);
        assertThat(stage.getScene().getStylesheets()).containsExactly(Themes.BASE_SHEET);
        assertThat(context.settings().theme()).isEqualTo(ThemeChoice.LIGHT);

        // Tests ask no desktop, so following the system falls back to light.
        choose("systemThemeItem");
        assertThat(context.settings().get("ui.theme")).contains("system");
        assertThat(stage.getScene().getStylesheets()).containsExactly(Themes.BASE_SHEET);
        interact(() -> windowWith("#amountField").hide());
    }

    @Test
    void theChosenThemeIsUsedAtTheNextStart() throws Exception {
        choose("darkThemeItem");
        restart();
        assertThat(stage.getScene().getStylesheets()).containsExactly(Themes.BASE_SHEET, Themes.DARK_SHEET);
        assertThat(themeItem("darkThemeItem").isSelected()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void windowColumnsAndScreenAreAsTheUserLeftThem() throws Exception {
        interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1000);
            stage.setHeight(640);
            TableView<ExpenseRow> table = lookup("#table").queryAs(TableView.class);
            TableColumn<ExpenseRow, ?> amount = table.getColumns().stream().filter(c -> "amountColumn".equals(c.getId()))
                    .findFirst().orElseThrow();
            table.getColumns().remove(amount);
            table.getColumns().add(1, amount);
        });
        // As dragging the header's edge does: the table's resize policy decides what the column gets.
        double[] widened = new double[1];
        interact(() -> {
            TableView<ExpenseRow> table = lookup("#table").queryAs(TableView.class);
            table.resizeColumn(table.getColumns().get(2), 60);
            widened[0] = table.getColumns().get(2).getWidth();
        });
        clickOn("#reportsNav");

        restart();

        assertThat(context.settings().get("ui.columns.expenses").orElseThrow()).startsWith("date:").contains(",amount:");
        assertThat(stage.getWidth()).isEqualTo(1000);
        assertThat(stage.getHeight()).isEqualTo(640);
        assertThat(stage.getX()).isEqualTo(40);
        assertThat(stage.getY()).isEqualTo(30);
        TableView<ExpenseRow> table = lookup("#table").queryAs(TableView.class);
        assertThat(table.getColumns()).extracting(TableColumn::getId)
                .containsExactly("dateColumn", "amountColumn", "descriptionColumn", "categoryColumn", "notesColumn");
        // The saved width is asked for; the table's resize policy then fits all columns to the width it has.
        assertThat(table.getColumns().get(2).getPrefWidth()).isCloseTo(widened[0], within(1.0));
        assertThat(lookup("#reportsNav").queryAs(ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTablesSortAndTheFiltersAreAsTheUserLeftThem() throws Exception {
        LocalDate today = LocalDate.now();
        add(today.withDayOfMonth(1), "Bread rolls", "5.00", 1L);
        add(today, "Bread", "3.20", 1L);
        add(today, "Bread crumbs", "1.00", 10L);
        add(today, "Apples", "4.00", 1L);
        add(today.minusMonths(2), "Old bread", "2.00", 1L);
        add(today, "Rent", "950.00", 3L);
        interact(context::ledgerChanged);
        waitUntil(() -> !context.tasks().isBusy() && rows().size() == 6);

        interact(() -> {
            // As a click on the header does: the table asks its sort policy, which reads the list in that order.
            TableView<ExpenseRow> table = lookup("#table").queryAs(TableView.class);
            TableColumn<ExpenseRow, ?> amount = column(table, "amountColumn");
            amount.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(amount));
            ComboBox<Period> period = lookup("#periodBox").queryAs(ComboBox.class);
            period.setValue(Period.THIS_MONTH);
            ComboBox<CategoryRow> category = lookup("#categoryBox").queryAs(ComboBox.class);
            category.setValue(category.getItems().stream().filter(c -> c.name().equals("Groceries")).findFirst().orElseThrow());
        });
        clickOn("#searchField").write("bread");
        waitUntil(() -> !context.tasks().isBusy() && rows().size() == 2);
        assertThat(rows()).extracting(ExpenseRow::description).containsExactly("Bread rolls", "Bread");

        restart();

        assertThat(context.settings().get("ui.expenses.sort")).contains("amount:descending");
        TableView<ExpenseRow> table = lookup("#table").queryAs(TableView.class);
        assertThat(table.getSortOrder()).extracting(TableColumn::getId).containsExactly("amountColumn");
        assertThat(table.getSortOrder().get(0).getSortType()).isEqualTo(TableColumn.SortType.DESCENDING);
        assertThat(lookup("#periodBox").queryAs(ComboBox.class).getValue()).isEqualTo(Period.THIS_MONTH);
        assertThat(((CategoryRow) lookup("#categoryBox").queryAs(ComboBox.class).getValue()).name()).isEqualTo("Groceries");
        assertThat(lookup("#searchField").queryAs(TextField.class).getText()).isEqualTo("bread");
        assertThat(rows()).extracting(ExpenseRow::description).containsExactly("Bread rolls", "Bread");
        assertThat(expensesController().model().filters().filter().categoryId()).isEqualTo(1L);

        // Back to everything, newest first: that too is what the next start shows.
        interact(() -> {
            expensesController().clearFilters();
            lookup("#table").queryAs(TableView.class).getSortOrder().clear();
        });
        waitUntil(() -> !context.tasks().isBusy() && rows().size() == 6);
        restart();
        assertThat(lookup("#table").queryAs(TableView.class).getSortOrder()).isEmpty();
        assertThat(rows()).hasSize(6);
        assertThat(rows().get(rows().size() - 1).description()).isEqualTo("Old bread");
    }

    /** A category that no longer exists (or a hand-edited file) leaves the list unfiltered by category. */
    @Test
    void aRememberedCategoryThatIsGoneMeansAllCategories() throws Exception {
        add(LocalDate.now(), "Lunch", "9.50", 2L);
        interact(() -> stage.close());
        context.close();
        context.settings().put(java.util.Map.of("ui.expenses.category", "424242", "ui.expenses.period", "NO_SUCH_PERIOD",
                "ui.expenses.from", "not a date", "ui.expenses.sort", "nonsense:up"));
        startContext();
        waitUntil(() -> !context.tasks().isBusy() && rows().size() == 1);
        assertThat(expensesController().model().filters().categoryProperty().get()).isEqualTo(ExpenseFiltersViewModel.ALL_CATEGORIES);
        assertThat(expensesController().model().filters().period().periodProperty().get()).isEqualTo(Period.ALL);
        assertThat(lookup("#table").queryAs(TableView.class).getSortOrder()).isEmpty();
    }

    private void add(LocalDate date, String description, String amount, Long category) {
        context.expenses().add(new ExpenseDetails(date, description, new BigDecimal(amount), category, null));
    }

    private ExpensesController expensesController() {
        return mainWindow.expenses();
    }

    private static TableColumn<ExpenseRow, ?> column(TableView<ExpenseRow> table, String id) {
        return table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    @Test
    void aWindowLeftOnAMissingScreenComesBackOnThePrimaryOne() throws Exception {
        interact(() -> stage.close());
        context.close();
        context.settings().put(java.util.Map.of("ui.window.x", "9000", "ui.window.y", "-4000",
                "ui.window.width", "900", "ui.window.height", "600"));
        startContext();
        Rectangle2D visible = Screen.getPrimary().getVisualBounds();
        assertThat(visible.contains(stage.getX() + 10, stage.getY() + 10)).isTrue();
        assertThat(stage.getWidth()).isEqualTo(Math.min(900, visible.getWidth()));
    }

    private RadioMenuItem themeItem(String id) {
        return (RadioMenuItem) menuItem(id);
    }
}
