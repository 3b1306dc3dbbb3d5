package app.outlay.cli;

import app.outlay.data.DatabaseSettings;
import app.outlay.settings.AppPaths;
import app.outlay.testing.FileWritingTrigger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 24, finding 1: a backup is a file from elsewhere, and restoring it must not run what it holds. Each hostile
 * backup is refused before a row is read, nothing it asks for happens (no file written), the ledger is unchanged and
 * no before-restore copy is made. Issue 25.7: a damaged, empty or missing backup is named as such.
 */
class HostileBackupTest {

    @TempDir
    Path home;

    @TempDir
    Path elsewhere;

    private Path pwned;

    private record Result(int code, String out, String err) {
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineApp.run(AppPaths.under(home).createFolders(), args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    @AfterEach
    void forgetTarget() {
        System.clearProperty("outlay.test.pwned");
    }

    /** A ledger with two expenses, and a good backup of it at {@code elsewhere/b.mv.db}. */
    private Path ledgerAndBackup() throws SQLException {
        pwned = elsewhere.resolve("pwned.txt");
        System.setProperty("outlay.test.pwned", pwned.toString());
        assertThat(run("db", "migrate").code()).isZero();
        execute(ledger(), "insert into expense (id, spent_on, description, amount, category_id, created_at, updated_at) values "
                + "(1, date '2026-03-01', 'Rent', 900.00, 3, current_timestamp, current_timestamp), "
                + "(2, date '2026-03-02', 'Bread', 2.50, 1, current_timestamp, current_timestamp)");
        Path backup = elsewhere.resolve("b.mv.db");
        Result made = run("backup", backup.toString());
        assertThat(made.code()).as(made.err()).isZero();
        return backup;
    }

    private DatabaseSettings ledger() {
        return DatabaseSettings.h2(home.resolve("data/outlay"));
    }

    private void assertRefusedAndNothingChanged(Path backup, Result restore, String message) throws Exception {
        assertThat(restore.code()).as(restore.out()).isEqualTo(1);
        assertThat(restore.err().strip()).isEqualTo("outlay: " + message);
        assertThat(pwned).doesNotExist();
        assertThat(descriptions(ledger())).containsExactly("Rent", "Bread");
        try (Stream<Path> files = Files.list(home.resolve("backups"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("outlay-before-restore"));
        }
    }

    @Test
    void aViewThatCallsFileWriteIsRefusedAndWritesNothing() throws Exception {
        Path backup = ledgerAndBackup();
        // As the issue reproduces it: rename expense and put a view in its place whose WHERE writes a file.
        execute(h2(backup), "alter table expense rename to expense_real");
        execute(h2(backup), "create view expense as select * from expense_real where file_write('owned', '"
                + pwned + "') is not null");

        Result restore = run("restore", backup.toString(), "--force");

        assertRefusedAndNothingChanged(backup, restore, backup + " was not opened: it contains a view (EXPENSE), which "
                + "Outlay never puts in a ledger or a backup and which could run commands on this computer. Nothing was changed.");
    }

    @Test
    void aJavaTriggerIsRefusedWithoutBeingLoaded() throws Exception {
        Path backup = ledgerAndBackup();
        execute(h2(backup), "create trigger steal before select on expense call '" + FileWritingTrigger.class.getName() + "'");
        Files.deleteIfExists(pwned); // written when the trigger was created; from here on nothing may write it

        Result restore = run("restore", backup.toString(), "--force");

        assertRefusedAndNothingChanged(backup, restore, backup + " was not opened: it contains a trigger (STEAL), which "
                + "Outlay never puts in a ledger or a backup and which could run commands on this computer. Nothing was changed.");
    }

    @Test
    void aLinkedTableWhoseUrlRunsSqlIsRefusedWithoutConnecting() throws Exception {
        Path backup = ledgerAndBackup();
        execute(h2(backup), "create linked table leak('', 'jdbc:h2:mem:x;INIT=CALL FILE_WRITE(''owned'', ''" + pwned
                + "'')', '', '', 'INFORMATION_SCHEMA.USERS')");
        Files.deleteIfExists(pwned);

        Result restore = run("restore", backup.toString(), "--force");

        assertRefusedAndNothingChanged(backup, restore, backup + " was not opened: it contains a link to another database "
                + "(LEAK), which Outlay never puts in a ledger or a backup and which could run commands on this computer. Nothing was changed.");
    }

    @Test
    void anExistingCopyTargetWithATriggerIsRefusedBeforeItIsOpened() throws Exception {
        Path backup = ledgerAndBackup();
        execute(h2(backup), "create trigger steal before select on expense call '" + FileWritingTrigger.class.getName() + "'");
        Files.deleteIfExists(pwned);

        Result copy = run("db", "copy", "jdbc:h2:file:" + backup, "--force");

        assertThat(copy.code()).isEqualTo(1);
        assertThat(copy.err().strip()).isEqualTo("outlay: " + backup + " was not opened: it contains a trigger (STEAL), which "
                + "Outlay never puts in a ledger or a backup and which could run commands on this computer. Nothing was changed.");
        assertThat(pwned).doesNotExist();
    }

    @Test
    void aFunctionAliasIsRefused() throws Exception {
        Path backup = ledgerAndBackup();
        execute(h2(backup), "create alias read_file for 'java.nio.file.Files.readString(java.nio.file.Path)'");

        Result restore = run("restore", backup.toString(), "--force");

        assertRefusedAndNothingChanged(backup, restore, backup + " was not opened: it contains a function (READ_FILE), which "
                + "Outlay never puts in a ledger or a backup and which could run commands on this computer. Nothing was changed.");
    }

    @Test
    void aCheckOrDefaultThatOutlayDoesNotMakeIsRefused() throws Exception {
        Path backup = ledgerAndBackup();
        // Harmless while only read, but evaluated when an older backup is migrated (written to): not Outlay's schema.
        execute(h2(backup), "alter table ledger alter column currency set default file_write('owned', '" + pwned + "')");

        Result restore = run("restore", backup.toString(), "--force");

        assertThat(restore.code()).isEqualTo(1);
        assertThat(restore.err()).startsWith("outlay: " + backup + " was not restored: it was not made by Outlay, or was changed "
                + "since (it has column LEDGER.CURRENCY ");
        assertRefusedAndNothingChanged(backup, restore, restore.err().strip().substring("outlay: ".length()));
    }

    @Test
    void anEmptyOrDamagedBackupIsNamedAsSuchAndCostsNoBeforeRestoreCopy() throws Exception {
        Path good = ledgerAndBackup();
        Path empty = Files.createFile(elsewhere.resolve("empty.mv.db"));
        Result restoreEmpty = run("restore", empty.toString(), "--force");
        assertThat(restoreEmpty.err()).startsWith("outlay: " + empty + " cannot be restored: it is not an Outlay backup, or it is damaged (")
                .doesNotContain("already open").doesNotContain("/tmp/outlay-restore");
        assertRefusedAndNothingChanged(empty, restoreEmpty, restoreEmpty.err().strip().substring("outlay: ".length()));

        Path damaged = elsewhere.resolve("damaged.mv.db");
        byte[] bytes = Files.readAllBytes(good);
        Files.write(damaged, java.util.Arrays.copyOf(bytes, bytes.length / 3));
        Result restoreDamaged = run("restore", damaged.toString(), "--force");
        assertThat(restoreDamaged.err()).startsWith("outlay: " + damaged + " cannot be restored: it is not an Outlay backup, or it is damaged (");
        assertRefusedAndNothingChanged(damaged, restoreDamaged, restoreDamaged.err().strip().substring("outlay: ".length()));

        Path missing = elsewhere.resolve("missing.mv.db");
        assertRefusedAndNothingChanged(missing, run("restore", missing.toString(), "--force"), "No backup at " + missing + ".");
    }

    @Test
    void aBackupFromAnOlderOutlayIsStillRestoredAndLeavesNoWorkingCopy() throws Exception {
        ledgerAndBackup();
        Path old = elsewhere.resolve("old");
        String url = "jdbc:h2:file:" + old;
        // A backup as Outlay made it at schema v4 (before the ledger table of V7).
        Flyway.configure().locations("classpath:db/migration", "classpath:db/vendor/h2").target("4")
                .dataSource(url, DatabaseSettings.H2_USER, "").load().migrate();
        execute(h2(old.resolveSibling("old.mv.db")), "insert into expense (id, spent_on, description, amount, category_id, "
                + "created_at, updated_at) values (7, date '2025-01-07', 'Old times', 12.34, 2, current_timestamp, current_timestamp)");

        // What a restore killed midway left: its working copy, in the data folder (never the system's temporary folder).
        Path killed = Files.createDirectories(home.resolve("backups/.outlay-restore-killed"));
        Files.write(killed.resolve("backup.mv.db"), new byte[1 << 20]);
        Files.createFile(killed.resolve("in-use"));
        List<String> temporaryBefore = restoreLeftovers(Path.of(System.getProperty("java.io.tmpdir")));

        Result restore = run("restore", old + ".mv.db", "--force");

        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(killed).doesNotExist();
        assertThat(restoreLeftovers(Path.of(System.getProperty("java.io.tmpdir")))).isEqualTo(temporaryBefore);
        assertThat(restore.out()).contains("Restored 1 expense and 13 categories (total 12.34)");
        assertThat(descriptions(ledger())).containsExactly("Old times");
        try (Stream<Path> files = Files.list(home.resolve("backups"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith(".outlay-restore"));
        }
    }

    @Test
    void aDatabaseLocationWithH2SettingsIsRefusedAndRunsNothing() throws Exception {
        pwned = elsewhere.resolve("pwned.txt");
        Path script = Files.writeString(elsewhere.resolve("evil.sql"), "CALL FILE_WRITE('owned', '" + pwned + "');\n");
        String location = home.resolve("data/outlay") + ";INIT=RUNSCRIPT FROM '" + script + "'";
        Files.writeString(home.resolve("settings.properties"), "db.kind=h2\ndb.h2.path=" + location.replace("\\", "\\\\") + "\n");

        Result migrate = run("db", "migrate");

        assertThat(migrate.code()).isNotZero();
        assertThat(migrate.err()).contains("The database file location '" + location + "' contains ';'");
        assertThat(pwned).doesNotExist();

        Result copy = run("db", "copy", "jdbc:h2:file:" + elsewhere.resolve("x") + ";INIT=RUNSCRIPT FROM '" + script + "'");
        assertThat(copy.code()).isNotZero();
        assertThat(pwned).doesNotExist();

        Files.delete(home.resolve("settings.properties"));
        Result restore = run("restore", elsewhere.resolve("b;INIT=RUNSCRIPT FROM '" + script + "'") + ".mv.db");
        assertThat(restore.code()).isNotZero();
        assertThat(pwned).doesNotExist();
    }

    private static List<String> restoreLeftovers(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(name -> name.startsWith("outlay-restore")).sorted().toList();
        }
    }

    private static DatabaseSettings h2(Path file) {
        String name = file.toString();
        return DatabaseSettings.h2(Path.of(name.substring(0, name.length() - ".mv.db".length())));
    }

    private static void execute(DatabaseSettings settings, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl() + ";IFEXISTS=TRUE", settings.user(), "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<String> descriptions(DatabaseSettings settings) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl() + ";IFEXISTS=TRUE", settings.user(), "");
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select description from expense order by id")) {
            while (rs.next()) {
                found.add(rs.getString(1));
            }
        }
        return found;
    }
}
