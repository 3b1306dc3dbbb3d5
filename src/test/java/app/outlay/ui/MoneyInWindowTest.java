package app.outlay.ui;

import app.outlay.domain.EntryKind;
import app.outlay.domain.ExpenseDetails;
import app.outlay.service.category.CategoryRow;
import app.outlay.service.expense.ExpenseRow;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Refunds and income in the window: the dialog's kind switch by keyboard, the link of a refund, the list and its totals. */
class MoneyInWindowTest extends OutlayUiTest {

    private long category(String name) {
        return context.categories().list().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }

    @Test
    void incomeIsRecordedWithTheKeyboardInAnIncomeCategory() {
        push(KeyCode.CONTROL, KeyCode.N);
        awaitWindowWith("#amountField");
        waitUntil(() -> focused() != null && "amountField".equals(focused().getId()));
        push(KeyCode.ALT, KeyCode.I);
        waitUntil(() -> lookup("#kindIncome").queryAs(ToggleButton.class).isSelected());
        write("2500");
        type(KeyCode.TAB);
        write("March salary");
        type(KeyCode.TAB);
        type(KeyCode.TAB);
        waitUntil(() -> focused() instanceof ComboBox<?> box && "categoryBox".equals(box.getId()));
        @SuppressWarnings("unchecked")
        ComboBox<CategoryRow> categories = (ComboBox<CategoryRow>) focused();
        // Income offers only income categories (then "New category…").
        assertThat(categories.getItems()).extracting(CategoryRow::name)
                .containsExactly("editor.category.none", "Gifts received", "Interest", "Salary", "editor.category.new");
        type(KeyCode.DOWN, 3);
        assertThat(categories.getValue()).hasToString("Salary");
        push(KeyCode.CONTROL, KeyCode.ENTER);

        waitUntil(() -> windowWith("#amountField") == null && !context.tasks().isBusy() && rows().size() == 1);
        ExpenseRow saved = rows().get(0);
        assertThat(saved.kind()).isEqualTo(EntryKind.INCOME);
        assertThat(saved.categoryName()).isEqualTo("Salary");
        assertThat(amountCell(0).getText()).isEqualTo("+2,500.00");
        assertThat(amountCell(0).getStyleClass()).contains("amount-income");
        // The income mark beside the amount (the amount as paid would follow it, for another currency).
        assertThat(((javafx.scene.layout.HBox) amountCell(0).getGraphic()).getChildren()).hasSize(1)
                .first().isInstanceOfSatisfying(Label.class, mark -> assertThat(mark.getText()).isEqualTo("\u2193"));
        assertThat(totals()).containsExactly("$0.00", "$2,500.00", "$2,500.00");
    }

    @Test
    void aRefundLinksToItsExpenseWhichThenShowsIt() {
        ExpenseRow jacket = context.expenses().add(new ExpenseDetails(LocalDate.now().minusDays(3), "Jacket",
                new BigDecimal("120.00"), category("Shopping"), null));
        interact(context::ledgerChanged);
        waitUntil(() -> rows().size() == 1 && !context.tasks().isBusy());

        push(KeyCode.CONTROL, KeyCode.N);
        awaitWindowWith("#amountField");
        waitUntil(() -> focused() != null && "amountField".equals(focused().getId()));
        push(KeyCode.ALT, KeyCode.R);
        waitUntil(() -> lookup("#refundOfBox").queryAs(ComboBox.class).isVisible()
                && lookup("#refundOfBox").queryAs(ComboBox.class).getItems().size() == 2);
        write("45.50");
        type(KeyCode.TAB);
        write("Jacket returned");
        @SuppressWarnings("unchecked")
        ComboBox<ExpenseRow> refundOf = lookup("#refundOfBox").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<CategoryRow> categories = from(windowWith("#amountField").getScene().getRoot()).lookup("#categoryBox").queryAs(ComboBox.class);
        assertThat(categories.getItems()).extracting(CategoryRow::name).contains("Shopping").doesNotContain("Salary");
        interact(() -> {
            refundOf.getSelectionModel().select(1);
            categories.getSelectionModel().select(categories.getItems().stream().filter(c -> c.name().equals("Shopping")).findFirst().orElseThrow());
        });
        push(KeyCode.CONTROL, KeyCode.ENTER);

        waitUntil(() -> windowWith("#amountField") == null && !context.tasks().isBusy() && rows().size() == 2);
        ExpenseRow refund = rows().stream().filter(r -> r.kind() == EntryKind.REFUND).findFirst().orElseThrow();
        assertThat(refund.refundOf()).isEqualTo(jacket.id());
        assertThat(totals()).containsExactly("$74.50", "$0.00", "-$74.50");

        // The expense's dialog says it was refunded.
        targetWindow(stage);
        clickOn("Jacket");
        type(KeyCode.ENTER);
        awaitWindowWith("#refundsHint");
        waitUntil(() -> lookup("#refundsHint").queryAs(Label.class).getText().startsWith("Refunded $45.50 on "));
        assertThat(lookup("#refundsHint").queryAs(Label.class).getText()).endsWith("(Jacket returned)");
        type(KeyCode.ESCAPE);
    }

    @Test
    void theListFiltersByKind() {
        context.expenses().add(new ExpenseDetails(LocalDate.now(), "Lunch", new BigDecimal("12.00"), null, null));
        context.expenses().add(new ExpenseDetails(LocalDate.now(), "Interest", new BigDecimal("0.50"), category("Interest"), null,
                EntryKind.INCOME, null));
        interact(context::ledgerChanged);
        waitUntil(() -> rows().size() == 2 && !context.tasks().isBusy());

        MenuButton kinds = lookup("#kindButton").queryAs(MenuButton.class);
        assertThat(kinds.getText()).isEqualTo("All kinds");
        interact(() -> kindItem(kinds, EntryKind.INCOME).fire());
        waitUntil(() -> rows().size() == 1 && !context.tasks().isBusy());
        assertThat(rows()).extracting(ExpenseRow::description).containsExactly("Interest");
        assertThat(totals()).containsExactly("$0.00", "$0.50", "$0.50");
        assertThat(kinds.getText()).isEqualTo("Income");
        interact(() -> kindItem(kinds, null).fire());
        waitUntil(() -> rows().size() == 2 && !context.tasks().isBusy());
        assertThat(totals()).containsExactly("$12.00", "$0.50", "-$11.50");
    }

    /** The kind filter's menu item for {@code kind} (null: all kinds), as a click on it would choose it. */
    private static MenuItem kindItem(MenuButton kinds, EntryKind kind) {
        return kinds.getItems().stream().filter(item -> item.getUserData() == kind).findFirst().orElseThrow();
    }

    /** Spent, received and net, as the totals bar shows them. */
    private List<String> totals() {
        return lookup(".total-amount").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    @SuppressWarnings("unchecked")
    private TableCell<ExpenseRow, ?> amountCell(int row) {
        return lookup(".amount-cell").queryAllAs(TableCell.class).stream()
                .filter(cell -> cell.getIndex() == row && cell.getText() != null).findFirst().orElseThrow();
    }

    /** What has the keyboard: the focus owner of the newest focused window (a dialog, over the main window). */
    private static Node focused() {
        return Window.getWindows().stream().filter(Window::isFocused).reduce((older, newer) -> newer)
                .map(window -> window.getScene().getFocusOwner()).orElse(null);
    }
}
