package app.outlay.cli;

import app.outlay.testing.PgMember;
import app.outlay.testing.CliRun;
import app.outlay.testing.CliRun.Result;
import app.outlay.data.DatabaseSettings;
import app.outlay.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code outlay db grant ROLE viewer|editor|owner} and {@code outlay db revoke ROLE} against a real PostgreSQL. */
class DbGrantCommandTest {

    private static final String PASSWORD = "member-pw-7c1e";

    @TempDir
    Path home;

    @TempDir
    Path elsewhere;

    private DatabaseSettings ledger;
    private PgMember member;

    /** A shared ledger in use, as its creator; the password from a pgpass file, as users keep it. */
    @BeforeEach
    void ledgerInUse() throws Exception {
        ledger = TestPostgres.freshDatabase();
        member = new PgMember(home, elsewhere);
        useAs(ledger);
        assertThat(run("db", "migrate").code()).isZero();
    }

    @AfterEach
    void forgetPgPass() {
        member.forget();
    }

    @Test
    void grantGivesTheRoleAndRevokeTakesItAway() throws Exception {
        DatabaseSettings member = TestPostgres.loginRole(ledger.database(), "outlay_t_cli_member", PASSWORD);

        Result granted = run("db", "grant", "outlay_t_cli_member", "viewer");

        assertThat(granted.code()).as(granted.err()).isZero();
        assertThat(granted.out().strip()).isEqualTo("outlay_t_cli_member is now viewer of " + ledger.displayName() + " (reads only).");
        try (Connection psql = connect(member); Statement statement = psql.createStatement()) {
            statement.executeQuery("select count(*) from expense").close();
            assertThatThrownBy(() -> statement.execute("delete from expense"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
        }

        Result editor = run("db", "grant", "outlay_t_cli_member", "EDITOR");
        assertThat(editor.out().strip()).startsWith("outlay_t_cli_member is now editor of ");
        try (Connection psql = connect(member); Statement statement = psql.createStatement()) {
            assertThat(statement.executeUpdate("delete from expense")).isZero();
        }

        Result revoked = run("db", "revoke", "outlay_t_cli_member");
        assertThat(revoked.code()).as(revoked.err()).isZero();
        assertThat(revoked.out().strip()).isEqualTo("outlay_t_cli_member is no longer editor of " + ledger.displayName() + ".");
        try (Connection psql = connect(member); Statement statement = psql.createStatement()) {
            assertThatThrownBy(() -> statement.executeQuery("select count(*) from expense"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
        }
        assertThat(run("db", "revoke", "outlay_t_cli_member").out().strip())
                .isEqualTo("outlay_t_cli_member had no role on " + ledger.displayName() + "; nothing was changed.");
    }

    @Test
    void aMemberWhoIsNoOwnerIsRefusedInOneLineAndAViewersWriteIsExplained() throws Exception {
        DatabaseSettings member = TestPostgres.loginRole(ledger.database(), "outlay_t_cli_viewer", PASSWORD);
        assertThat(run("db", "grant", "outlay_t_cli_viewer", "viewer").code()).isZero();
        Path csv = elsewhere.resolve("one.csv");
        Files.writeString(csv, "date,description,amount,category,notes\n2026-05-04,Bakery,3.40,Groceries,\n");

        useAs(member);
        Result grant = run("db", "grant", "outlay_t_cli_viewer", "owner");
        Result imported = run("import", csv.toString());

        assertThat(grant.code()).isEqualTo(1);
        assertThat(grant.err().strip()).isEqualTo("outlay: Only an owner of ledger " + ledger.database()
                + " may manage its members; outlay_t_cli_viewer is viewer there. Nothing was changed.");
        assertThat(imported.code()).isEqualTo(1);
        assertThat(imported.err().strip()).isEqualTo("outlay: You can only read this ledger (viewer): the server refused "
                + "the change, and nothing was changed.");
        assertThat(imported.err()).doesNotContain("Exception", "\tat ");
        useAs(ledger);
        assertThat(count("select count(*) from expense")).isZero();
    }

    @Test
    void badUsageIsExitTwoAndAnUnknownMemberIsNamed() {
        Result badRole = run("db", "grant", "somebody", "admin");
        Result unknown = run("db", "grant", "outlay_t_nobody_here", "viewer");

        assertThat(badRole.code()).isEqualTo(2);
        assertThat(badRole.err()).contains("'admin' is not a role: use viewer, editor or owner.");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err().strip()).startsWith("outlay: There is no login role outlay_t_nobody_here on "
                + ledger.host() + ":" + ledger.port() + ".");
    }

    private void useAs(DatabaseSettings who) throws Exception {
        member.useAs(who);
    }

    private long count(String sql) throws SQLException {
        try (Connection c = connect(ledger); Statement s = c.createStatement(); var r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private Result run(String... args) {
        return CliRun.in(home, args);
    }

    private static Connection connect(DatabaseSettings who) throws SQLException {
        return DriverManager.getConnection(who.jdbcUrl(), who.user(), who.password());
    }
}
