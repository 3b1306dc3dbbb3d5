package app.outlay.ui;

import app.outlay.csv.CsvDetector;
import app.outlay.csv.CsvFormat;
import app.outlay.csv.Detection;
import app.outlay.csv.ImportProfile;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.service.importing.MoneyIn;
import app.outlay.testing.CsvSamples;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import app.outlay.service.category.CategorySummary;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The import wizard driven as a user would, from the file the chooser would hand it. */
class ImportWizardTest extends OutlayUiTest {

    private void openWizard(Path file) {
        interact(() -> mainWindow.openImport(file));
        awaitWindowWith("#previewTable");
    }

    /** A node of the wizard's window (the main window's screens use some of the same ids). */
    @SuppressWarnings("unchecked")
    private <T> T node(String id) {
        return (T) windowWith("#previewTable").getScene().lookup(id);
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
                "Spending[line=2, date=2026-03-02, description=Café Central Wien, amount=4.80, category=null, notes=null, tags=[], split=null, paid=null]");

        clickOn("#nextButton");
        // Money coming in is suggested per line: the salary matches no expense, so it is income; the user leaves it out.
        waitUntil(() -> this.<Label>node("#summaryLabel").getText().equals(
                "Ready: 6 entries to import (5 expenses, 0 refunds, 1 income)"));
        ComboBox<MoneyIn> salary = node("#moneyIn-4");
        assertThat(salary.getValue()).isEqualTo(MoneyIn.INCOME);
        javafx.scene.layout.GridPane moneyIn = node("#moneyInGrid");
        assertThat(moneyIn.getChildren().stream().filter(Label.class::isInstance).map(n -> ((Label) n).getText()).toList())
                .anySatisfy(text -> assertThat(text).contains("Line 4", "Gehalt März", "+$3,250.00"))
                .anySatisfy(text -> assertThat(text).startsWith("Suggested: income"));
        interact(() -> salary.setValue(MoneyIn.SKIP));
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
        assertThat(home.resolve("import-profiles/Erste Bank.properties")).exists().content().contains("money.in=auto");

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

    private static final String STATEMENT = "Buchungstag;Verwendungszweck;Betrag;W\u00e4hrung\n"
            + "02.03.2026;Dom-Caf\u00e9 K\u00f6ln;-4,80;EUR\n"
            + "03.03.2026;B\u00e4ckerei M\u00fcller;-3,25;EUR\n";

    /** Issue 15.2: a profile saved from a Windows-1252 file, then a UTF-8 export of the same bank. */
    @Test
    void aProfileFromAWindows1252FileReadsAUtf8FileAsUtf8AndSaysWhy() throws Exception {
        Path original = home.resolve("statement-1252.csv");
        Files.write(original, STATEMENT.getBytes(Charset.forName("windows-1252")));
        Detection detected = CsvDetector.detect(original);
        context.importProfiles().save(new ImportProfile("Sparkasse", detected.headerSignature(), detected.format(),
                detected.mapping(), List.of(), Map.of()));
        Path utf8 = home.resolve("statement-utf8.csv");
        Files.writeString(utf8, STATEMENT, StandardCharsets.UTF_8);

        openWizard(utf8);

        assertThat(this.<ComboBox<?>>node("#profileBox").getValue()).isEqualTo("Sparkasse");
        assertThat(this.<ComboBox<?>>node("#encodingBox").getValue()).isEqualTo(StandardCharsets.UTF_8);
        Label note = node("#encodingNote");
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).isEqualTo("The profile \u201cSparkasse\u201d reads files as windows-1252, but this file is"
                + " valid UTF-8 throughout: read as UTF-8 instead.");
        assertThat(this.<ComboBox<Charset>>node("#encodingBox").getItems()).containsAll(Charset.availableCharsets().values());

        clickOn("#nextButton");
        waitUntil(() -> this.<Label>node("#summaryLabel").getText().startsWith("Ready: 2 expenses"));
        press("#importButton");
        waitUntil(() -> windowWith("#previewTable") == null && rows().size() == 2);
        assertThat(rows()).extracting(ExpenseRow::description).containsExactlyInAnyOrder("Dom-Caf\u00e9 K\u00f6ln", "B\u00e4ckerei M\u00fcller");
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        type(KeyCode.ENTER);

