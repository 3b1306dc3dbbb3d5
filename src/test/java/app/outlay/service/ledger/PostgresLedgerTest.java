package app.outlay.service.ledger;

import app.outlay.service.expense.ExpenseService;
import app.outlay.service.history.UndoService;
import app.outlay.data.AppSession;
import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.data.DatabaseSettings;
import app.outlay.domain.ExpenseDetails;
import app.outlay.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The ledger contract on a real PostgreSQL server (embedded, or the one OUTLAY_TEST_PG_URL names). */
class PostgresLedgerTest extends LedgerContractTest {

    @Override
    protected Database database() {
        return TestDatabases.postgres();
    }

    /**
     * Another Outlay process of the same user on the same computer: the server sees it as long as its connections
     * (named after its session) are there; its change becomes undoable here once it has gone.
     */
    @Test
    void anotherOutlayProcessStillConnectedKeepsItsChangesToItself() throws Exception {
        AppSession otherProcess = AppSession.start();
        new ExpenseService(new DatabaseHolder(database, otherProcess))
                .add(new ExpenseDetails(LocalDate.of(2026, 3, 3), "Taxi", new BigDecimal("30.00"), null, null));
        otherProcess.close(); // not running in this JVM: only its connection says it is open
        try (AppSession here = AppSession.start()) {
            UndoService undo = new UndoService(new DatabaseHolder(database, here));

            try (Connection theirs = connect(database.settings(), otherProcess.applicationName())) {
                assertThat(undo.next()).isEmpty();
            }
            // The server ends the backend shortly after the client has gone.
            Optional<UndoService.UndoStep> step = undo.next();
            for (int i = 0; i < 50 && step.isEmpty(); i++) {
                Thread.sleep(100);
                step = undo.next();
            }
            assertThat(step.orElseThrow().label()).isEqualTo("Undo add of \u201cTaxi\u201d");
        }
    }

    private static Connection connect(DatabaseSettings settings, String applicationName) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("user", settings.user());
        if (settings.password() != null) {
            properties.setProperty("password", settings.password());
        }
        return DriverManager.getConnection(settings.jdbcUrl(applicationName), properties);
    }
}
