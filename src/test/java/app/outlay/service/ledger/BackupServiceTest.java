package app.outlay.service.ledger;

import app.outlay.service.expense.ExpenseFilter;
import app.outlay.service.expense.ExpenseOrder;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.service.expense.ExpenseService;
import app.outlay.data.Database;
import app.outlay.data.DatabaseCopy;
import app.outlay.data.DatabaseHolder;
import app.outlay.data.DatabaseSettings;
import app.outlay.domain.ExpenseDetails;
import app.outlay.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one backup-and-restore sequence the window and the command line share, on real H2 files. */
class BackupServiceTest {

    private Path home;
    private Path backups;
    private DatabaseHolder ledger;
    private BackupService service;

    @BeforeEach
    void ledgerWithTwoExpenses() {
        home = TestDatabases.tempDir("outlay-backup-service");
        backups = home.resolve("backups");
        ledger = new DatabaseHolder(Database.open(DatabaseSettings.h2(home.resolve("ledger")), backups));
        ExpenseService expenses = new ExpenseService(ledger);
        expenses.add(new ExpenseDetails(LocalDate.of(2026, 3, 1), "Rent", new BigDecimal("950.00"), 3L, null));
        expenses.add(new ExpenseDetails(LocalDate.of(2026, 3, 2), "Bread", new BigDecimal("0.10"), 1L, null));
        service = new BackupService(ledger, backups);
    }

    @AfterEach
    void close() {
        ledger.get().close();
    }

    @Test
    void aBackupRestoredOverTheLedgerKeepsWhatItReplacedFirst() {
        Path backup = service.newFile("outlay-backup");
        long categories = new LedgerService(ledger).counts().categories();
        assertThat(service.backUp(backup)).isEqualTo(new DatabaseCopy.Contents(2, categories, new BigDecimal("950.10")));
        new ExpenseService(ledger).add(new ExpenseDetails(LocalDate.of(2026, 3, 3), "Later", new BigDecimal("5.00"), 1L, null));

        BackupService.Restored restored = service.restore(backup, true, null);

        assertThat(restored.contents().expenses()).isEqualTo(2);
        assertThat(restored.replaced()).isEqualTo(3);
        assertThat(restored.before()).isNotNull();
        assertThat(BackupService.h2File(restored.before())).exists();
        assertThat(new LedgerService(ledger).counts().expenses()).isEqualTo(2);
    }

    @Test
    void aLedgerWithExpensesIsNotReplacedUnlessAskedAndNothingIsWritten() throws IOException {
        Path backup = service.newFile("outlay-backup");
        service.backUp(backup);

        assertThatThrownBy(() -> service.restore(backup, false, null)).hasMessageContaining("already holds");

        assertThat(files(backups)).as("no before-restore copy").noneMatch(name -> name.startsWith("outlay-before-restore"));
    }

    @Test
    void aMissingBackupCostsNoBeforeRestoreCopy() throws IOException {
        assertThatThrownBy(() -> service.restore(home.resolve("nowhere.mv.db"), true, null)).hasMessageContaining("nowhere.mv.db");

        assertThat(files(backups)).noneMatch(name -> name.startsWith("outlay-before-restore"));
        assertThat(new LedgerService(ledger).counts().expenses()).isEqualTo(2);
    }

    @Test
    void anEmptyLedgerNeedsNoBeforeRestoreCopy() {
        Path backup = service.newFile("outlay-backup");
        service.backUp(backup);
        new ExpenseService(ledger).deleteAll(new ExpenseService(ledger).page(ExpenseFilter.all(), ExpenseOrder.NEWEST_FIRST, null, 10)
                .rows().stream().map(ExpenseRow::id).toList());

        BackupService.Restored restored = service.restore(backup, false, null);

        assertThat(restored.before()).isNull();
        assertThat(restored.replaced()).isZero();
        assertThat(new LedgerService(ledger).counts().expenses()).isEqualTo(2);
    }

    private static java.util.List<String> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return java.util.List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(path -> path.getFileName().toString()).toList();
        }
    }
}
