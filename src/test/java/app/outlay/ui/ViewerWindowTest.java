package app.outlay.ui;

import app.outlay.testing.PgMember;
import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.data.DatabaseSettings;
import app.outlay.data.LedgerRoles;
import app.outlay.domain.ExpenseDetails;
import app.outlay.service.expense.ExpenseService;
import app.outlay.testing.TestPostgres;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The window of a viewer of a shared PostgreSQL ledger: it reads, says why it cannot change anything, and doesn't. */
class ViewerWindowTest extends OutlayUiTest {

    private DatabaseSettings ledger;
    private PgMember member;

    /** A shared ledger with one expense, and this window's user granted viewer on it by the owner. */
    @Override
    protected void beforeStart() throws Exception {
        ledger = TestPostgres.freshDatabase();
        DatabaseSettings viewer;
        try (Database owner = Database.open(ledger)) {
            new ExpenseService(new DatabaseHolder(owner)).add(
                    new ExpenseDetails(LocalDate.of(2026, 5, 4), "Bakery", new BigDecimal("3.40"), 1L, null));
            viewer = TestPostgres.loginRole(ledger.database(), "outlay_t_ui_viewer", "viewer-pw-4b2d");
            LedgerRoles.grant(owner, "outlay_t_ui_viewer", LedgerRoles.Role.VIEWER);
        }
        member = new PgMember(home, home);
        member.useAs(viewer);
    }

    @AfterEach
    void forgetPgPass() {
        member.forget();
    }

    @Test
    void aViewersWindowIsReadOnlyWithTheReasonInTheStatusBar() {
        waitUntil(() -> rows().size() == 1 && lookup(".status-read-only").queryAs(Label.class).isVisible());
        assertThat(lookup(".status-read-only").queryAs(Label.class).getText())
                .isEqualTo("\u00b7 Read only: you are a viewer of this ledger, so adding, editing, deleting, importing and undo are off");

        interact(() -> lookup("#table").queryAs(TableView.class).getSelectionModel().select(0));
        assertThat(lookup("#addButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(lookup("#editButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(lookup("#deleteButton").queryAs(Button.class).isDisabled()).isTrue();
        for (String item : new String[] {"newExpenseItem", "importItem", "undoItem", "editExpenseItem", "deleteExpenseItem"}) {
            assertThat(menuItem(item).isDisable()).as(item).isTrue();
        }

        // The keys that edit and delete a selected row elsewhere do nothing here.
        clickOn("#table");
        type(KeyCode.DELETE);
        type(KeyCode.ENTER);
        waitUntil(() -> !context.tasks().isBusy());
        assertThat(lookup(".dialog-pane").tryQuery()).isEmpty();
        assertThat(windowWith("#amountField")).isNull();
        assertThat(rows()).hasSize(1);

        clickOn("#categoriesNav");
        waitUntil(() -> lookup("#addCategoryButton").tryQuery().isPresent());
        assertThat(lookup("#addCategoryButton").queryAs(Button.class).isDisabled()).isTrue();
    }
}
