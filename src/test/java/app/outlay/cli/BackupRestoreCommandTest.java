package app.outlay.cli;

import app.outlay.cli.ExpenseRows.Row;
import app.outlay.testing.CliRun;
import app.outlay.testing.CliRun.Result;
import app.outlay.testing.PgMember;
import app.outlay.data.DatabaseSettings;
import app.outlay.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import static app.outlay.cli.ExpenseRows.connect;
import static app.outlay.cli.ExpenseRows.insert;
import static app.outlay.cli.ExpenseRows.rows;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code outlay backup [FILE]} and {@code outlay restore FILE [--force]}, with H2 and with PostgreSQL in use. */
class BackupRestoreCommandTest {

    @TempDir
    Path home;

    @TempDir
    Path elsewhere;

    private Result run(String... args) {
        return CliRun.in(home, args);
    }

    @Test
    void embeddedDatabaseIsBackedUpAndRestoredOnlyWithForceWhenItHoldsExpenses() throws Exception {
        assertThat(run("db", "migrate").code()).isZero();
        DatabaseSettings current = DatabaseSettings.h2(home.resolve("data/outlay"));
        insert(current, 1, "1234.50", 1L, "Rent \"March\"");
        insert(current, 2, "0.01", null, null);
        insert(current, 3, "99.99", 7L, "Café – naïve ✓ שלום");
        List<Row> original = rows(current);

        Result backup = run("backup");
        assertThat(backup.code()).as(backup.err()).isZero();
        Path file = single(home.resolve("backups"), "outlay-backup-");
        assertThat(file.getFileName().toString()).matches("outlay-backup-\\d{4}-\\d\\d-\\d\\dT\\d{6}\\.mv\\.db");
        assertThat(backup.out().strip()).isEqualTo("Backed up 3 expenses and 13 categories (total 1,334.50) from "
                + current.displayName() + " to " + file + "; counts and sums verified.");

        execute(current, "delete from expense where id = 3");
        execute(current, "update expense set amount = 5.00 where id = 1");
        Result refused = run("restore", file.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err().strip()).isEqualTo("outlay: " + current.displayName() + " already holds 2 expenses; restoring "
                + file + " would replace them. Use --force to replace them.");
        assertThat(rows(current)).hasSize(2);

        Result restored = run("restore", file.toString(), "--force");
        assertThat(restored.code()).as(restored.err()).isZero();
        Path before = single(home.resolve("backups"), "outlay-before-restore-");
        assertThat(restored.out()).isEqualTo("The 2 expenses it held were backed up first to " + before + "." + System.lineSeparator()
                + "Restored 3 expenses and 13 categories (total 1,334.50) from " + file + " into " + current.displayName()
                + "; counts and sums verified." + System.lineSeparator());
        assertThat(rows(current)).isEqualTo(original);
    }

    @Test
    void backupToAnExistingOrMissingFileIsExplained() throws Exception {
        assertThat(run("db", "migrate").code()).isZero();
        Path taken = Files.writeString(elsewhere.resolve("taken.mv.db"), "not mine to overwrite");
        Result exists = run("backup", taken.toString());
        assertThat(exists.code()).isEqualTo(1);
        assertThat(exists.err().strip()).isEqualTo("outlay: " + taken + " already exists: choose another file name.");
        assertThat(Files.readString(taken)).isEqualTo("not mine to overwrite");

        Result missing = run("restore", elsewhere.resolve("nothing-here.mv.db").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err().strip()).isEqualTo("outlay: No backup at " + elsewhere.resolve("nothing-here.mv.db") + ".");
    }

    @Test
    void postgresqlInUseIsBackedUpToAnH2FileAndRestoredFromIt() throws Exception {
        DatabaseSettings postgres = TestPostgres.freshDatabase();
        PgMember member = new PgMember(home, elsewhere);
        member.useAs(postgres);
        try {
            assertThat(run("db", "migrate").code()).isZero();
            insert(postgres, 1, "99999999999999999.99", 10L, "'; drop table expense; --");
            insert(postgres, 2, "12.34", 3L, "line one\nline two");
            List<Row> original = rows(postgres);
            Path file = elsewhere.resolve("ledger.mv.db");

            Result backup = run("backup", file.toString());
            assertThat(backup.code()).as(backup.err()).isZero();
            assertThat(backup.out().strip()).isEqualTo("Backed up 2 expenses and 13 categories (total 100,000,000,000,000,012.33) from "
                    + postgres.displayName() + " to " + file + "; counts and sums verified.");
            assertThat(rows(DatabaseSettings.h2(elsewhere.resolve("ledger")))).isEqualTo(original);
            // Outside the data folder too, the copy of the whole ledger is readable by its owner only.
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));

            execute(postgres, "delete from expense");
            Result restored = run("restore", file.toString());
            assertThat(restored.code()).as(restored.err()).isZero();
            assertThat(restored.out().strip()).isEqualTo("Restored 2 expenses and 13 categories (total 100,000,000,000,000,012.33) from "
                    + file + " into " + postgres.displayName() + "; counts and sums verified.");
            assertThat(rows(postgres)).isEqualTo(original);
        } finally {
            member.forget();
        }
    }

    private static Path single(Path folder, String prefix) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> found = files.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
            assertThat(found).hasSize(1);
            return found.get(0);
        }
    }

    private static void execute(DatabaseSettings settings, String sql) throws SQLException {
        try (Connection connection = connect(settings); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
