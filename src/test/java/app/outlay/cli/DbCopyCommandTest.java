package app.outlay.cli;

import app.outlay.cli.ExpenseRows.Row;
import app.outlay.testing.CliRun;
import app.outlay.testing.CliRun.Result;
import app.outlay.testing.PgMember;
import app.outlay.data.DatabaseSettings;
import app.outlay.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import static app.outlay.cli.ExpenseRows.insert;
import static app.outlay.cli.ExpenseRows.rows;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code outlay db copy TARGET [--force]} end to end: real H2 files and a real PostgreSQL database. */
class DbCopyCommandTest {

    @TempDir
    Path home;

    @TempDir
    Path elsewhere;

    private static Result run(Path home, String... args) {
        return CliRun.in(home, args);
    }

    @Test
    void copiesToAnH2FileRefusesASecondCopyAndReplacesWithForce() throws SQLException {
        DatabaseSettings current = migratedHome();
        insert(current, 1, "1234.50", 1L, "Rent");
        insert(current, 2, "0.01", null, null);
        insert(current, 3, "99.99", 7L, "Café – naïve ✓");
        DatabaseSettings copy = DatabaseSettings.h2(elsewhere.resolve("copy"));
        String target = "jdbc:h2:file:" + elsewhere.resolve("copy");

        Result first = run(home, "db", "copy", target);
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out().strip()).isEqualTo("Copied 3 expenses and 13 categories (total 1,334.50) to H2 · "
                + elsewhere.resolve("copy") + "; counts and sums verified.");
        assertThat(rows(copy)).isEqualTo(rows(current)).hasSize(3);

        insert(current, 4, "5.00", 2L, null);
        Result refused = run(home, "db", "copy", target + ".mv.db");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err().strip()).isEqualTo("outlay: H2 · " + elsewhere.resolve("copy")
                + " already holds 3 expenses; use --force to replace them");
        assertThat(rows(copy)).hasSize(3);

        Result forced = run(home, "db", "copy", target, "--force");
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(forced.out()).startsWith("Copied 4 expenses and 13 categories (total 1,339.50) to H2 · ");
        assertThat(rows(copy)).isEqualTo(rows(current)).hasSize(4);
    }

    @Test
    void badTargetsExitOneWithoutShowingThePassword() {
        Result result = run(home, "db", "copy", "jdbc:postgresql://localhost/outlay?password=Hunter2secret");
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo("outlay: The password in jdbc:postgresql://localhost/outlay?password=*** can be "
                + "read by every user of this computer in the process list, and your shell keeps it in its history: nothing was "
                + "copied. Remove it from the URL and give it with --password-stdin, --ask-password, PGPASSWORD or ~/.pgpass "
                + "(and consider changing it).");
        assertThat(result.out()).isEmpty();
        assertThat(home.resolve("data/outlay.mv.db")).as("nothing opened").doesNotExist();
        for (String withPassword : new String[] {"jdbc:postgresql://localhost/outlay?user=ann&PASSWORD=Hunter2secret",
                "jdbc:postgresql://ann:Hunter2secret@localhost/outlay"}) {
            Result refused = run(home, "db", "copy", withPassword);
            assertThat(refused.code()).isEqualTo(1);
            assertThat(refused.err()).contains("can be read by every user").doesNotContain("Hunter2");
        }

        result = run(home, "db", "copy", "jdbc:postgresql://localhost/outlay?sslmode=require");
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err().strip()).startsWith("outlay: Bad target 'jdbc:postgresql://localhost/outlay?sslmode=require'")
                .contains("user is missing").doesNotContain("\n");
        assertThat(result.out()).isEmpty();
        assertThat(home.resolve("data/outlay.mv.db")).as("nothing opened").doesNotExist();

        Result itself = run(home, "db", "copy", "jdbc:h2:file:" + home.resolve("data/outlay"), "--force");
        assertThat(itself.code()).isEqualTo(1);
        assertThat(itself.err()).contains("is the database in use");

        Result missing = run(home, "db", "copy");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("TARGET");
    }

    @Test
    void copiesToPostgresqlAndBackToANewH2FileKeepingEveryCent() throws Exception {
        DatabaseSettings current = migratedHome();
        insert(current, 1, "0.01", null, "Café – naïve ✓");
        insert(current, 2, "99999999999999999.99", 10L, null);
        insert(current, 3, "12.34", 3L, "line one\nline two");
        DatabaseSettings postgres = TestPostgres.freshDatabase();
        String password = postgres.password() == null ? "" : postgres.password();
        String url = "jdbc:postgresql://" + postgres.host() + ":" + postgres.port() + "/" + postgres.database()
                + "?user=" + URLEncoder.encode(postgres.user(), StandardCharsets.UTF_8) + "&sslmode=disable";

        // The password on standard input, where the process list does not show it.
        InputStream stdin = System.in;
        Result toPostgres;
        try {
            System.setIn(new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)));
            toPostgres = run(home, "db", "copy", url, "--password-stdin");
        } finally {
            System.setIn(stdin);
        }
        assertThat(toPostgres.code()).as(toPostgres.err()).isZero();
        assertThat(toPostgres.out().strip()).isEqualTo("Copied 3 expenses and 13 categories (total 100,000,000,000,000,012.34) to "
                + postgres.displayName() + "; counts and sums verified.");
        assertThat(rows(postgres)).isEqualTo(rows(current));
        if (!password.isEmpty()) {
            assertThat(toPostgres.out() + toPostgres.err()).doesNotContain(password);
        }

        // Back again, from an Outlay home that uses this PostgreSQL database; its password comes from a pgpass file,
        // as it would for a user (the settings never hold one).
        Path postgresHome = Files.createDirectories(elsewhere.resolve("pg-home"));
        PgMember member = new PgMember(postgresHome, elsewhere);
        member.useAs(postgres);
        DatabaseSettings back = DatabaseSettings.h2(elsewhere.resolve("back"));
        Result toH2;
        try {
            toH2 = run(postgresHome, "db", "copy", "jdbc:h2:file:" + elsewhere.resolve("back"));
        } finally {
            member.forget();
        }
        assertThat(toH2.code()).as(toH2.err()).isZero();
        assertThat(toH2.out()).startsWith("Copied 3 expenses and 13 categories (total 100,000,000,000,000,012.34) to H2 · ");
        assertThat(rows(back)).isEqualTo(rows(current));
        assertThat(rows(back)).extracting(Row::amount)
                .containsExactly(new BigDecimal("0.01"), new BigDecimal("99999999999999999.99"), new BigDecimal("12.34"));
    }

    /** The home's H2 database, created and migrated by the command line itself. */
    private DatabaseSettings migratedHome() {
        Result migrate = run(home, "db", "migrate");
        assertThat(migrate.code()).as(migrate.err()).isZero();
        return DatabaseSettings.h2(home.resolve("data/outlay"));
    }
}
