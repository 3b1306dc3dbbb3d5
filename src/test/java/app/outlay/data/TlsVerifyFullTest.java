package app.outlay.data;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code sslmode=verify-full} against a real PostgreSQL that speaks only TLS, with a certificate (CN=localhost)
 * signed by a test authority (src/test/resources/tls): the root certificate chosen in the settings is what the
 * driver checks the server against. A server of its own, started from the same Maven artifacts as TestPostgres,
 * because TLS is a setting of the whole server.
 */
class TlsVerifyFullTest {

    @TempDir
    static Path folder;

    private static EmbeddedPostgres server;

    @BeforeAll
    static void startTlsOnlyServer() throws IOException {
        Path cert = copy("server.crt");
        Path key = copy("server.key");
        // PostgreSQL refuses a key others may read.
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        server = EmbeddedPostgres.builder()
                .setServerConfig("ssl", "on")
                .setServerConfig("ssl_cert_file", cert.toString())
                .setServerConfig("ssl_key_file", key.toString())
                .setDataDirectoryCustomizer(dir -> {
                    try {
                        Files.writeString(dir.toPath().resolve("pg_hba.conf"), String.join("\n",
                                "local all all trust",
                                "hostssl all all 127.0.0.1/32 trust",
                                "hostssl all all ::1/128 trust", ""));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .start();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @Test
    void verifyFullWithTheChosenRootCertificateConnectsOverTls() throws Exception {
        DatabaseSettings settings = settings().withSslRootCert(copy("ca.crt"));

        ConnectionCheck.Result result = ConnectionCheck.test(settings);

        assertThat(result.problem()).as("problem").isNull();
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), login());
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select ssl from pg_stat_ssl where pid = pg_backend_pid()")) {
            row.next();
            assertThat(row.getBoolean(1)).isTrue();
        }
    }

    @Test
    void aServerWhoseCertificateDoesNotChainToTheChosenRootIsRefused() throws Exception {
        DatabaseSettings settings = settings().withSslRootCert(copy("other-ca.crt"));

        ConnectionCheck.Result result = ConnectionCheck.test(settings);

        assertThat(result.problem()).isNotNull();
        assertThat(result.problem().message()).containsIgnoringCase("certif");
    }

    private static DatabaseSettings settings() {
        return DatabaseSettings.postgresql("localhost", server.getPort(), "postgres", "postgres",
                DatabaseSettings.SslMode.VERIFY_FULL, null);
    }

    private static Properties login() {
        Properties properties = new Properties();
        properties.setProperty("user", "postgres");
        return properties;
    }

    private static Path copy(String name) throws IOException {
        Path target = folder.resolve(name);
        try (InputStream in = TlsVerifyFullTest.class.getResourceAsStream("/tls/" + name)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }
}
