package app.outlay.ui.main;

import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.data.DatabaseSettings;
import app.outlay.domain.ExpenseDetails;
import app.outlay.service.ledger.BackupService;
import app.outlay.service.ledger.DatabaseService;
import app.outlay.service.ledger.DatabaseSwitcher;
import app.outlay.service.expense.ExpenseService;
import app.outlay.service.ledger.LedgerService;
import app.outlay.service.ledger.OpenLedger;
import app.outlay.settings.AppPaths;
import app.outlay.settings.PgPassFile;
import app.outlay.settings.SettingsStore;
import app.outlay.testing.SameThreadTasks;
import app.outlay.testing.TestDatabases;
import app.outlay.text.Texts;
import app.outlay.ui.common.AppState;
import app.outlay.ui.common.Languages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** File ▸ Back up… and Restore… without a window, on a real H2 ledger: the work, the ledger reopened, the words. */
class BackupModelTest {

    private final SameThreadTasks tasks = new SameThreadTasks();
    private final List<BackupModel.Message> said = new ArrayList<>();
    private final List<Database> replaced = new ArrayList<>();
    private DatabaseHolder holder;
    private AppState state;
    private Languages languages;
    private BackupModel model;

    @BeforeEach
    void ledgerWithOneExpense() {
        Path home = TestDatabases.tempDir("outlay-backup-model");
        AppPaths paths = AppPaths.under(home).createFolders();
        holder = new DatabaseHolder(Database.open(DatabaseSettings.h2(paths.defaultH2Base()), paths.backupDir()));
        new ExpenseService(holder).add(new ExpenseDetails(LocalDate.of(2026, 3, 1), "Rent", new BigDecimal("950.00"), null, null));
        SettingsStore settings = new SettingsStore(paths.settingsFile());
        languages = new Languages(settings, Locale.US);
        state = new AppState(languages);
        state.setLedger(OpenLedger.of(holder.get()));
        DatabaseService databases = new DatabaseService(holder, settings, paths, Map.of(),
                new DatabaseSwitcher(holder, settings, new PgPassFile(home.resolve("pgpass"))), next -> {
                    replaced.add(holder.swap(next));
                    state.setLedger(OpenLedger.of(next));
                }, pool -> { }, upgrade -> { });
        model = new BackupModel(new BackupService(holder, paths.backupDir()), databases, state, tasks, Texts.of(Locale.US));
    }

    @AfterEach
    void close() {
        holder.get().close();
        replaced.forEach(Database::close);
        languages.restoreDefault();
    }

    @Test
    void aBackupRestoredOverLaterChangesSaysWhereTheReplacedLedgerWent() {
        Path backup = model.folder().resolve(model.suggestedFileName());
        model.backUp(backup, said::add);
        new ExpenseService(holder).add(new ExpenseDetails(LocalDate.of(2026, 3, 2), "Later", new BigDecimal("5.00"), null, null));

        model.restore(backup, said::add);

        assertThat(tasks.failures()).isEmpty();
        assertThat(said).extracting(BackupModel.Message::header).containsExactly("Backup written", "Backup restored");
        assertThat(said.get(0).text()).startsWith("Backed up 1 expense").contains("$950.00").contains(backup.toString());
        assertThat(said.get(1).text()).contains("outlay-before-restore");
        assertThat(replaced).as("the ledger was opened afresh and put in use").hasSize(1);
        assertThat(new LedgerService(holder).counts().expenses()).isEqualTo(1);
        assertThat(model.restoreQuestion("x.mv.db")).contains(holder.get().displayName());
    }

    @Test
    void aMissingBackupIsSaidAndTheLedgerStaysAsItWas() {
        model.restore(model.folder().resolve("nowhere.mv.db"), said::add);

        assertThat(said).isEmpty();
        assertThat(tasks.failures()).singleElement().asString().contains("nowhere.mv.db");
        assertThat(replaced).isEmpty();
        assertThat(new LedgerService(holder).counts().expenses()).isEqualTo(1);
    }
}
