package app.outlay.ui.importer;

import app.outlay.csv.CsvFormat;
import app.outlay.csv.ImportProfiles;
import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.service.expense.ExpenseFilter;
import app.outlay.service.expense.ExpenseOrder;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.service.expense.ExpenseService;
import app.outlay.service.importing.ImportReport;
import app.outlay.service.importing.ImportService;
import app.outlay.testing.SameThreadTasks;
import app.outlay.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The import wizard's steps without a window: detect, check, import, save a profile, and find it again. */
class ImportWizardModelTest {

    private static final String STATEMENT = "Buchungstag;Verwendungszweck;Betrag\n"
            + "02.11.2026;REWE Markt K\u00f6ln;-23,45\n"
            + "05.11.2026;Stadtwerke;-89,00\n";

    @TempDir
    Path folder;

    private final SameThreadTasks tasks = new SameThreadTasks();
    private ImportService imports;
    private ExpenseService expenses;
    private ImportProfiles profiles;
    private Path file;

    @BeforeEach
    void ledgerAndFile() throws Exception {
        Database database = TestDatabases.h2();
        TestDatabases.reset(database);
        DatabaseHolder holder = new DatabaseHolder(database);
        imports = new ImportService(holder);
        expenses = new ExpenseService(holder);
        profiles = new ImportProfiles(folder);
        file = Files.write(folder.resolve("statement.csv"), STATEMENT.getBytes(Charset.forName("windows-1252")));
    }

    @Test
    void detectsChecksImportsAndRemembersTheBank() {
        ImportWizardModel model = new ImportWizardModel(file, imports, profiles, tasks);
        assertThat(model.formatProperty().get().delimiter()).isEqualTo(';');
        assertThat(model.formatProperty().get().sign()).isEqualTo(CsvFormat.AmountSign.NEGATIVE_IS_EXPENSE);
        assertThat(model.setRules("REWE => Groceries\nno arrow here")).containsExactly("no arrow here");

        AtomicReference<ImportReport> checked = new AtomicReference<>();
        model.check(checked::set, failure -> { throw new AssertionError(failure); });
        assertThat(checked.get().imported()).isEqualTo(2);
        assertThat(model.busyProperty().get()).isFalse();

        AtomicReference<ImportReport> done = new AtomicReference<>();
        model.runImport(done::set, failure -> { throw new AssertionError(failure); });
        assertThat(done.get().imported()).isEqualTo(2);
        assertThat(stored()).extracting(ExpenseRow::description, ExpenseRow::categoryName).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("REWE Markt K\u00f6ln", "Groceries"),
                org.assertj.core.groups.Tuple.tuple("Stadtwerke", null));
        model.saveProfile("Sparkasse");

        // The same bank's next file: the profile with its rule is found, and the lines already there are duplicates.
        ImportWizardModel again = new ImportWizardModel(file, imports, profiles, tasks);
        assertThat(again.matchedProfile()).hasValueSatisfying(profile -> assertThat(profile.name()).isEqualTo("Sparkasse"));
        assertThat(ImportWizardModel.rulesText(again.rulesProperty().get())).isEqualTo("REWE => Groceries\n");
        again.check(checked::set, failure -> { throw new AssertionError(failure); });
        assertThat(checked.get().imported()).isZero();
        assertThat(checked.get().duplicates()).isEqualTo(2);
        assertThat(tasks.failures()).isEmpty();
    }

    @Test
    void theCheckStepKnowsTheAmountsAsTheyWillBeSavedAndTheFilesTotal() {
        ImportWizardModel model = new ImportWizardModel(app.outlay.testing.CsvSamples.file("bank-de-thousands-only.csv"), imports,
                profiles, tasks);
        AtomicReference<ImportReport> checked = new AtomicReference<>();
        model.check(checked::set, failure -> { throw new AssertionError(failure); });

        app.outlay.csv.FileTotals totals = model.totalsProperty().get();
        assertThat(totals.first()).extracting(java.math.BigDecimal::toPlainString).containsExactly("1000.00", "2500.00", "1250.00");
        assertThat(totals.out()).isEqualByComparingTo("4750.00");
        assertThat(totals.outLines()).isEqualTo(3);
        assertThat(totals.inLines()).isZero();
        model.runImport(checked::set, failure -> { throw new AssertionError(failure); });
        assertThat(stored()).extracting(row -> row.amount().toPlainString()).containsExactlyInAnyOrder("1000.00", "2500.00", "1250.00");
    }

    private java.util.List<ExpenseRow> stored() {
        return expenses.page(new ExpenseFilter("", null, null, null), ExpenseOrder.NEWEST_FIRST, null, 10).rows();
    }
}
