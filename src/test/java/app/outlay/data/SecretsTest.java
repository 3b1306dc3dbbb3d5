package app.outlay.data;

import app.outlay.cli.CommandLineApp;
import app.outlay.settings.AppPaths;
import app.outlay.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A failed PostgreSQL login, through the API and through the command line, never shows the password: not in the
 * exception (message, causes, stack trace), not on stdout or stderr, not in the log file.
 */
class SecretsTest {

    /** Where logback-test.xml sends the tests' log. */
    private static final Path LOG = Path.of("target/test-logs/outlay-tests.log");

    private final String wrongPassword = "Wr0ng-" + UUID.randomUUID().toString().substring(0, 8) + "-s3cret";

    @TempDir
    Path home;

    @Test
    void aWrongPasswordIsNeverEchoed() throws Exception {
        DatabaseSettings database = TestPostgres.freshDatabaseWithPassword().withPassword(wrongPassword);

        Throwable failure = catchThrowable(() -> Database.open(database));
        assertThat(failure).isNotNull();
        assertThat(ConnectionProblem.of(failure, database).kind()).isEqualTo(ConnectionProblem.Kind.WRONG_PASSWORD);
        assertThat(everythingAbout(failure)).doesNotContain(wrongPassword);
        assertThat(database.toString()).doesNotContain(wrongPassword);
        assertThat(ConnectionCheck.test(database).problem().message()).doesNotContain(wrongPassword);

        String url = "jdbc:postgresql://" + database.host() + ":" + database.port() + "/" + database.database()
                + "?user=" + database.user() + "&password=" + URLEncoder.encode(wrongPassword, StandardCharsets.UTF_8)
                + "&sslmode=disable";
        String inUrl = run(home, "db", "copy", url);
        assertThat(inUrl).contains("can be read by every user of this computer").doesNotContain(wrongPassword);
        // Given the way that keeps it out of the process list: on standard input.
        String copy;
        java.io.InputStream stdin = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream((wrongPassword + "\n").getBytes(StandardCharsets.UTF_8)));
            copy = run(home, "db", "copy", url.replace("&password=" + URLEncoder.encode(wrongPassword, StandardCharsets.UTF_8), ""),
                    "--password-stdin");
        } finally {
            System.setIn(stdin);
        }
        assertThat(copy).contains("The server refused the password for user 'outlay_pw'").doesNotContain(wrongPassword);

        Path pgHome = Files.createDirectories(home.resolve("pg-home"));
        Files.writeString(pgHome.resolve("settings.properties"), "db.kind=postgresql\ndb.pg.host=" + database.host()
                + "\ndb.pg.port=" + database.port() + "\ndb.pg.database=" + database.database() + "\ndb.pg.user=outlay_pw\n"
                + "db.pg.sslmode=disable\n");
        Path pgpass = Files.writeString(home.resolve("pgpass"), "*:*:*:outlay_pw:" + wrongPassword + "\n");
        String previous = System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
        try {
            String migrate = run(pgHome, "db", "migrate");
            assertThat(migrate).contains("The server refused the password").doesNotContain(wrongPassword);
            String info = run(pgHome, "db", "info");
            assertThat(info).contains("The server refused the password").doesNotContain(wrongPassword);
        } finally {
            if (previous == null) {
                System.clearProperty("org.postgresql.pgpassfile");
            } else {
                System.setProperty("org.postgresql.pgpassfile", previous);
            }
        }

        assertThat(LOG).exists();
        assertThat(Files.readString(LOG)).as("the test log, which holds these failures").contains("Command 'db copy")
                .contains("password=***").doesNotContain(wrongPassword);
    }

    /** Exit code, stdout and stderr of one command, as one text. */
    private static String run(Path home, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineApp.run(AppPaths.under(home).createFolders(), args, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).isEqualTo(1);
        return out + "\n" + err;
    }

    private static String everythingAbout(Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        StringBuilder all = new StringBuilder(trace.toString());
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            all.append('\n').append(cause);
        }
        return all.toString();
    }
}
