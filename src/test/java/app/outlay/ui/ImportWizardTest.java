package app.outlay.ui;

import app.outlay.csv.CsvFormat;
import app.outlay.service.ExpenseRow;
import app.outlay.testing.CsvSamples;
import app.outlay.ui.main.MainWindow;
import app.outlay.ui.main.MainWindowController;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The import wizard driven as a user would, from the file the chooser would hand it. */
class ImportWizardTest extends OutlayUiTest {

    private MainWindowController controller;

    @Override
    protected void showWindow() throws Exception {
        stage = FxToolkit.setupStage(s -> { });
        interact(() -> {
            controller = MainWindow.create(stage, context);
            stage.show();
        });
    }

    private void openWizard(Path file) {
        interact(() -> controller.openImport(file));
        awaitWindowWith("#previewTable");
    }

    @SuppressWarnings("unchecked")
    private <T> T node(String id) {
        return (T) windowWith(id).getScene().lookup(id);
    }

    @Test
    void europeanBankFileIsDetectedPreviewedCheckedAndImportedWithAProfile() {
        openWizard(CsvSamples.file("eu-bank-utf8-bom.csv"));

        assertThat(this.<ComboBox<?>>node("#delimiterBox").getValue()).isEqualTo(';');
        assertThat(this.<ComboBox<?>>node("#decimalBox").getValue()).isEqualTo(',');
        assertThat(this.<ComboBox<?>>node("#dateFormatBox").getValue()).isEqualTo("dd.MM.yyyy");
        assertThat(this.<ComboBox<?>>node("#signBox").getValue()).isEqualTo(CsvFormat.AmountSign.NEGATIVE_IS_EXPENSE);
        assertThat(this.<CheckBox>node("#headerBox").isSelected()).isTrue();
        assertThat(this.<Label>node("#profileNote").getText()).contains("UTF-8 with byte-order mark", "delimiter ;", "decimal ,", "dates dd.MM.yyyy");
        TableView<?> preview = node("#previewTable");
        assertThat(preview.getItems()).hasSize(6);
        assertThat(preview.getColumns().get(preview.getColumns().size() - 1).getCellData(0)).hasToString(
                "Spending[line=2, date=2026-03-02, description=Café Central Wien, amount=4.80, category=null, notes=null]");

        clickOn("#nextButton");
        waitUntil(() -> this.<Label>node("#summaryLabel").getText().startsWith("Ready: 5 expenses"));
        assertThat(this.<Label>node("#detailLabel").getText()).contains("1 money coming in", "New categories: none");

        clickOn("#saveProfileBox");
        doubleClickOn("#profileNameField").push(KeyCode.CONTROL, KeyCode.A).write("Erste Bank");
        clickOn("#importButton");

        waitUntil(() -> windowWith("#previewTable") == null && rows().size() == 5);
        assertThat(rows()).extracting(ExpenseRow::amount).contains(new BigDecimal("1250.00"), new BigDecimal("61.05"));
        assertThat(totalText()).isEqualTo("$1,323.90");
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        type(KeyCode.ENTER);
        assertThat(home.resolve("import-profiles/Erste Bank.properties")).exists();

        // A second file of the same shape is recognised by its header and gets the saved settings.
        openWizard(CsvSamples.file("eu-bank-windows-1252.csv"));
        assertThat(this.<Label>node("#profileNote").getText()).contains("Erste Bank");
        assertThat(this.<ComboBox<?>>node("#profileBox").getValue()).isEqualTo("Erste Bank");
    }

    @Test
    void rejectedLinesAreListedAndCanBeSkipped() throws Exception {
        Path file = home.resolve("statement.csv");
        Files.copy(CsvSamples.file("with-total-line.csv"), file);
        openWizard(file);

        clickOn("#nextButton");
        waitUntil(() -> this.<Label>node("#summaryLabel").getText().startsWith("1 line cannot be imported"));
        TableView<?> rejected = node("#rejectedTable");
        assertThat(rejected.getItems()).hasSize(1);
        assertThat(rejected.getItems().get(0)).hasToString("line 5: date 'Summe': not a date like dd.MM.yyyy");
        assertThat(lookup("#importButton").queryButton().isDisabled()).isTrue();

        clickOn("#skipRejectedBox");
        waitUntil(() -> this.<Label>node("#summaryLabel").getText().startsWith("Ready: 3 expenses"));
        clickOn("#importButton");
        waitUntil(() -> rows().size() == 3);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("Summe");
    }
}
