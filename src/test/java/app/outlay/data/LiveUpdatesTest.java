package app.outlay.data;

import app.outlay.domain.ExpenseDetails;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.service.expense.ExpenseService;
import app.outlay.service.ledger.LedgerService;
import app.outlay.testing.HeardChanges;
import app.outlay.testing.TestPostgres;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Two clients on one real PostgreSQL database: what A changes, B hears about within a second. */
class LiveUpdatesTest {

    private static DatabaseSettings target;
    private static Database clientA;
    private static Database clientB;

    @BeforeAll
    static void openTwoClients() {
        target = TestPostgres.freshDatabaseWithPassword();
        clientA = Database.open(target);
        clientB = Database.open(target);
    }

    @AfterAll
    static void close() {
        clientA.close();
        clientB.close();
    }

    @Test
    void aChangeInOneClientReachesTheOtherWithinASecond() throws Exception {
        HeardChanges b = new HeardChanges();
        try (LiveChanges listener = LiveChanges.start(clientB.settings(), b)) {
            b.awaitListening();
            ExpenseRow added = new ExpenseService(new DatabaseHolder(clientA)).add(
                    new ExpenseDetails(LocalDate.of(2026, 3, 3), "Groceries", new BigDecimal("42.90"), 1L, null));

            LiveChanges.Change change = b.changes.poll(1, TimeUnit.SECONDS);

            assertThat(change).isEqualTo(new LiveChanges.Change("expense", added.id(), "INSERT"));
        }
    }

    @Test
    void aNewCurrencyReachesTheOtherClientWithinASecond() throws Exception {
        HeardChanges b = new HeardChanges();
        try (LiveChanges listener = LiveChanges.start(clientB.settings(), b)) {
            b.awaitListening();
            new LedgerService(new DatabaseHolder(clientA)).setCurrency(Currency.getInstance("CHF"));

            LiveChanges.Change change = b.changes.poll(1, TimeUnit.SECONDS);

            assertThat(change).isEqualTo(new LiveChanges.Change("ledger", 1, "UPDATE"));
            assertThat(new LedgerService(new DatabaseHolder(clientB)).chosenCurrency()).contains(Currency.getInstance("CHF"));
        }
    }

    @Test
    void reconnectsAfterLosingTheServerAndAsksForOneRefresh() throws Exception {
        HeardChanges b = new HeardChanges();
        try (LiveChanges listener = LiveChanges.start(clientB.settings(), b)) {
            b.awaitListening();
            // The server drops the listening connection, as in a restart.
            try (Connection admin = DriverManager.getConnection(target.jdbcUrl("Outlay-test-admin"), target.user(), target.password());
                 Statement statement = admin.createStatement()) {
                statement.execute("select pg_terminate_backend(pid) from pg_stat_activity where application_name = '"
                        + listener.applicationName() + "'");
            }

            assertThat(b.reconnects.poll(5, TimeUnit.SECONDS)).as("reconnected").isTrue();
            ExpenseRow later = new ExpenseService(new DatabaseHolder(clientA)).add(
                    new ExpenseDetails(LocalDate.of(2026, 3, 4), "After the restart", new BigDecimal("1.00"), null, null));
            assertThat(drainUntil(b, later.id())).as("changes after reconnecting arrive").isTrue();
        }
    }

