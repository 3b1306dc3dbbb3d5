package app.outlay.service.ledger;

import app.outlay.service.expense.ExpenseRow;
import app.outlay.service.expense.ExpenseService;
import app.outlay.service.history.UndoService;
import app.outlay.service.importing.ImportRequest;
import app.outlay.service.importing.ImportService;
import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.data.DatabaseSettings;
import app.outlay.csv.ColumnMapping;
import app.outlay.csv.CsvFormat;
import app.outlay.domain.Expense;
import app.outlay.domain.ExpenseDetails;
import app.outlay.settings.AppPaths;
import app.outlay.settings.PgPassFile;
import app.outlay.settings.SettingsStore;
import app.outlay.testing.TestDatabases;
import app.outlay.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Switching databases: a failure leaves everything as it was; a success writes settings only then. */
class DatabaseSwitcherTest {

    private Path home;
    private Database h2;
    private DatabaseHolder holder;
    private SettingsStore settings;
    private PgPassFile pgpass;
    private DatabaseSwitcher switcher;

    @BeforeEach
    void openH2WithOneExpense() {
        home = TestDatabases.tempDir("outlay-switch");
        AppPaths paths = AppPaths.under(home).createFolders();
        h2 = Database.open(DatabaseSettings.h2(paths.defaultH2Base()));
        holder = new DatabaseHolder(h2);
        new ExpenseService(holder).add(new ExpenseDetails(LocalDate.of(2026, 3, 3), "Rent", new BigDecimal("950.00"), 3L, null));
        settings = new SettingsStore(paths.settingsFile());
        pgpass = new PgPassFile(home.resolve("pgpass"));
        switcher = new DatabaseSwitcher(holder, settings, pgpass);
    }

    @AfterEach
    void close() {
        holder.get().close();
    }

    @Test
    void unreachableTargetLeavesTheOldDatabaseAndTheSettingsAlone() throws Exception {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        DatabaseSettings target = DatabaseSettings.postgresql("localhost", freePort, "outlay", "ann", DatabaseSettings.SslMode.DISABLE, "pw");

        assertThatThrownBy(() -> switcher.open(target)).hasRootCauseInstanceOf(java.net.ConnectException.class);

        assertThat(holder.get()).isSameAs(h2);
        assertThat(new LedgerService(holder).counts().expenses()).isEqualTo(1);
        assertThat(settings.file()).doesNotExist();
    }

    @Test
    void switchWithoutCopyWritesSettingsWithoutThePasswordAndRemembersItWhenAsked() throws Exception {
        DatabaseSettings fresh = TestPostgres.freshDatabaseWithPassword();

        DatabaseSwitcher.Candidate candidate = switcher.open(fresh);
        assertThat(candidate.offerCopy()).isTrue();
        assertThat(candidate.current().expenses()).isEqualTo(1);
        assertThat(candidate.target().expenses()).isZero();
        Database next = switcher.complete(candidate, false, true);
        Database old = holder.swap(next);
        old.close();

        assertThat(next.settings().kind()).isEqualTo(DatabaseSettings.Kind.POSTGRESQL);
        assertThat(new LedgerService(holder).counts().expenses()).isZero();
        String written = Files.readString(settings.file());
        assertThat(written).contains("db.kind=postgresql", "db.pg.database=" + fresh.database());
        assertThat(written).doesNotContain("password").doesNotContain(fresh.password());
        assertThat(Files.readAllLines(pgpass.file()))
                .containsExactly(fresh.host() + ":" + fresh.port() + ":" + fresh.database() + ":outlay_pw:right-password");
        // The H2 file that was left is untouched: it still holds its expense.
        try (Database reopened = Database.open(h2.settings())) {
            assertThat(new LedgerService(new DatabaseHolder(reopened)).counts().expenses()).isEqualTo(1);
        }
    }

    @Test
    void afterACopyIdsOfDeletedExpensesAreNotHandedOutAgain() throws Exception {
        // A block of ids used up by an import, so the next id lies beyond those a new database hands out first.
        Path filler = home.resolve("filler.csv");
        Files.write(filler, java.util.stream.Stream.concat(java.util.stream.Stream.of("date,description,amount,category,notes"),
                java.util.stream.IntStream.range(0, Expense.ID_BLOCK).mapToObj(i -> "2026-03-01,Filler " + i + ",1.00,,")).toList());
        assertThat(new ImportService(holder).importFile(ImportRequest.of(filler, CsvFormat.CANONICAL, ColumnMapping.CANONICAL),
                rejected -> { }).committed()).isTrue();
        ExpenseService expenses = new ExpenseService(holder);
        ExpenseRow deleted = expenses.add(new ExpenseDetails(LocalDate.of(2026, 3, 4), "Deleted before the move",
                new BigDecimal("12.00"), 3L, null));
        assertThat(deleted.id()).isGreaterThan(1_000);
        expenses.delete(deleted.id());

        DatabaseSwitcher.Candidate candidate = switcher.open(DatabaseSettings.h2(home.resolve("moved").resolve("outlay")));
        holder.swap(switcher.complete(candidate, true, false)).close();
        // Its history moved along: undo puts it back, with its own id, which a new expense must not get too.
        UndoService undo = new UndoService(holder);
        undo.undo(undo.next().orElseThrow().batchId());
        ExpenseRow added = expenses.add(new ExpenseDetails(LocalDate.of(2026, 3, 5), "Added after the move",
                new BigDecimal("7.00"), 3L, null));

        assertThat(added.id()).isNotEqualTo(deleted.id());
        assertThat(new LedgerService(holder).counts().expenses()).isEqualTo(1 + Expense.ID_BLOCK + 2);
    }
}
