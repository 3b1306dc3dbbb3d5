package app.outlay.service.ledger;

import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.data.DatabaseSettings;
import app.outlay.data.LedgerFiles;
import app.outlay.domain.ExpenseDetails;
import app.outlay.service.expense.ExpenseService;
import app.outlay.settings.AppPaths;
import app.outlay.settings.PgPassFile;
import app.outlay.settings.SettingsStore;
import app.outlay.testing.TestDatabases;
import app.outlay.text.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * tester2 D5: the window changed or removed a protected ledger's password without asking for the current one. Now
 * both take it, and a wrong one is refused naming the field, with the ledger left as it was and still open.
 */
class LedgerPasswordChangeTest {

    private DatabaseHolder holder;
    private DatabaseService databases;
    private Path file;

    @BeforeEach
    void protectedLedgerWithOneExpense() {
        AppPaths paths = AppPaths.under(TestDatabases.tempDir("outlay-password-change")).createFolders();
        DatabaseSettings ledger = DatabaseSettings.h2(paths.defaultH2Base());
        file = ledger.h2File();
        holder = new DatabaseHolder(Database.open(ledger, paths.backupDir()));
        new ExpenseService(holder).add(new ExpenseDetails(LocalDate.of(2026, 3, 1), "Rent", new BigDecimal("950.00"), null, null));
        SettingsStore settings = new SettingsStore(paths.settingsFile());
        databases = new DatabaseService(holder, settings, paths, Map.of(),
                new DatabaseSwitcher(holder, settings, new PgPassFile(paths.settingsFile().resolveSibling("pgpass"))),
                holder::swap, pool -> { }, upgrade -> { });
        // A plain ledger has no current password to give.
        databases.use(databases.changeProtection(null, "first pass").reopened());
        assertThat(LedgerFiles.isEncrypted(file)).isTrue();
    }

    @AfterEach
    void close() {
        holder.get().close();
    }

    @Test
    void aWrongCurrentPasswordChangesNothingAndTheLedgerStaysOpen() {
        Database before = holder.get();
        String refusal = "Current password: that is not the password of the ledger " + file + ". Nothing was changed.";

        assertThatThrownBy(() -> databases.changeProtection("first pas", "second pass"))
                .isInstanceOf(InvalidInputException.class).hasMessage(refusal);
        assertThatThrownBy(() -> databases.changeProtection("", null)).isInstanceOf(InvalidInputException.class).hasMessage(refusal);
        assertThatThrownBy(() -> databases.changeProtection(null, null)).isInstanceOf(InvalidInputException.class);

        assertThat(holder.get()).as("still the ledger in use, open").isSameAs(before);
        assertThat(new LedgerService(holder).counts().expenses()).isEqualTo(1);
        assertThat(holder.get().settings().password()).isEqualTo("first pass");
        assertThat(LedgerFiles.isEncrypted(file)).isTrue();
    }

    @Test
    void theCurrentPasswordChangesItAndRemovesIt() {
        DatabaseService.Protection changed = databases.changeProtection("first pass", "second pass");
        assertThat(changed.failure()).isNull();
        databases.use(changed.reopened());
        assertThat(holder.get().settings().password()).isEqualTo("second pass");

        assertThatThrownBy(() -> databases.changeProtection("first pass", null)).as("the old one no longer")
                .isInstanceOf(InvalidInputException.class);
        DatabaseService.Protection removed = databases.changeProtection("second pass", null);
        assertThat(removed.failure()).isNull();
        databases.use(removed.reopened());

        assertThat(LedgerFiles.isEncrypted(file)).isFalse();
        assertThat(new LedgerService(holder).counts().expenses()).isEqualTo(1);
    }
}
