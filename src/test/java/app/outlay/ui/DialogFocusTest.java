package app.outlay.ui;

import app.outlay.service.category.CategorySummary;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * The small dialogs of the categories screen open with the keyboard in their field, its text selected, so typing
 * replaces it and Enter never confirms an empty or unchanged value by accident.
 */
class DialogFocusTest extends OutlayUiTest {

    @Test
    void renameOpensWithTheNameSelectedAndTypingReplacesIt() {
        openCategories();
        select("Eating out");
        clickOn("#renameCategoryButton");
        awaitWindowWith("#categoryNameField");
        waitUntil(() -> focused() instanceof TextField field && "categoryNameField".equals(field.getId()));
        TextField field = (TextField) focused();
        assertThat(field.getSelectedText()).isEqualTo("Eating out");

        write("Restaurants");
        type(KeyCode.ENTER);

        waitUntil(() -> windowWith("#categoryNameField") == null && !context.tasks().isBusy()
                && categories().stream().anyMatch(c -> c.name().equals("Restaurants")));
        assertThat(categories()).extracting(CategorySummary::name).doesNotContain("Eating out");
    }

    @Test
    void anEmptyNameCannotBeConfirmedAndAnUnchangedOneChangesNothing() {
        openCategories();
        select("Eating out");
        clickOn("#renameCategoryButton");
        awaitWindowWith("#categoryNameField");
        waitUntil(() -> focused() instanceof TextField field && "categoryNameField".equals(field.getId()));

        type(KeyCode.BACK_SPACE); // the whole selected name goes
        type(KeyCode.ENTER);
        assertThat(windowWith("#categoryNameField")).as("Enter on an empty name keeps the dialog open").isNotNull();

        write("Eating out");
        type(KeyCode.ENTER);
        waitUntil(() -> windowWith("#categoryNameField") == null && !context.tasks().isBusy());
        assertThat(categories()).extracting(CategorySummary::name).contains("Eating out").hasSize(13);
    }

    @Test
    void budgetOpensWithTheAmountSelectedAndTypingReplacesIt() {
        openCategories();
        select("Groceries");
        clickOn("#categoryBudgetButton");
        awaitWindowWith("#budgetField");
        write("250");
        type(KeyCode.ENTER);
        waitUntil(() -> windowWith("#budgetField") == null && !context.tasks().isBusy()
                && summary("Groceries").monthlyBudget() != null);
        assertThat(summary("Groceries").monthlyBudget()).isEqualByComparingTo("250");

        clickOn("#categoryBudgetButton");
        awaitWindowWith("#budgetField");
        waitUntil(() -> focused() instanceof TextField field && "budgetField".equals(field.getId()));
        assertThat(((TextField) focused()).getSelectedText()).isEqualTo("250.00");
        write("300");
        type(KeyCode.ENTER);
        waitUntil(() -> windowWith("#budgetField") == null && !context.tasks().isBusy()
                && summary("Groceries").monthlyBudget().compareTo(new java.math.BigDecimal("300")) == 0);
    }

    private void openCategories() {
        clickOn("#categoriesNav");
        waitUntil(() -> categories().size() == 13);
    }

    /** What has the keyboard: the focus owner of the newest focused window (a dialog, over the main window). */
    static Node focused() {
        return Window.getWindows().stream().filter(Window::isFocused).reduce((older, newer) -> newer)
                .map(window -> window.getScene().getFocusOwner()).orElse(null);
    }
}
