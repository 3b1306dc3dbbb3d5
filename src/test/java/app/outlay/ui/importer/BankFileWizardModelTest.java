package app.outlay.ui.importer;

import app.outlay.bankfiles.BankFormat;
import app.outlay.bankfiles.QifDates;
import app.outlay.csv.ImportProfiles;
import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.service.importing.ImportReport;
import app.outlay.service.importing.ImportService;
import app.outlay.service.ledger.LedgerService;
import app.outlay.testing.SameThreadTasks;
import app.outlay.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.concurrent.atomic.AtomicReference;

import static app.outlay.bankfiles.BankFileSamples.sample;
import static org.assertj.core.api.Assertions.assertThat;

/** The wizard's model for a bank file, without a window: straight to the preview, ask about QIF dates, import. */
class BankFileWizardModelTest {

    @TempDir
    Path folder;

    private final SameThreadTasks tasks = new SameThreadTasks();
    private ImportService imports;
    private ImportProfiles profiles;

    @BeforeEach
    void ledger() {
        Database database = TestDatabases.h2();
        TestDatabases.reset(database);
        imports = new ImportService(new DatabaseHolder(database));
        new LedgerService(new DatabaseHolder(database)).setCurrency(Currency.getInstance("EUR"));
        profiles = new ImportProfiles(folder);
    }

    @Test
    void aCamtFileIsPreviewedLineByLineAndImported() {
        ImportWizardModel model = new ImportWizardModel(sample("camt/statement-2026-01-05.xml"), imports, profiles, tasks);
        assertThat(model.bankFile()).hasValueSatisfying(choice -> assertThat(choice.format()).isEqualTo(BankFormat.CAMT053));
        model.setRules("Stadtwerke => Utilities");
        model.previewBankFile();
        assertThat(model.bankProblemProperty().get()).isNull();
        assertThat(model.bankPreviewProperty().get()).hasSize(8);
        ImportService.PreviewLine power = model.bankPreviewProperty().get().get(1);
        assertThat(power.date()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(power.description()).isEqualTo("Stadtwerke Köln GmbH");
        assertThat(power.amount()).isEqualTo(new BigDecimal("89.00"));
        assertThat(power.category()).isEqualTo("Utilities");

        AtomicReference<ImportReport> done = new AtomicReference<>();
        model.runImport(done::set, failure -> { throw new AssertionError(failure); });
        assertThat(done.get().summary()).isEqualTo("imported 8 (6 expenses, 0 refunds, 2 income), skipped 0 duplicates, 0 incoming");
        assertThat(tasks.failures()).isEmpty();
    }

    @Test
    void qifDatesThatFitBothOrdersAreAskedAbout() {
        ImportWizardModel model = new ImportWizardModel(sample("qif/ambiguous-dates.qif"), imports, profiles, tasks);
        model.previewBankFile();
        assertThat(model.askDateOrderProperty().get()).isTrue();
        assertThat(model.bankProblemProperty().get().english()).contains("'03/04/2026'");
        assertThat(model.bankPreviewProperty().get()).isNull();

        model.setDateOrder(QifDates.Order.DAY_FIRST);
        assertThat(model.bankProblemProperty().get()).isNull();
        assertThat(model.bankPreviewProperty().get()).extracting(ImportService.PreviewLine::date)
                .containsExactly(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 5, 4));
    }

    @Test
    void aHostileFileIsShownAsAProblemAndCannotGoOn() {
        ImportWizardModel model = new ImportWizardModel(sample("camt/billion-laughs.xml"), imports, profiles, tasks);
        model.previewBankFile();
        assertThat(model.bankProblemProperty().get().english()).contains("DOCTYPE (DTD) is refused");
        assertThat(model.bankPreviewProperty().get()).isNull();
        assertThat(model.askDateOrderProperty().get()).isFalse();
    }
}
