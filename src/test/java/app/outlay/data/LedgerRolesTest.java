package app.outlay.data;

import app.outlay.domain.ExpenseDetails;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.service.expense.ExpenseService;
import app.outlay.service.history.UndoService;
import app.outlay.testing.HeardChanges;
import app.outlay.testing.TestPostgres;
import app.outlay.text.ExplainedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Roles on a shared ledger, enforced by a real PostgreSQL: what each role may do through Outlay, and what the
 * server refuses when someone goes around Outlay with a plain JDBC connection, as psql would.
 */
class LedgerRolesTest {

    private static final String PASSWORD = "member-pw-7c1e";

    private static DatabaseSettings ownerSettings;
    private static Database owner;
    private static DatabaseSettings viewer;
    private static DatabaseSettings editor;
    private static DatabaseSettings secondOwner;
    private static DatabaseSettings stranger;
    private static long seeded;

    @BeforeAll
    static void ledgerWithMembers() {
        ownerSettings = TestPostgres.freshDatabase();
        owner = Database.open(ownerSettings);
        viewer = TestPostgres.loginRole(ownerSettings.database(), "outlay_t_viewer", PASSWORD);
        editor = TestPostgres.loginRole(ownerSettings.database(), "outlay_t_editor", PASSWORD);
        secondOwner = TestPostgres.loginRole(ownerSettings.database(), "outlay_t_owner", PASSWORD);
        stranger = TestPostgres.loginRole(ownerSettings.database(), "outlay_t_stranger", PASSWORD);
        seeded = new ExpenseService(new DatabaseHolder(owner)).add(
                new ExpenseDetails(LocalDate.of(2026, 5, 4), "Bakery", new BigDecimal("3.40"), 1L, null)).id();
        LedgerRoles.grant(owner, "outlay_t_viewer", LedgerRoles.Role.VIEWER);
        LedgerRoles.grant(owner, "outlay_t_editor", LedgerRoles.Role.EDITOR);
        LedgerRoles.grant(owner, "outlay_t_owner", LedgerRoles.Role.OWNER);
    }

    @AfterAll
    static void close() {
        owner.close();
    }

    @Test
    void aViewerReadsButTheServerRefusesItsInsertUpdateAndDelete() throws Exception {
        String before = ledgerState();
        try (Connection psql = connect(viewer); Statement statement = psql.createStatement()) {
            try (ResultSet rows = statement.executeQuery("select count(*) from expense")) {
                rows.next();
                assertThat(rows.getLong(1)).isPositive();
            }
            assertRefused(statement, "insert into expense (id, spent_on, description, amount, created_at, updated_at) "
                    + "values (999999, date '2026-01-01', 'sneaked in', 1.00, now(), now())");
            assertRefused(statement, "update expense set amount = 0.01 where id = " + seeded);
            assertRefused(statement, "delete from expense where id = " + seeded);
            assertRefused(statement, "delete from change_log");
            assertRefused(statement, "insert into category (id, name, name_key, colour) values (99999, 'X', 'x', '#000000')");
            assertRefused(statement, "select nextval('expense_seq')");
        }
        assertThat(ledgerState()).isEqualTo(before);
    }

    @Test
    void anEditorMayAddToTheHistoryButNotRewriteOrDeleteIt() throws Exception {
        String before = ledgerState();
        try (Connection psql = connect(editor); Statement statement = psql.createStatement()) {
            assertRefused(statement, "delete from change_log");
            assertThatThrownBy(() -> statement.execute("delete from change_log"))
                    .satisfies(failure -> assertThat(ConnectionProblem.of(failure, editor).message()).isEqualTo(
                            "Only an owner of this ledger may change or delete its history; nothing was changed."));
            assertRefused(statement, "update change_log set changed_by = 'someone else'");
            assertRefused(statement, "update change_log set undone = true");
            assertRefused(statement, "delete from flyway_schema_history");
            // The undo mark is only for the caller's own entries: the owner's stay as they are.
            try (ResultSet marked = statement.executeQuery("select outlay_mark_undone(batch_id) from change_log where changed_by <> current_user")) {
                while (marked.next()) {
                    assertThat(marked.getInt(1)).isZero();
                }
            }
        }
        assertThat(ledgerState()).isEqualTo(before);
    }

