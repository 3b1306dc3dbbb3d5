package app.outlay.ui.common;

import app.outlay.data.NewerSchemaException;
import app.outlay.service.ChangedElsewhereException;
import app.outlay.service.DuplicateNameException;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/** Turns failures into sentences for people: what went wrong and, where we know it, what they can do. */
public final class UserMessages {

    private UserMessages() {
    }

    public static String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String known = known(cause);
            if (known != null) {
                return known;
            }
        }
        Throwable root = rootCause(failure);
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return "Something unexpected went wrong: " + firstLine(message);
    }

    private static String known(Throwable cause) {
        if (cause instanceof ChangedElsewhereException || cause instanceof DuplicateNameException
                || cause instanceof NewerSchemaException || cause instanceof IllegalArgumentException) {
            return cause.getMessage();
        }
        if (cause instanceof UnknownHostException) {
            return "The server name '" + cause.getMessage() + "' is unknown. Check the host name.";
        }
        if (cause instanceof ConnectException) {
            return "The database server refused the connection. Is it running, and are host and port right?";
        }
        if (cause instanceof SocketTimeoutException) {
            return "The database server did not answer in time.";
        }
        if (cause instanceof SQLException sql) {
            return fromSql(sql);
        }
        return null;
    }

    private static String fromSql(SQLException sql) {
        String message = sql.getMessage() == null ? "" : sql.getMessage();
        // H2 reports a file held by another process with error 90020.
        if (sql.getErrorCode() == 90020 || message.contains("already in use")) {
            return "Another Outlay (or another program) has this database open. Close it and try again.";
        }
        return null;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse(text).strip();
    }
}
