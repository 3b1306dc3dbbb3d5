package app.outlay;

import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.data.DatabaseSettings;
import app.outlay.domain.ExpenseDetails;
import app.outlay.service.ledger.LedgerService;
import app.outlay.settings.AppPaths;
import app.outlay.testing.TestDatabases;
import app.outlay.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A window on a shared PostgreSQL ledger (the real composition: AppContext, its pool and its live-update listener;
 * no window drawn): its own change is shown by the view that made it, so the NOTIFY the triggers send for it must not
 * reload every view a second time; another client's change still does, within a second.
 */
class OwnChangesTest {

    private AppContext context;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // the listener hands its news to the FX thread
    }

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void aChangeOfThisWindowReloadsNothingAgainButAnotherClientsChangeDoes() throws Exception {
        DatabaseSettings shared = TestPostgres.freshDatabaseWithPassword();
        context = new AppContext(AppPaths.under(TestDatabases.tempDir("outlay-own-changes")), Locale.US);
        Database mine = Database.open(shared);
        WaitForAsyncUtils.asyncFx(() -> context.activate(mine)).get(5, TimeUnit.SECONDS);
        waitUntil(() -> !context.tasks().isBusy() && context.otherClientsProperty().get() >= 0);
        int before = context.ledgerChangesProperty().get();

        context.expenses().add(new ExpenseDetails(LocalDate.of(2026, 3, 3), "Lunch", new BigDecimal("12.50"), 1L, null));
        // Another client's change, a while later (opening takes longer than the echo of our own would need): it is
        // heard, and once its new currency shows, its reload has happened too.
        try (Database theirs = Database.open(shared)) {
            new LedgerService(new DatabaseHolder(theirs)).setCurrency(Currency.getInstance("JPY"));
            waitUntil(() -> context.money().currency().equals(Currency.getInstance("JPY")));
        }
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(context.ledgerChangesProperty().get() - before)
                .as("reloads: one for the other client's change, none for this window's own")
                .isEqualTo(1);
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
    }
}