    @Test
    void anEditorAddsEditsDeletesAndUndoesThroughOutlay() {
        try (Database asEditor = Database.open(editor)) {
            assertThat(LedgerRoles.current(asEditor)).isEqualTo(LedgerRoles.Role.EDITOR);
            DatabaseHolder holder = new DatabaseHolder(asEditor);
            ExpenseService expenses = new ExpenseService(holder);
            ExpenseRow added = expenses.add(new ExpenseDetails(LocalDate.of(2026, 5, 5), "Editor's lunch",
                    new BigDecimal("12.50"), 2L, null));
            ExpenseRow edited = expenses.update(added.id(), added.version(), new ExpenseDetails(LocalDate.of(2026, 5, 5),
                    "Editor's lunch", new BigDecimal("13.50"), 2L, null));
            assertThat(edited.amount()).isEqualByComparingTo("13.50");

            UndoService undo = new UndoService(holder);
            undo.undo(undo.next().orElseThrow().batchId());

            assertThat(amountOf(added.id())).isEqualByComparingTo("12.50");
            // The edit, marked through outlay_mark_undone, and its reversal.
            assertThat(undoneEntriesOf(added.id())).isEqualTo(2);
            expenses.delete(added.id());
            assertThat(amountOf(added.id())).isNull();
        }
    }

    @Test
    void aViewerOpensTheLedgerReadOnlyAndARefusedWriteIsExplainedInPlainWords() throws SQLException {
        try (Database asViewer = Database.open(viewer)) {
            assertThat(LedgerRoles.current(asViewer)).isEqualTo(LedgerRoles.Role.VIEWER);
            String before = ledgerState();
            ExpenseService expenses = new ExpenseService(new DatabaseHolder(asViewer));

            assertThatThrownBy(() -> expenses.add(new ExpenseDetails(LocalDate.of(2026, 5, 6), "Not mine to add",
                    new BigDecimal("1.00"), 1L, null)))
                    .satisfies(failure -> assertThat(ConnectionProblem.of(failure, viewer).message())
                            .isEqualTo("You can only read this ledger (viewer): the server refused the change, and nothing was changed."));
            assertThat(ledgerState()).isEqualTo(before);
        }
    }

    @Test
    void aViewerStillHearsLiveChanges() throws Exception {
        HeardChanges heard = new HeardChanges();
        try (LiveChanges listener = LiveChanges.start(viewer, heard)) {
            heard.awaitListening();
            ExpenseRow added = new ExpenseService(new DatabaseHolder(owner)).add(
                    new ExpenseDetails(LocalDate.of(2026, 5, 7), "Heard by the viewer", new BigDecimal("2.00"), 1L, null));
            LiveChanges.Change change;
            do {
                change = heard.changes.poll(2, TimeUnit.SECONDS);
            } while (change != null && change.id() != added.id());
            assertThat(change).isEqualTo(new LiveChanges.Change("expense", added.id(), "INSERT"));
        }
    }

    @Test
    void grantAndRevokeDoWhatTheySay() throws Exception {
        assertThat(canRead(stranger)).isFalse();

        LedgerRoles.grant(owner, "outlay_t_stranger", LedgerRoles.Role.VIEWER);
        assertThat(roleOf(stranger)).isEqualTo(LedgerRoles.Role.VIEWER);
        assertThat(LedgerRoles.members(owner)).contains(new LedgerRoles.Member("outlay_t_stranger", LedgerRoles.Role.VIEWER));
        assertThat(canRead(stranger)).isTrue();

        LedgerRoles.grant(owner, "outlay_t_stranger", LedgerRoles.Role.EDITOR);
        assertThat(roleOf(stranger)).isEqualTo(LedgerRoles.Role.EDITOR);
        assertThat(LedgerRoles.members(owner)).contains(new LedgerRoles.Member("outlay_t_stranger", LedgerRoles.Role.EDITOR))
                .doesNotContain(new LedgerRoles.Member("outlay_t_stranger", LedgerRoles.Role.VIEWER));

        assertThat(LedgerRoles.revoke(owner, "outlay_t_stranger")).contains(LedgerRoles.Role.EDITOR);
        assertThat(LedgerRoles.members(owner)).extracting(LedgerRoles.Member::user).doesNotContain("outlay_t_stranger");
        assertThat(canRead(stranger)).isFalse();
        assertThat(LedgerRoles.revoke(owner, "outlay_t_stranger")).isEmpty();
    }