        // The 1252 original keeps the profile's encoding, says nothing about it, and its lines are the same ones.
        openWizard(original);
        assertThat(this.<ComboBox<?>>node("#encodingBox").getValue()).isEqualTo(Charset.forName("windows-1252"));
        assertThat(this.<Label>node("#encodingNote").isVisible()).isFalse();
        clickOn("#nextButton");
        waitUntil(() -> this.<Label>node("#summaryLabel").getText().startsWith("Ready: 0 expenses"));
        assertThat(this.<CheckBox>node("#keepDuplicatesBox").getText()).contains("2");
    }

    /** Issue 25.6: a mostly-UTF-8 file with one bad byte is read as UTF-8, says where, and lists the line as rejected. */
    @Test
    void aBadByteInAUtf8FileIsNamedAndItsLineRejected() throws Exception {
        Path file = home.resolve("damaged.csv");
        byte[] good = "date,description,amount\n2026-03-01,Caf\u00e9,4.80\n2026-03-02,Caf".getBytes(StandardCharsets.UTF_8);
        byte[] rest = " bad,2.00\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(good, good.length + 1 + rest.length);
        bytes[good.length] = (byte) 0xE9;
        System.arraycopy(rest, 0, bytes, good.length + 1, rest.length);
        Files.write(file, bytes);

        openWizard(file);

        assertThat(this.<ComboBox<?>>node("#encodingBox").getValue()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(this.<Label>node("#encodingNote").getText()).startsWith("The file is UTF-8, but line 3 holds a byte that is not: 0xE9 in column 15");
        clickOn("#nextButton");
        waitUntil(() -> this.<Label>node("#summaryLabel").getText().startsWith("1 line cannot be imported"));
        TableView<?> rejected = node("#rejectedTable");
        assertThat(rejected.getItems().get(0)).hasToString("line 3: byte 0xE9 in line 3, column 15 (byte " + good.length
                + " of the file) is not valid UTF-8; nothing from this line was read (a damaged file, or the wrong encoding)");
    }

    /** Issue 15.5: Tab leaves the rules as it leaves every field, and what was typed stays. */
    @Test
    void tabLeavesTheRulesAndKeepsThem() throws Exception {
        Path file = home.resolve("statement.csv");
        Files.writeString(file, "date,description,amount\n2026-03-01,REWE Markt,23.45\n", StandardCharsets.UTF_8);
        openWizard(file);
        clickOn("#nextButton");
        waitUntil(() -> this.<Label>node("#summaryLabel").getText().startsWith("Ready: 1 expense"));
        TextArea rules = node("#rulesArea");
        interact(rules::requestFocus);
        write("REWE => Groceries");
        type(KeyCode.TAB);
        waitUntil(() -> !rules.isFocused());
        assertThat(rules.getText()).isEqualTo("REWE => Groceries");
    }

    /** After an import every view of the ledger shows it, the categories' counts too, not only the list. */
    @Test
    void anImportIsShownOnTheCategoriesScreenAlreadyOpen() throws Exception {
        push(KeyCode.CONTROL, KeyCode.DIGIT2);
        TableView<CategorySummary> categories = lookup(".categories-view .expense-table").queryAs(TableView.class);
        waitUntil(() -> !categories.getItems().isEmpty());
        Path file = home.resolve("statement.csv");
        Files.writeString(file, "date,description,amount,category\n2026-03-01,REWE Markt,23.45,Groceries\n"
                + "2026-03-02,Edeka,12.10,Groceries\n", StandardCharsets.UTF_8);
        openWizard(file);
        press("#nextButton");
        waitUntil(() -> this.<Label>node("#summaryLabel").getText().startsWith("Ready: 2 expenses"));
        press("#importButton");
        waitUntil(() -> windowWith("#previewTable") == null && !context.tasks().isBusy());
        waitUntil(() -> categories.getItems().stream().anyMatch(c -> c.name().equals("Groceries") && c.expenseCount() == 2));
    }

    /** A wizard button, as Enter on it does, once it can be used. */
    private void press(String id) {
        Button button = node(id);
        waitUntil(() -> !button.isDisabled());
        interact(button::fire);
    }
}
