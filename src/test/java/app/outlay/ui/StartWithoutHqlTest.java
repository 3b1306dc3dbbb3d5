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
 * Issue 17: the window opens without starting Hibernate. Its boot and its HQL parser's first query took more CPU than
 * anything else after the first page, and kept Outlay busy after it; everything the window reads until the user filters
 * is plain SQL on the pool (the newest pages, totals, undo menu, categories, budgets, tags, chips, paperclips, split
 * parts, due recurring expenses, the ledger's currency). Hibernate starts at the user's first key press or click.
 */
class StartWithoutHqlTest extends OutlayUiTest {

    @Test
    void theWindowOpensOnAUsedLedgerWithoutHibernateWhichStartsAtTheFirstClick() throws Exception {
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
        assertThat(context.database().get().hibernateStarted()).as("Hibernate started while the window opened").isFalse();

        clickOn("#searchField");
        waitUntil(() -> !context.tasks().isBusy());
        assertThat(context.database().get().hibernateStarted()).as("Hibernate started by the first click").isTrue();
        write("mark");
        waitUntil(() -> !context.tasks().isBusy() && rows().size() == 1);
        assertThat(hqlInterpretations()).as("a search is HQL: the probe sees it").isPositive();
        // Clearing the search reloads after the typing pause: waited for, so no reload outlives the test's window.
        type(KeyCode.ESCAPE);
        waitUntil(() -> !context.tasks().isBusy() && rows().size() > 1);
    }

    private int hqlInterpretations() {
        return context.database().sessionFactory().unwrap(SessionFactoryImplementor.class).getQueryEngine()
                .getInterpretationCache().getNumberOfCachedHqlInterpretations();
    }
}
