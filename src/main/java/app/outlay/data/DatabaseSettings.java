package app.outlay.data;

import app.outlay.text.InvalidInputException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

/**
 * Which database Outlay uses and how to reach it. The password is held in memory only and never written
 * to the settings file (docs/design.md §3). For PostgreSQL it is the user's; for the embedded database it is the ledger's
 * file password (null for a ledger that is not protected), with which H2 encrypts the file (AES).
 */
public record DatabaseSettings(Kind kind, Path h2Base, String host, int port, String database, String user,
                               SslMode sslMode, String password, Path sslRootCert) {

    public enum Kind { H2, POSTGRESQL }

    public enum SslMode {
        DISABLE, PREFER, REQUIRE, VERIFY_FULL;

        public String jdbcValue() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static SslMode parse(String value) {
            if (value == null || value.isBlank()) {
                return PREFER;
            }
            for (SslMode mode : values()) {
                if (mode.jdbcValue().equalsIgnoreCase(value.trim()) || mode.name().equalsIgnoreCase(value.trim())) {
                    return mode;
                }
            }
            throw InvalidInputException.of("problem.settings.sslmode", value.trim(),
                    java.util.Arrays.stream(values()).map(SslMode::jdbcValue).collect(java.util.stream.Collectors.joining(", ")));
        }
    }

    /** The H2 user: the folder's permissions protect the file, so the password is empty (docs/design.md §3). */
    public static final String H2_USER = "outlay";

    public DatabaseSettings {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.H2) {
            Objects.requireNonNull(h2Base, "h2Base");
            refuseH2Settings(h2Base);
        }
    }

    /**
     * The H2 file's location becomes part of the JDBC URL, where everything after a {@code ;} is read as H2 settings
     * ({@code ;INIT=RUNSCRIPT FROM 'evil.sql'} would run a script on open). A location holding one is refused, from
     * wherever it comes (settings file, settings dialog, {@code db copy}, {@code backup}, {@code restore}).
     *
     * @throws InvalidInputException naming the location
     */
    public static void refuseH2Settings(Path h2Base) {
        if (h2Base.toString().indexOf(';') >= 0) {
            throw InvalidInputException.of("problem.h2Path.settings", h2Base.toString());
        }
    }

    public static DatabaseSettings h2(Path base) {
        return new DatabaseSettings(Kind.H2, base.toAbsolutePath().normalize(), null, 5432, null, null, SslMode.PREFER, null, null);
    }

    public static DatabaseSettings postgresql(String host, int port, String database, String user, SslMode sslMode, String password) {
        return new DatabaseSettings(Kind.POSTGRESQL, null, host, port, database, user, sslMode, password, null);
    }

    /**
     * The root certificate the server's certificate must chain to ({@code sslrootcert}), for {@code verify-full};
     * null: the driver's default ({@code ~/.postgresql/root.crt}).
     */
    public DatabaseSettings withSslRootCert(Path rootCert) {
        return new DatabaseSettings(kind, h2Base, host, port, database, user, sslMode, password,
                rootCert == null ? null : rootCert.toAbsolutePath().normalize());
    }

    public static DatabaseSettings fromProperties(Properties properties, Path defaultH2Base) {
        String kind = properties.getProperty("db.kind", "h2").trim().toLowerCase(Locale.ROOT);
        if (kind.equals("postgresql")) {
            String rootCert = properties.getProperty("db.pg.sslrootcert", "").trim();
            return postgresql(
                    properties.getProperty("db.pg.host", "localhost").trim(),
                    port(properties.getProperty("db.pg.port", "5432").trim()),
                    properties.getProperty("db.pg.database", "outlay").trim(),
                    properties.getProperty("db.pg.user", "outlay").trim(),
                    SslMode.parse(properties.getProperty("db.pg.sslmode")),
                    null).withSslRootCert(rootCert.isEmpty() ? null : Path.of(rootCert));
        }
        if (!kind.equals("h2")) {
            throw InvalidInputException.of("problem.settings.kind", kind);
        }
        String path = properties.getProperty("db.h2.path");
        return h2(path == null || path.isBlank() ? defaultH2Base : Path.of(path.trim()));
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port > 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // said below
        }
        throw InvalidInputException.of("problem.settings.port", value);
    }

    /** Writes the keys of docs/design.md §3; never the password. */
    public void writeTo(Properties properties) {
        properties.setProperty("db.kind", kind == Kind.H2 ? "h2" : "postgresql");
        if (kind == Kind.H2) {
            properties.setProperty("db.h2.path", h2Base.toString());
        } else {
            properties.setProperty("db.pg.host", host);
            properties.setProperty("db.pg.port", Integer.toString(port));
            properties.setProperty("db.pg.database", database);
            properties.setProperty("db.pg.user", user);
            properties.setProperty("db.pg.sslmode", sslMode.jdbcValue());
            if (sslRootCert != null) {
                properties.setProperty("db.pg.sslrootcert", sslRootCert.toString());
            } else {
                properties.remove("db.pg.sslrootcert");
            }
        }
    }

    public DatabaseSettings withPassword(String newPassword) {
        return new DatabaseSettings(kind, h2Base, host, port, database, user, sslMode, newPassword, sslRootCert);
    }

    public String jdbcUrl() {
        return jdbcUrl("Outlay");
    }

    /** The URL with the name PostgreSQL shows for the connection (pg_stat_activity), e.g. for the live-update listener. */
    public String jdbcUrl(String applicationName) {
        if (kind == Kind.H2) {
            // DB_CLOSE_ON_EXIT=FALSE: the pool, not H2's shutdown hook, decides when the file is closed.
            // CIPHER=AES: a protected ledger's file is encrypted with its password (see connectionPassword).
            // How soon commits are written is set when the ledger opens, not here (see BulkWrites).
            return "jdbc:h2:file:" + h2Base + (password != null ? ";CIPHER=AES" : "") + ";DB_CLOSE_ON_EXIT=FALSE";
        }
        return "jdbc:postgresql://" + host + ":" + port + "/" + database
                + "?sslmode=" + sslMode.jdbcValue()
                + "&ApplicationName=" + applicationName
                + "&connectTimeout=5&socketTimeout=60"
                + "&reWriteBatchedInserts=true"
                // Encoded: the driver decodes parameter values, so a path with '&' or '=' stays one path.
                + (sslRootCert == null ? "" : "&sslrootcert=" + URLEncoder.encode(sslRootCert.toString(), StandardCharsets.UTF_8));
    }

    /**
     * The password to connect with: PostgreSQL's (or null: then ~/.pgpass), or for the embedded database the file
     * password and the (empty) user password, separated by a space, as H2 takes them for an encrypted file.
     */
    public String connectionPassword() {
        if (kind == Kind.POSTGRESQL) {
            return password;
        }
        return password == null ? "" : h2FilePassword(password) + " ";
    }

    /**
     * The key H2 encrypts a protected ledger's file with: the password's UTF-8 bytes in hexadecimal, because H2 takes
     * no space in a file password (it separates it from the user's) and a passphrase has spaces. Same entropy.
     */
    public static String h2FilePassword(String password) {
        return java.util.HexFormat.of().formatHex(password.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Where the H2 file of these settings is, or would be: {@code <h2Base>.mv.db}. */
    public Path h2File() {
        return Path.of(h2Base + ".mv.db");
    }

    /** True for an embedded ledger protected with a password (its file encrypted). */
    public boolean isProtected() {
        return kind == Kind.H2 && password != null;
    }

    public String user() {
        return kind == Kind.H2 ? H2_USER : user;
    }

    /** What the status bar and {@code db info} show, e.g. {@code H2 · /home/ann/.local/share/outlay/data/outlay}. */
    public String displayName() {
        if (kind == Kind.H2) {
            return "H2 · " + h2Base;
        }
        return "PostgreSQL · " + user + "@" + host + ":" + port + "/" + database;
    }

    /**
     * True when both name the same data: the same embedded file, or the same database on the same server (whoever
     * logs in). The one definition of "the same database": a copy into it is refused, a switch to it is none.
     */
    public boolean sameDatabase(DatabaseSettings other) {
        if (kind != other.kind) {
            return false;
        }
        return kind == Kind.H2
                ? h2Base.toAbsolutePath().normalize().equals(other.h2Base.toAbsolutePath().normalize())
                : host.equalsIgnoreCase(other.host) && port == other.port && java.util.Objects.equals(database, other.database);
    }

    /** The same database reached the same way: the same user, SSL mode and root certificate (passwords aside). */
    public boolean sameConnection(DatabaseSettings other) {
        return sameDatabase(other) && java.util.Objects.equals(user(), other.user()) && sslMode == other.sslMode
                && java.util.Objects.equals(sslRootCert, other.sslRootCert);
    }

    /** Settings are printed in logs: never with the password. */
    @Override
    public String toString() {
        return displayName();
    }
}
