package app.outlay;

import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.data.DatabaseSettings;
import app.outlay.data.LiveChanges;
import app.outlay.domain.MoneyFormat;
import app.outlay.service.expense.ExpensePage;
import app.outlay.service.ledger.LedgerService;
import app.outlay.service.ledger.LedgerUpgrade;
import app.outlay.service.ledger.MemberService;
import app.outlay.service.expense.NewestExpenses;
import app.outlay.service.ledger.OpenLedger;
import app.outlay.ui.common.AppState;
import app.outlay.ui.common.BackgroundTasks;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The ledger in use in the window, kept up to date: putting a database in use, its live changes on a shared
 * ledger, its currency and this user's role, all written into {@link AppState}; and at start-up the first page read
 * ahead of Hibernate. Wired by AppContext; the services and views only see AppState.
 */
final class LedgerSession implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LedgerSession.class);

    private final DatabaseHolder database;
    private final LedgerService ledger;
    private final MemberService members;
    private final AppState state;
    private final BackgroundTasks tasks;
    private final AtomicBoolean refreshPending = new AtomicBoolean();
    private LiveChanges listener;
    private volatile EarlyPage earlyPage;

    LedgerSession(DatabaseHolder database, LedgerService ledger, MemberService members, AppState state, BackgroundTasks tasks) {
        this.database = database;
        this.ledger = ledger;
        this.members = members;
        this.state = state;
        this.tasks = tasks;
    }

    /** Where the newest expenses go when they are read ahead of the services at start-up ({@link #readAhead}). */
    void showEarlyPagesIn(int size, Consumer<ExpensePage> viewer) {
        earlyPage = new EarlyPage(size, viewer);
    }

    /**
     * On the worker, while the first database opens and Hibernate is not up yet: the newest expenses with plain
     * JDBC, handed to the expense list on the FX thread. Not when switching databases: a list is on screen then.
     */
    void readAhead(DataSource pool) {
        EarlyPage target = earlyPage;
        if (target == null || state.ledgerProperty().get() != null) {
            return;
        }
        try {
            ExpensePage page = NewestExpenses.read(pool, target.size());
            Platform.runLater(() -> target.viewer().accept(page));
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private record EarlyPage(int size, Consumer<ExpensePage> viewer) {
    }

    /** From the worker: the ledger being opened is being upgraded (null: that open has ended), for the window to say. */
    void upgrading(LedgerUpgrade upgrade) {
        Platform.runLater(() -> state.setUpgrade(upgrade));
    }

    /** Puts {@code next} in use (on the FX thread) and closes the one it replaces in the background. */
    void activate(Database next) {
        Database previous = database.swap(next);
        listenTo(next);
        // Queued before the views' own loads, so they show amounts in the ledger's currency from the start.
        loadCurrency();
        loadRole(next);
        state.setLedger(OpenLedger.of(next));
        if (previous != null && previous != next) {
            tasks.runQuietly(previous::close);
        }
    }

    /**
     * On a shared PostgreSQL ledger, every change another client commits reaches this one within a second and
     * every view reloads; several notifications arriving together cause one reload. This window's own changes are
     * not heard again: the view that made one reloaded and told the others (as on H2, which has no notifications).
     */
    private void listenTo(Database next) {
        LiveChanges previous = listener;
        listener = null;
        state.setOtherClients(-1);
        if (previous != null) {
            tasks.runQuietly(previous::close);
        }
        if (next.settings().kind() != DatabaseSettings.Kind.POSTGRESQL) {
            return;
        }
        listener = LiveChanges.start(next.settings(), next.ownBackends(), new LiveChanges.Events() {
            @Override
            public void changed(List<LiveChanges.Change> changes) {
                if (changes.stream().anyMatch(change -> change.table().equals("ledger"))) {
                    Platform.runLater(LedgerSession.this::loadCurrency);
                }
                refreshSoon();
            }

            @Override
            public void reconnected() {
                Platform.runLater(LedgerSession.this::loadCurrency);
                refreshSoon();
            }

            @Override
            public void otherClients(int count) {
                Platform.runLater(() -> state.setOtherClients(count));
            }
        });
    }

    private void refreshSoon() {
        if (refreshPending.compareAndSet(false, true)) {
            Platform.runLater(() -> {
                refreshPending.set(false);
                state.ledgerChanged();
            });
        }
    }

    /**
     * Reads the ledger's currency in the background and shows amounts in it. A ledger without one yet (new, or
     * made before currencies) gets the user's default here, the first time a window opens it: so every client
     * of a shared ledger agrees from then on, and the choice is one the user can see and change in the settings.
     */
    private void loadCurrency() {
        Currency fallback = MoneyFormat.defaultCurrency(state.locale());
        tasks.run(() -> ledger.currencyOrAdopt(fallback), state::useCurrency,
                failure -> log.warn("Could not read the ledger's currency", failure));
    }

    /**
     * Asks the server what this user may do on a shared ledger, so a viewer's window is read-only from the start
     * (the server refuses a viewer's writes anyway; this only spares them controls that cannot work).
     */
    private void loadRole(Database next) {
        if (next.settings().kind() == DatabaseSettings.Kind.H2) {
            state.setRole(app.outlay.data.LedgerRoles.Role.OWNER);
            return;
        }
        tasks.run(members::currentRole, state::setRole,
                failure -> log.warn("Could not read this user's role on the ledger", failure));
    }

    /** Stops following live changes (the app closes). */
    @Override
    public void close() {
        if (listener != null) {
            listener.close();
        }
    }
}
