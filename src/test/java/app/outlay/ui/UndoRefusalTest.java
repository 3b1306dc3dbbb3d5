package app.outlay.ui;

import app.outlay.data.DatabaseHolder;
import app.outlay.service.history.UndoService;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** An undo that is not this window's any more is refused in a plain message: information, no stack trace. */
class UndoRefusalTest extends OutlayUiTest {

    @Test
    void anUndoDoneMeanwhileInAnotherWindowIsRefusedAsInformation() {
        clickOn("#addButton");
        awaitWindowWith("#amountField");
        write("30.00");
        type(KeyCode.TAB);
        write("Taxi");
        type(KeyCode.ENTER);
        waitUntil(() -> windowWith("#amountField") == null && rows().size() == 1 && !context.tasks().isBusy()
                && !menuItem("undoItem").isDisable());
        // The same step undone elsewhere, while this window's menu still offers it.
        UndoService elsewhere = new UndoService(new DatabaseHolder(context.database().get()));
        elsewhere.undo(elsewhere.next().orElseThrow().batchId());

        push(KeyCode.CONTROL, KeyCode.Z);

        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getStyleClass()).contains("information").doesNotContain("error");
        assertThat(dialog.getHeaderText()).isEqualTo("Nothing was undone");
        assertThat(dialog.getContentText()).isEqualTo("That change has been undone already, in another Outlay window. "
                + "Nothing else was undone.");
        assertThat(dialog.getExpandableContent()).isNull();
        type(KeyCode.ENTER);
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isEmpty() && !context.tasks().isBusy());
        assertThat(context.ledger().counts().expenses()).isZero();
    }

    /**
     * After an import through the wizard, the menu says that undo stops there (it offered the entry typed before the
     * import: the window did not ask again after an import).
     */
    @Test
    void afterAnImportTheMenuSaysUndoStopsThere() {
        clickOn("#addButton");
        awaitWindowWith("#amountField");
        write("30.00");
        type(KeyCode.TAB);
        write("Taxi");
        type(KeyCode.ENTER);
        waitUntil(() -> windowWith("#amountField") == null && !context.tasks().isBusy() && !menuItem("undoItem").isDisable());
        Path file = app.outlay.testing.CsvSamples.file("eu-bank-utf8-bom.csv");

        interact(() -> mainWindow.openImport(file));
        awaitWindowWith("#previewTable");
        clickOn("#nextButton");
        waitUntil(() -> ((javafx.scene.control.Label) windowWith("#previewTable").getScene().lookup("#summaryLabel"))
                .getText().startsWith("Ready:"));
        clickOn("#importButton");
        waitUntil(() -> windowWith("#previewTable") == null && lookup(".dialog-pane").tryQuery().isPresent());
        type(KeyCode.ENTER);

        waitUntil(() -> !context.tasks().isBusy() && menuItem("undoItem").getText().startsWith("Undo stops"));
        assertThat(menuItem("undoItem").getText())
                .isEqualTo("Undo stops at the import of \u201ceu-bank-utf8-bom.csv\u201d (an import cannot be undone)");
        assertThat(menuItem("undoItem").isDisable()).isTrue();
    }
}
