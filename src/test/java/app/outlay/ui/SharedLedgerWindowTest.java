package app.outlay.ui;

import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.service.history.UndoService;
import app.outlay.testing.CsvSamples;
import app.outlay.testing.TestPostgres;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window on a shared PostgreSQL ledger, where it no longer hears its own changes back from the server: what it
 * changes itself (typed, or imported through the wizard in the background) it shows by itself, as on H2; what
 * another client changes it shows within seconds, the undo menu included.
 */
class SharedLedgerWindowTest extends OutlayUiTest {

    @Test
    void ownChangesAndAnotherClientsShowTheUndoMenuIncluded() {
        var shared = TestPostgres.freshDatabaseWithPassword();
        Database mine = Database.open(shared);
        interact(() -> context.activate(mine));
        waitUntil(() -> !context.tasks().isBusy() && databaseText().startsWith("PostgreSQL")
                && context.otherClientsProperty().get() >= 0);

        add("30.00", "Taxi");
        waitUntil(() -> rows().size() == 1 && !context.tasks().isBusy() && !menuItem("undoItem").isDisable());

        // Another Outlay of this user (a pool of its own) undoes it: the list and this window's menu follow.
        try (Database theirs = Database.open(shared)) {
            UndoService elsewhere = new UndoService(new DatabaseHolder(theirs));
            elsewhere.undo(elsewhere.next().orElseThrow().batchId());
        }
        waitUntil(() -> rows().isEmpty() && !context.tasks().isBusy() && menuItem("undoItem").isDisable());

        add("4.50", "Bus");
        waitUntil(() -> rows().size() == 1 && !context.tasks().isBusy() && !menuItem("undoItem").isDisable());

        // An import through the wizard, on the worker: the rows and "undo stops at the import" show without an echo.
        interact(() -> mainWindow.openImport(CsvSamples.file("eu-bank-utf8-bom.csv")));
        awaitWindowWith("#previewTable");
        clickOn("#nextButton");
        waitUntil(() -> ((Label) windowWith("#previewTable").getScene().lookup("#summaryLabel")).getText().startsWith("Ready:"));
        clickOn("#importButton");
        waitUntil(() -> windowWith("#previewTable") == null && lookup(".dialog-pane").tryQuery().isPresent());
        type(KeyCode.ENTER);
        waitUntil(() -> !context.tasks().isBusy() && menuItem("undoItem").getText().startsWith("Undo stops"));

        long imported = context.ledger().counts().expenses();
        assertThat(imported).isGreaterThan(1);
        assertThat(rows()).hasSize((int) imported);
        assertThat(menuItem("undoItem").getText())
                .isEqualTo("Undo stops at the import of \u201ceu-bank-utf8-bom.csv\u201d (an import cannot be undone)");
    }

    private void add(String amount, String description) {
        clickOn("#addButton");
        awaitWindowWith("#amountField");
        write(amount);
        type(KeyCode.TAB);
        write(description);
        type(KeyCode.ENTER);
        waitUntil(() -> windowWith("#amountField") == null);
    }
}
