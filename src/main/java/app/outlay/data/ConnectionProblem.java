package app.outlay.data;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Locale;

import app.outlay.text.Explained;
import app.outlay.text.UserText;

/**
 * Why a database could not be reached, in words a user understands, from whatever the driver threw.
 * One place, so the settings dialog, the launch dialog and the command line all say the same thing: the window in
 * its language ({@link #text()}), the command line in English ({@link #message()}).
 */
public record ConnectionProblem(Kind kind, UserText text) {

    public enum Kind {
        UNKNOWN_HOST, REFUSED, TIMEOUT, PASSWORD_MISSING, WRONG_PASSWORD, NOT_ALLOWED, NO_DATABASE,
        SSL_REQUIRED, SSL_UNSUPPORTED, IN_USE, NEWER_SCHEMA, UPGRADE_FAILED, READ_ONLY, OTHER
    }

    /** The problem in English. */
    public String message() {
        return text.english();
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
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof Explained explained) {
                return new ConnectionProblem(Kind.OTHER, explained.explanation()); // already in the user's words
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // After the explained ones: an upgrade the role may not make says so itself (Database.migrate).
            if (cause instanceof SQLException sql && "42501".equals(sql.getSQLState())) {
                // Insufficient privilege on a write (LedgerRoles): the history is the owner's to change, everything
                // else an editor may write, so otherwise it is a viewer's. The server refused the statement, so its
                // transaction changed nothing. The table's name is in the message whatever the server's language.
                String said = sql.getMessage() == null ? "" : sql.getMessage();
                return said.contains("change_log") || said.contains("flyway_schema_history")
                        ? problem(Kind.READ_ONLY, "problem.ownerOnly") : problem(Kind.READ_ONLY, "problem.readOnly");
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        // The driver's own words: nothing better is known, and they are what a search or an administrator needs.
        return problem(Kind.OTHER, "verbatim", text.lines().findFirst().orElse(text).strip());
    }

    private static ConnectionProblem problem(Kind kind, String key, Object... arguments) {
        return new ConnectionProblem(kind, UserText.of(key, arguments));
    }

    private static ConnectionProblem classify(Throwable cause, DatabaseSettings target) {
        // "host:port" where a server was named; the embedded database has no server to be refused by or time out.
        String server = target == null || target.kind() == DatabaseSettings.Kind.H2 ? null
                : target.host() + ":" + target.port();
        if (cause instanceof Explained explained && (cause instanceof NewerSchemaException)) {
            return new ConnectionProblem(Kind.NEWER_SCHEMA, explained.explanation());
        }
        if (cause instanceof Explained explained && (cause instanceof UpgradeFailedException)) {
            return new ConnectionProblem(Kind.UPGRADE_FAILED, explained.explanation());
        }
        if (cause instanceof UnknownHostException) {
            return problem(Kind.UNKNOWN_HOST, "problem.connection.unknownHost", cause.getMessage());
        }
        if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
            return server == null ? problem(Kind.REFUSED, "problem.connection.refused")
                    : problem(Kind.REFUSED, "problem.connection.refused.at", server);
        }
        if (cause instanceof SocketTimeoutException) {
            return server == null ? problem(Kind.TIMEOUT, "problem.connection.timeout")
                    : problem(Kind.TIMEOUT, "problem.connection.timeout.at", server);
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

    private static ConnectionProblem fromSql(SQLException sql, DatabaseSettings target, String server) {
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        String text = sql.getMessage() == null ? "" : sql.getMessage().toLowerCase(Locale.ROOT);
        if (target != null && target.kind() == DatabaseSettings.Kind.H2 && LedgerFiles.isEncrypted(target.h2File())) {
            // A protected ledger read without its password looks damaged to H2; with a wrong one, undecryptable.
            if (!target.isProtected()) {
                return problem(Kind.PASSWORD_MISSING, "problem.ledger.passwordMissing", target.h2File().toString());
            }
            if (sql.getErrorCode() == 90049 || sql.getErrorCode() == 90030) {
                return problem(Kind.WRONG_PASSWORD, "problem.ledger.wrongPassword", target.h2File().toString());
            }
        }
        if (sql.getErrorCode() == 90020 || text.contains("already in use")) {
            // One embedded database, one Outlay: H2 locks the file while it is open (see Database.open).
            return target != null && target.kind() == DatabaseSettings.Kind.H2
                    ? problem(Kind.IN_USE, "problem.connection.inUse.file", target.h2File().toString())
                    : problem(Kind.IN_USE, "problem.connection.inUse");
        }
        if (state.equals("28P01") || text.contains("password authentication failed")) {
            return problem(Kind.WRONG_PASSWORD, "problem.connection.wrongPassword", user(target));
        }
        if (text.contains("no password was provided") || text.contains("password-based authentication")) {
            return problem(Kind.PASSWORD_MISSING, "problem.connection.passwordMissing", user(target));
        }
        if (state.equals("3D000") || (text.contains("database") && text.contains("does not exist"))) {
            return server == null ? problem(Kind.NO_DATABASE, "problem.connection.noDatabase", database(target))
                    : problem(Kind.NO_DATABASE, "problem.connection.noDatabase.at", database(target), server);
        }
        if (text.contains("does not support ssl")) {
            return problem(Kind.SSL_UNSUPPORTED, "problem.connection.sslUnsupported");
        }
        if (text.contains("no pg_hba.conf entry") && text.contains("no encryption")) {
            return problem(Kind.SSL_REQUIRED, "problem.connection.sslRequired");
        }
        if (state.equals("28000") || text.contains("no pg_hba.conf entry")) {
            return problem(Kind.NOT_ALLOWED, "problem.connection.notAllowed", user(target));
        }
        if (text.contains("role") && text.contains("does not exist")) {
            return problem(Kind.WRONG_PASSWORD, "problem.connection.noUser", user(target));
        }
        if (state.startsWith("08") && text.contains("timeout")) {
            return server == null ? problem(Kind.TIMEOUT, "problem.connection.sqlTimeout")
                    : problem(Kind.TIMEOUT, "problem.connection.sqlTimeout.at", server);
        }
        return null;
    }
}
