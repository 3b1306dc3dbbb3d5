package app.outlay.ui;

import app.outlay.AppContext;
import app.outlay.data.Database;
import app.outlay.settings.AppPaths;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Until the database is ready the empty table says it is opening the ledger — never "No expenses match these
 * filters", which a new user saw for two seconds at the first start — and then the true empty state.
 */
class FirstStartStateTest extends OutlayUiTest {

    private Database database;

    @Override
    protected void startContext() throws Exception {
        // As at start-up: the window shows first, the database comes later.
        context = new AppContext(AppPaths.under(home), locale());
        showWindow();
    }

    @Test
    void theWindowSaysItIsLoadingUntilTheLedgerIsReadyThenThatItIsEmpty() throws Exception {
        assertThat(placeholder().getStyleClass()).contains("state-loading").doesNotContain("state-no-match");
        database = context.openConfiguredDatabase();
        // The early read of a ledger that has no rows yet (a first start) changes nothing of that.
        context.readAhead(database.dataSource());
        waitUntil(() -> true);
        assertThat(placeholder().getStyleClass()).contains("state-loading").doesNotContain("state-no-match");

        interact(() -> context.activate(database));
        waitUntil(() -> !context.tasks().isBusy() && placeholder().getStyleClass().contains("state-empty"));
    }

    /** A long wait still shows that something happens: the spinner joins "Loading…" (not at once: ExpenseTable). */
    @Test
    void aLongWaitForTheLedgerShowsASpinner() {
        waitUntil(() -> placeholder() instanceof Parent loading && loading.getChildrenUnmodifiable().stream()
                .anyMatch(child -> child instanceof ProgressIndicator));
        assertThat(placeholder().getStyleClass()).contains("state-loading");
    }

    private Node placeholder() {
        return lookup("#table").queryAs(TableView.class).getPlaceholder();
    }
}
