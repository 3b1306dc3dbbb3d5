package app.outlay.cli;

import app.outlay.data.DatabaseSettings;
import app.outlay.data.LedgerFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 24, item 1 (command line): {@code outlay db encrypt|decrypt|password} with the password from
 * OUTLAY_LEDGER_PASSWORD. Each command runs as its own process, as a user runs it, so the password reaches it through
 * the environment only, and the test can look at the process list's view of it ({@code /proc/PID/cmdline}).
 */
class ProtectedLedgerTest {

    private static final String DESCRIPTION = "Zyxwvut Grocer 4711";
    private static final String PASSWORD = "correct horse battery staple";

    @TempDir
    Path home;

    private record Result(int code, String out, String err, String cmdline) {
    }

    private Result outlay(Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")), "app.outlay.Launcher"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("OUTLAY_HOME", home.toString());
        builder.environment().remove("OUTLAY_LEDGER_PASSWORD");
        builder.environment().putAll(environment);
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Path out = Files.createTempFile("outlay-out", ".txt");
        Path err = Files.createTempFile("outlay-err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        String cmdline = "";
        Path proc = Path.of("/proc/" + process.pid() + "/cmdline");
        if (Files.exists(proc)) {
            cmdline = new String(Files.readAllBytes(proc), StandardCharsets.UTF_8);
        }
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        Result result = new Result(process.exitValue(), Files.readString(out), Files.readString(err), cmdline);
        Files.delete(out);
        Files.delete(err);
        return result;
    }

    @Test
    void aProtectedLedgerHasNoDescriptionInClearAnywhereInTheDataFolderAndOpensOnlyWithItsPassword() throws Exception {
        Map<String, String> withPassword = Map.of("OUTLAY_LEDGER_PASSWORD", PASSWORD);
        assertThat(outlay(Map.of(), "db", "migrate").code()).isZero();
        DatabaseSettings ledger = DatabaseSettings.h2(home.resolve("data/outlay"));
        try (Connection connection = DriverManager.getConnection(ledger.jdbcUrl(), ledger.user(), "");
             Statement statement = connection.createStatement()) {
            statement.execute("insert into expense (id, spent_on, description, amount, category_id, created_at, updated_at) "
                    + "values (1, date '2026-03-01', '" + DESCRIPTION + "', 12.34, 1, current_timestamp, current_timestamp)");
        }
        Result plainBackup = outlay(Map.of(), "backup");
        assertThat(plainBackup.code()).as(plainBackup.err()).isZero();
        assertThat(filesContaining(DESCRIPTION)).as("before: the ledger and its backup are readable").hasSize(2);

        Result encrypt = outlay(withPassword, "db", "encrypt");
        assertThat(encrypt.code()).as(encrypt.err()).isZero();
        assertThat(encrypt.out()).contains("Protected " + home.resolve("data/outlay.mv.db") + " (1 expense and 13 categories, "
                + "total 12.34; counts and sums verified) and 1 backup.");
        assertThat(encrypt.cmdline).isNotEmpty().doesNotContain(PASSWORD);

        Result backup = outlay(withPassword, "backup");
        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(filesContaining(DESCRIPTION)).as("no file of the data folder holds a description in clear").isEmpty();
        assertThat(filesContaining(PASSWORD)).as("nor the password").isEmpty();
        assertThat(LedgerFiles.isEncrypted(home.resolve("data/outlay.mv.db"))).isTrue();

        Result info = outlay(withPassword, "db", "info");
        assertThat(info.out()).contains("Expenses:    1");
        Result without = outlay(Map.of(), "db", "migrate");
        assertThat(without.code()).isEqualTo(1);
        assertThat(without.err()).contains("is protected with a password");
        Result wrong = outlay(Map.of("OUTLAY_LEDGER_PASSWORD", "not it"), "db", "migrate");
        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.err()).contains("That is not the password of the ledger");

        Result changed = outlay(Map.of("OUTLAY_LEDGER_PASSWORD", PASSWORD, "OUTLAY_LEDGER_NEW_PASSWORD", "n3w"), "db", "password");
        assertThat(changed.code()).as(changed.err()).isZero();
        assertThat(changed.out()).contains("and 2 backups.");
        assertThat(outlay(withPassword, "db", "migrate").code()).isEqualTo(1);
        Result restore = outlay(Map.of("OUTLAY_LEDGER_PASSWORD", "n3w"), "restore", latestBackup().toString(), "--force");
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("Restored 1 expense");

        Path keptProtected = Files.copy(latestBackup(), home.getParent().resolve("kept-" + home.getFileName() + ".mv.db"));

        Result decrypt = outlay(Map.of("OUTLAY_LEDGER_PASSWORD", "n3w"), "db", "decrypt");
        assertThat(decrypt.code()).as(decrypt.err()).isZero();
        assertThat(outlay(Map.of(), "db", "info").out()).contains("Expenses:    1");
        assertThat(filesContaining(DESCRIPTION)).isNotEmpty();

        // A protected backup restored into a ledger without a password is readable on disk from then on: said, with the way back.
        Result intoPlain = outlay(Map.of("OUTLAY_LEDGER_PASSWORD", "n3w"), "restore", keptProtected.toString(), "--force");
        assertThat(intoPlain.code()).as(intoPlain.err()).isZero();
        assertThat(intoPlain.out()).contains("The backup was protected with a password").contains("outlay db encrypt");
    }

    private Path latestBackup() throws IOException {
        try (Stream<Path> files = Files.list(home.resolve("backups"))) {
            return files.filter(p -> p.getFileName().toString().startsWith("outlay-backup-")).sorted().reduce((a, b) -> b).orElseThrow();
        }
    }

    /** Every file under the data folder whose bytes hold {@code text} (UTF-8), as grep would find it. */
    private List<Path> filesContaining(String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(home)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (indexOf(Files.readAllBytes(file), needle) >= 0) {
                    found.add(file);
                }
            }
        }
        return found;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