    @Test
    void anOwnerByGrantManagesMembersAndMayRewriteHistory() throws Exception {
        try (Database asSecondOwner = Database.open(secondOwner)) {
            assertThat(LedgerRoles.current(asSecondOwner)).isEqualTo(LedgerRoles.Role.OWNER);
            LedgerRoles.grant(asSecondOwner, "outlay_t_stranger", LedgerRoles.Role.VIEWER);
            assertThat(roleOf(stranger)).isEqualTo(LedgerRoles.Role.VIEWER);
            LedgerRoles.revoke(asSecondOwner, "outlay_t_stranger");
        }
        try (Connection psql = connect(secondOwner); Statement statement = psql.createStatement()) {
            psql.setAutoCommit(false);
            assertThat(statement.executeUpdate("update change_log set undone = undone")).isPositive();
            psql.rollback();
        }
    }

    @Test
    void onlyAnOwnerManagesMembersAndNothingChangesWhenRefused() {
        try (Database asEditor = Database.open(editor)) {
            assertThatThrownBy(() -> LedgerRoles.grant(asEditor, "outlay_t_stranger", LedgerRoles.Role.OWNER))
                    .isInstanceOf(ExplainedException.class)
                    .hasMessage("Only an owner of ledger " + ownerSettings.database()
                            + " may manage its members; outlay_t_editor is editor there. Nothing was changed.");
        }
        assertThat(LedgerRoles.members(owner)).extracting(LedgerRoles.Member::user).doesNotContain("outlay_t_stranger");
        assertThatThrownBy(() -> LedgerRoles.grant(owner, "outlay_t_nobody", LedgerRoles.Role.VIEWER))
                .isInstanceOf(ExplainedException.class).hasMessageStartingWith("There is no login role outlay_t_nobody on ");
        assertThatThrownBy(() -> LedgerRoles.grant(owner, ownerSettings.database() + "_viewer", LedgerRoles.Role.VIEWER))
                .isInstanceOf(ExplainedException.class).hasMessageStartingWith("There is no login role ");
    }

    /** A ledger owner without CREATEROLE: the groups cannot be made, and the message says what the administrator runs. */
    @Test
    void anOwnerWhoMayNotCreateRolesIsToldWhatIsMissing() {
        DatabaseSettings limited = TestPostgres.freshDatabaseWithPassword();
        try (Database ledger = Database.open(limited)) {
            assertThat(LedgerRoles.current(ledger)).isEqualTo(LedgerRoles.Role.OWNER);
            assertThatThrownBy(() -> LedgerRoles.grant(ledger, "outlay_t_viewer", LedgerRoles.Role.VIEWER))
                    .isInstanceOf(ExplainedException.class)
                    .hasMessageContaining("The role outlay_pw may not create roles (it lacks CREATEROLE)")
                    .hasMessageContaining("CREATE ROLE \"" + limited.database() + "_owner\" NOLOGIN;")
                    .hasMessageContaining("WITH ADMIN OPTION;");
        } finally {
            TestPostgres.drop(limited);
        }
    }

    private static LedgerRoles.Role roleOf(DatabaseSettings member) {
        try (Database asMember = Database.open(member)) {
            return LedgerRoles.current(asMember);
        }
    }

    private static boolean canRead(DatabaseSettings member) throws SQLException {
        try (Connection psql = connect(member); Statement statement = psql.createStatement()) {
            statement.executeQuery("select count(*) from expense").close();
            return true;
        } catch (SQLException e) {
            if ("42501".equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    private static void assertRefused(Statement statement, String sql) {
        assertThatThrownBy(() -> statement.execute(sql)).as(sql)
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
    }

    private static Connection connect(DatabaseSettings member) throws SQLException {
        return DriverManager.getConnection(member.jdbcUrl(), member.user(), member.password());
    }

    /** Everything a refused write could have changed, as the owner sees it. */
    private static String ledgerState() throws SQLException {
        try (Connection c = owner.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select (select count(*) || '/' || coalesce(sum(amount), 0) || '/' || coalesce(sum(version), 0) from expense) "
                     + "|| ' ' || (select count(*) || '/' || count(*) filter (where undone) from change_log) "
                     + "|| ' ' || (select count(*) from category)")) {
            r.next();
            return r.getString(1);
        }
    }

    private static BigDecimal amountOf(long id) {
        try (Connection c = owner.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select amount from expense where id = " + id)) {
            return r.next() ? r.getBigDecimal(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long undoneEntriesOf(long id) {
        try (Connection c = owner.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*) from change_log where entity_id = " + id
                     + " and action = 'UPDATE' and undone and changed_by = 'outlay_t_editor'")) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
