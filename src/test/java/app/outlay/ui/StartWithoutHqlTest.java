package app.outlay.ui;

import app.outlay.domain.ExpenseDetails;
import app.outlay.service.category.CategoryRow;
import app.outlay.service.recurrence.Repeat;
import app.outlay.domain.Frequency;
import javafx.scene.input.KeyCode;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: the window opens without parsing HQL. Hibernate's HQL parser warms up on its first query for ~0.8 s of
 * CPU on two cores, which kept Outlay busy after its first page; everything the window reads until the user filters
 * or scrolls is plain SQL (the newest page, totals, undo menu, categories, budgets, due recurring expenses).
 */
class StartWithoutHqlTest extends OutlayUiTest {

    @Test
    void theWindowOpensOnAUsedLedgerWithoutParsingHqlAndTheFirstFilterDoes() throws Exception {
        // A ledger in use: expenses with history to undo, a budget, a recurring series with nothing due (adding the
        // occurrences that fell due is a change, and may use HQL).
        CategoryRow groceries = context.categories().list().stream().filter(c -> !c.income()).findFirst().orElseThrow();
        context.categories().setBudget(groceries.id(), new BigDecimal("300.00"));
        context.expenses().add(new ExpenseDetails(LocalDate.now(), "Market", new BigDecimal("12.40"), groceries.id(), null));
        context.expenses().add(new ExpenseDetails(LocalDate.now().minusMonths(2), "Gym", new BigDecimal("30.00"), null, null),
                new Repeat(Frequency.MONTHLY, null), LocalDate.now());
        // More than a page: the list reads its next page ahead as it opens, and that must be plain SQL too.
        for (int i = 0; i < app.outlay.ui.expenses.ExpenseListViewModel.PAGE_SIZE; i++) {
            context.expenses().add(new ExpenseDetails(LocalDate.now().minusDays(1 + i % 60), "Item " + i, BigDecimal.ONE, null, null));
        }

        restart();
        waitUntil(() -> !context.tasks().isBusy() && rows().size() >= 3);
        assertThat(hqlInterpretations()).as("HQL queries parsed while the window opened").isZero();

        clickOn("#searchField").write("mark");
        waitUntil(() -> !context.tasks().isBusy() && rows().size() == 1);
        assertThat(hqlInterpretations()).as("a search is HQL: the probe sees it").isPositive();
        type(KeyCode.ESCAPE);
    }

    private int hqlInterpretations() {
        return context.database().sessionFactory().unwrap(SessionFactoryImplementor.class).getQueryEngine()
                .getInterpretationCache().getNumberOfCachedHqlInterpretations();
    }
}