    @Test
    void eachClientSeesHowManyOthersAreConnected() throws Exception {
        HeardChanges a = new HeardChanges();
        HeardChanges b = new HeardChanges();
        try (LiveChanges first = LiveChanges.start(clientA.settings(), a);
             LiveChanges second = LiveChanges.start(clientB.settings(), b)) {
            long deadline = System.currentTimeMillis() + 8_000;
            while ((a.others.get() != 1 || b.others.get() != 1) && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            assertThat(a.others.get()).isEqualTo(1);
            assertThat(b.others.get()).isEqualTo(1);
        }
    }

    /** Tags and receipts (issue 21) are announced too: a chip or paperclip added in A shows in B. */
    @Test
    void tagsAndReceiptsAddedInOneClientReachTheOther() throws Exception {
        HeardChanges b = new HeardChanges();
        try (LiveChanges listener = LiveChanges.start(clientB.settings(), b)) {
            b.awaitListening();
            DatabaseHolder a = new DatabaseHolder(clientA);
            ExpenseRow added = new ExpenseService(a).add(
                    new ExpenseDetails(LocalDate.of(2026, 3, 4), "Hotel", new BigDecimal("99.00"), null, null));
            assertThat(b.changes.poll(1, TimeUnit.SECONDS)).isEqualTo(new LiveChanges.Change("expense", added.id(), "INSERT"));

            new app.outlay.service.tag.TagService(a).setTags(added.id(), List.of("Rome"));
            List<LiveChanges.Change> tagged = drain(b);
            assertThat(tagged).contains(new LiveChanges.Change("expense", added.id(), "UPDATE"))
                    .anyMatch(change -> change.table().equals("tag") && change.kind().equals("INSERT"));

            app.outlay.service.attachment.AttachmentRow receipt = new app.outlay.service.attachment.AttachmentService(a, null)
                    .attach(added.id(), "bill.pdf", "%PDF-1.4".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            assertThat(drain(b)).contains(new LiveChanges.Change("attachment", receipt.id(), "INSERT"));
        }
    }

    /** The parts of a split payment (issue 21, V22_1): a change to a part or its tags is announced as one of its expense. */
    @Test
    void aChangedPartOfASplitPaymentReachesTheOtherClientAsAChangeOfItsExpense() throws Exception {
        HeardChanges b = new HeardChanges();
        try (LiveChanges listener = LiveChanges.start(clientB.settings(), b)) {
            b.awaitListening();
            ExpenseRow added = new ExpenseService(new DatabaseHolder(clientA)).add(
                    new ExpenseDetails(LocalDate.of(2026, 3, 5), "Market", new BigDecimal("10.00"), null, null));
            assertThat(b.changes.poll(1, TimeUnit.SECONDS)).isEqualTo(new LiveChanges.Change("expense", added.id(), "INSERT"));

            // The part and its tag alone, without touching the expense's row: only V22_1's triggers can announce them.
            try (java.sql.Connection connection = clientA.dataSource().getConnection();
                 java.sql.Statement statement = connection.createStatement()) {
                statement.executeUpdate("insert into expense_split (id, expense_id, position, amount) values (990001, "
                        + added.id() + ", 1, 10.00)");
                assertThat(drain(b)).containsExactly(new LiveChanges.Change("expense", added.id(), "UPDATE"));
                statement.executeUpdate("insert into tag (id, name, name_key) values (990001, 'Market day', 'market day')");
                assertThat(drain(b)).anyMatch(change -> change.table().equals("tag"));
                statement.executeUpdate("insert into expense_split_tag (split_id, tag_id) values (990001, 990001)");
                assertThat(drain(b)).containsExactly(new LiveChanges.Change("expense", added.id(), "UPDATE"));
            }
        }
    }

    /**
     * A client's own commits (its pool's) are shown by the view that made them: the listener leaves their echo out,
     * so the window does not reload twice. Everyone else's still arrive: another Outlay, even one in the same process
     * (own pool, same application name), and a plain connection such as psql's.
     */
    @Test
    void aClientDoesNotHearItsOwnChangesButEveryoneElses() throws Exception {
        HeardChanges b = new HeardChanges();
        try (LiveChanges listener = LiveChanges.start(clientB.settings(), clientB.ownBackends(), b)) {
            b.awaitListening();
            ExpenseRow mine = new ExpenseService(new DatabaseHolder(clientB)).add(
                    new ExpenseDetails(LocalDate.of(2026, 3, 6), "Mine", new BigDecimal("3.00"), null, null));
            ExpenseRow theirs = new ExpenseService(new DatabaseHolder(clientA)).add(
                    new ExpenseDetails(LocalDate.of(2026, 3, 6), "Theirs", new BigDecimal("4.00"), null, null));
            try (Connection psql = DriverManager.getConnection(target.jdbcUrl("psql"), target.user(), target.password());
                 Statement statement = psql.createStatement()) {
                statement.executeUpdate("update expense set notes = 'seen in psql' where id = " + mine.id());
            }

            // Notifications come in commit order: had the own insert been passed on, it would be first.
            assertThat(b.changes.poll(2, TimeUnit.SECONDS)).isEqualTo(new LiveChanges.Change("expense", theirs.id(), "INSERT"));
            assertThat(b.changes.poll(2, TimeUnit.SECONDS)).isEqualTo(new LiveChanges.Change("expense", mine.id(), "UPDATE"));
            assertThat(drain(b)).isEmpty();
        }
    }

    /** The pool replaces its connections (evicted, or cut by the server): the new ones' commits are still its own. */
    @Test
    void ownChangesAreKnownAfterThePoolReplacedItsConnections() throws Exception {
        HikariDataSource pool = (HikariDataSource) clientB.dataSource();
        int before = serverProcessOf(pool);
        assertThat(clientB.ownBackends().sentBy(before)).isTrue();
        pool.getHikariPoolMXBean().softEvictConnections();
        long deadline = System.currentTimeMillis() + 5_000;
        while (serverProcessOf(pool) == before && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(serverProcessOf(pool)).as("a new connection").isNotEqualTo(before);

        HeardChanges b = new HeardChanges();
        try (LiveChanges listener = LiveChanges.start(clientB.settings(), clientB.ownBackends(), b)) {
            b.awaitListening();
            new ExpenseService(new DatabaseHolder(clientB)).add(
                    new ExpenseDetails(LocalDate.of(2026, 3, 7), "Mine, new connection", new BigDecimal("5.00"), null, null));
            ExpenseRow theirs = new ExpenseService(new DatabaseHolder(clientA)).add(
                    new ExpenseDetails(LocalDate.of(2026, 3, 7), "Theirs", new BigDecimal("6.00"), null, null));

            assertThat(b.changes.poll(2, TimeUnit.SECONDS)).isEqualTo(new LiveChanges.Change("expense", theirs.id(), "INSERT"));
            assertThat(drain(b)).isEmpty();
        }
        // The retired connection's server process is forgotten: the server may give its PID to another client.
        try (Connection observer = DriverManager.getConnection(target.jdbcUrl("Outlay-test-observer"), target.user(), target.password())) {
            deadline = System.currentTimeMillis() + 5_000;
            do {
                clientB.ownBackends().forgetGone(observer);
            } while (clientB.ownBackends().sentBy(before) && System.currentTimeMillis() < deadline && pause());
            assertThat(clientB.ownBackends().sentBy(before)).as("retired PID forgotten").isFalse();
        }
    }

    private static int serverProcessOf(HikariDataSource pool) throws Exception {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
             java.sql.ResultSet row = statement.executeQuery("select pg_backend_pid()")) {
            row.next();
            return row.getInt(1);
        }
    }

    private static boolean pause() throws InterruptedException {
        Thread.sleep(50);
        return true;
    }

    /** What arrives within a second of the first change. */
    private static List<LiveChanges.Change> drain(HeardChanges recorder) throws InterruptedException {
        List<LiveChanges.Change> changes = new java.util.ArrayList<>();
        LiveChanges.Change first = recorder.changes.poll(1, TimeUnit.SECONDS);
        if (first != null) {
            changes.add(first);
            Thread.sleep(200);
            recorder.changes.drainTo(changes);
        }
        return changes;
    }

    private static boolean drainUntil(HeardChanges recorder, long id) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 2_000;
        while (System.currentTimeMillis() < deadline) {
            LiveChanges.Change change = recorder.changes.poll(100, TimeUnit.MILLISECONDS);
            if (change != null && change.id() == id) {
                return true;
            }
        }
        return false;
    }
}
