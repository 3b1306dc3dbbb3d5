package app.outlay.data;

import app.outlay.testing.TestDatabases;
import app.outlay.testing.TestPostgres;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** "Test connection" against a real PostgreSQL: each way of failing gets its own message. */
class ConnectionCheckTest {

    @Test
    void reportsTheServerVersion() {
        ConnectionCheck.Result result = ConnectionCheck.test(TestPostgres.passwordUser("postgres"));
        assertThat(result.ok()).as(String.valueOf(result.problem())).isTrue();
        assertThat(result.serverVersion()).startsWith("PostgreSQL ");
    }

    @Test
    void wrongPassword() {
        ConnectionCheck.Result result = ConnectionCheck.test(TestPostgres.passwordUser("postgres").withPassword("wrong"));
        assertThat(result.problem().kind()).isEqualTo(ConnectionProblem.Kind.WRONG_PASSWORD);
        assertThat(result.problem().message()).contains("refused the password for user 'outlay_pw'").doesNotContain("wrong");
        assertThat(result.problem().needsPassword()).isTrue();
    }

    @Test
    void missingPassword() {
        ConnectionCheck.Result result = ConnectionCheck.test(TestPostgres.passwordUser("postgres").withPassword(null));
        assertThat(result.problem().kind()).isEqualTo(ConnectionProblem.Kind.PASSWORD_MISSING);
        assertThat(result.problem().message()).contains("asks for a password");
    }

    @Test
    void missingDatabase() {
        ConnectionCheck.Result result = ConnectionCheck.test(TestPostgres.passwordUser("no_such_ledger"));
        assertThat(result.problem().kind()).isEqualTo(ConnectionProblem.Kind.NO_DATABASE);
        assertThat(result.problem().message()).contains("There is no database 'no_such_ledger'");
    }

    @Test
    void refusedPort() throws IOException {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        DatabaseSettings target = DatabaseSettings.postgresql("localhost", freePort, "outlay", "ann", DatabaseSettings.SslMode.DISABLE, "x");
        ConnectionCheck.Result result = ConnectionCheck.test(target);
        assertThat(result.problem().kind()).isEqualTo(ConnectionProblem.Kind.REFUSED);
        assertThat(result.problem().message()).contains("localhost:" + freePort, "connection refused");
    }

    @Test
    void unknownHost() {
        DatabaseSettings target = DatabaseSettings.postgresql("no-such-host.invalid", 5432, "outlay", "ann", DatabaseSettings.SslMode.DISABLE, "x");
        ConnectionCheck.Result result = ConnectionCheck.test(target);
        assertThat(result.problem().kind()).isEqualTo(ConnectionProblem.Kind.UNKNOWN_HOST);
        assertThat(result.problem().message()).contains("'no-such-host.invalid' is unknown");
    }

    @Test
    void sslRequiredOfAServerWithoutSslSaysSo() throws Exception {
        DatabaseSettings plain = TestPostgres.passwordUser("postgres");
        DatabaseSettings target = DatabaseSettings.postgresql(plain.host(), plain.port(), "postgres", plain.user(),
                DatabaseSettings.SslMode.REQUIRE, plain.password());
        ConnectionCheck.Result result = ConnectionCheck.test(target);
        // The embedded test server has no certificate; Debian's packaged server has one. Each must answer as it is.
        if (serverHasSsl(plain)) {
            assertThat(result.ok()).as(String.valueOf(result.problem())).isTrue();
        } else {
            assertThat(result.problem().kind()).isEqualTo(ConnectionProblem.Kind.SSL_UNSUPPORTED);
            assertThat(result.problem().message()).contains("does not accept SSL");
        }
    }

    private static boolean serverHasSsl(DatabaseSettings settings) throws java.sql.SQLException {
        try (var connection = java.sql.DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
             var rs = connection.createStatement().executeQuery("show ssl")) {
            rs.next();
            return rs.getString(1).equals("on");
        }
    }

    @Test
    void embeddedFileThatDoesNotExistYetIsFineAndNotCreated() {
        Path base = TestDatabases.tempDir("outlay-check").resolve("sub/outlay");
        ConnectionCheck.Result result = ConnectionCheck.test(DatabaseSettings.h2(base));
        assertThat(result.ok()).isTrue();
        assertThat(result.serverVersion()).contains("new embedded H2 database");
        assertThat(base.getParent()).doesNotExist();
    }
}
