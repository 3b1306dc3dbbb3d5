package app.outlay.data;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Why a database could not be reached, in words a user understands, from whatever the driver threw.
 * One place, so the settings dialog, the launch dialog and the command line all say the same thing.
 */
public record ConnectionProblem(Kind kind, String message) {

    public enum Kind {
        UNKNOWN_HOST, REFUSED, TIMEOUT, PASSWORD_MISSING, WRONG_PASSWORD, NOT_ALLOWED, NO_DATABASE,
        SSL_REQUIRED, SSL_UNSUPPORTED, IN_USE, NEWER_SCHEMA, UPGRADE_FAILED, OTHER
    }

    /** True when asking the user for a password could fix it. */
    public boolean needsPassword() {
        return kind == Kind.PASSWORD_MISSING || kind == Kind.WRONG_PASSWORD;
    }

    /** @param target the database that was being reached, or null when not known (messages are then more general) */
    public static ConnectionProblem of(Throwable failure, DatabaseSettings target) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            ConnectionProblem known = classify(cause, target);
            if (known != null) {
                return known;
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return new ConnectionProblem(Kind.OTHER, text.lines().findFirst().orElse(text).strip());
    }

    private static ConnectionProblem classify(Throwable cause, DatabaseSettings target) {
        String server = target == null ? "the server"
                : target.kind() == DatabaseSettings.Kind.H2 ? "the database" : "the server " + target.host() + ":" + target.port();
        if (cause instanceof NewerSchemaException) {
            return new ConnectionProblem(Kind.NEWER_SCHEMA, cause.getMessage());
        }
        if (cause instanceof UpgradeFailedException) {
            return new ConnectionProblem(Kind.UPGRADE_FAILED, cause.getMessage());
        }
        if (cause instanceof UnknownHostException) {
            return new ConnectionProblem(Kind.UNKNOWN_HOST,
                    "The host name '" + cause.getMessage() + "' is unknown. Check the spelling, or use the server's IP address.");
        }
        if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
            return new ConnectionProblem(Kind.REFUSED, "Nothing answers at " + server
                    + " (connection refused). Is PostgreSQL running there, and are host and port right?");
        }
        if (cause instanceof SocketTimeoutException) {
            return new ConnectionProblem(Kind.TIMEOUT, capitalised(server)
                    + " did not answer in time. Check the host, the port and any firewall in between.");
        }
        if (cause instanceof SQLException sql) {
            return fromSql(sql, target, server);
        }
        return null;
    }

    private static String user(DatabaseSettings target) {
        return target == null ? "?" : target.user();
    }

    private static String database(DatabaseSettings target) {
        return target == null ? "?" : target.database();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static ConnectionProblem fromSql(SQLException sql, DatabaseSettings target, String server) {
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        String text = sql.getMessage() == null ? "" : sql.getMessage().toLowerCase(Locale.ROOT);
        if (sql.getErrorCode() == 90020 || text.contains("already in use")) {
            // One embedded database, one Outlay: H2 locks the file while it is open (see Database.open).
            String file = target != null && target.kind() == DatabaseSettings.Kind.H2
                    ? " (" + DatabaseInspector.h2File(target) + ")" : "";
            return new ConnectionProblem(Kind.IN_USE, "Outlay is already open with this database" + file
                    + ". Close the other window first.");
        }
        if (state.equals("28P01") || text.contains("password authentication failed")) {
            return new ConnectionProblem(Kind.WRONG_PASSWORD,
                    "The server refused the password for user '" + user(target) + "'. Check the user name and password.");
        }
        if (text.contains("no password was provided") || text.contains("password-based authentication")) {
            return new ConnectionProblem(Kind.PASSWORD_MISSING,
                    "The server asks for a password for user '" + user(target) + "': enter it, set PGPASSWORD, or add it to your .pgpass file.");
        }
        if (state.equals("3D000") || (text.contains("database") && text.contains("does not exist"))) {
            return new ConnectionProblem(Kind.NO_DATABASE, "There is no database '" + database(target) + "' on "
                    + server + ". Create it first (e.g. createdb " + database(target) + "), or check the name.");
        }
        if (text.contains("does not support ssl")) {
            return new ConnectionProblem(Kind.SSL_UNSUPPORTED,
                    "The server does not accept SSL connections. Choose SSL mode 'prefer' or 'disable', or enable SSL on the server.");
        }
        if (text.contains("no pg_hba.conf entry") && text.contains("no encryption")) {
            return new ConnectionProblem(Kind.SSL_REQUIRED,
                    "The server only accepts encrypted (SSL) connections. Choose SSL mode 'require' or 'verify-full'.");
        }
        if (state.equals("28000") || text.contains("no pg_hba.conf entry")) {
            return new ConnectionProblem(Kind.NOT_ALLOWED, "The server does not let user '" + user(target)
                    + "' connect from this computer (pg_hba.conf). Ask its administrator.");
        }
        if (text.contains("role") && text.contains("does not exist")) {
            return new ConnectionProblem(Kind.WRONG_PASSWORD, "The server has no user '" + user(target) + "'. Check the user name.");
        }
        if (state.startsWith("08") && text.contains("timeout")) {
            return new ConnectionProblem(Kind.TIMEOUT, capitalised(server) + " did not answer in time.");
        }
        return null;
    }
}
