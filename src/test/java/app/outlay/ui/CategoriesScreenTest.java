package app.outlay.ui;

import app.outlay.domain.ExpenseDetails;
import app.outlay.service.category.CategorySummary;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/** The categories screen: add, budget, merge; and the expenses screen's budget panel following along. */
class CategoriesScreenTest extends OutlayUiTest {

    @Test
    void addBudgetAndMergeCategories() throws Exception {
        LocalDate today = LocalDate.now();
        context.expenses().add(new ExpenseDetails(today, "Lunch", new BigDecimal("12.50"), 2L, null));
        context.expenses().add(new ExpenseDetails(today, "Dinner", new BigDecimal("30.00"), 2L, null));
        interact(context::ledgerChanged);

        clickOn("#categoriesNav");
        waitUntil(() -> categories().size() == 13);

        clickOn("#addCategoryButton");
        awaitWindowWith("#categoryNameField");
        clickOn("#categoryNameField").write("Pets");
        type(KeyCode.ENTER);
        waitUntil(() -> categories().stream().anyMatch(c -> c.name().equals("Pets")));

        select("Eating out");
        clickOn("#categoryBudgetButton");
        awaitWindowWith("#budgetField");
        clickOn("#budgetField").write("40");
        type(KeyCode.ENTER);
        waitUntil(() -> summary("Eating out").monthlyBudget() != null);
        assertThat(summary("Eating out").monthlyBudget()).isEqualByComparingTo("40.00");

        // The budget panel on the expenses screen shows this month's state: 42.50 of 40.00, over.
        clickOn("#expensesNav");
        waitUntil(() -> lookup(".budget-line.over-budget").tryQuery().isPresent());
        assertThat(lookup(".budget-figures").queryAllAs(Label.class)).extracting(Label::getText).contains("$42.50 of $40.00");
        assertThat(lookup(".budget-over-text").queryAs(Label.class).getText()).isEqualTo("$2.50 over budget");
        assertThat(context.reports().budgets(YearMonth.now()).lines()).hasSize(1);

        clickOn("#categoriesNav");
        select("Eating out");
        clickOn("#mergeCategoryButton");
        awaitWindowWith("#otherCategoryBox");
        @SuppressWarnings("unchecked")
        ComboBox<CategorySummary> other = lookup("#otherCategoryBox").queryAs(ComboBox.class);
        interact(() -> other.getSelectionModel().select(other.getItems().stream()
                .filter(c -> c.name().equals("Groceries")).findFirst().orElseThrow()));
        type(KeyCode.ENTER);

        waitUntil(() -> categories().stream().noneMatch(c -> c.name().equals("Eating out")));
        assertThat(summary("Groceries").expenseCount()).isEqualTo(2);
        assertThat(lookup(".shown-label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("13 categories, 0 with a monthly budget");

        // An income category is offered only income categories to merge into (tester2 D6: spending ones were
        // offered, then refused), and its question counts no entries as none.
        select("Salary");
        clickOn("#mergeCategoryButton");
        awaitWindowWith("#otherCategoryBox");
        @SuppressWarnings("unchecked")
        ComboBox<CategorySummary> targets = lookup("#otherCategoryBox").queryAs(ComboBox.class);
        assertThat(targets.getItems()).extracting(CategorySummary::name).containsExactlyInAnyOrder("Interest", "Gifts received");
        assertThat(lookup(".dialog-pane .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("It holds no income: nothing moves, and \u201cSalary\u201d is removed.");
        type(KeyCode.ESCAPE);
        waitUntil(() -> windowWith("#otherCategoryBox") == null);
        assertThat(categories()).extracting(CategorySummary::name).contains("Salary");
    }
}
