package app.outlay.ui.common;

import app.outlay.data.ConnectionProblem;
import app.outlay.data.NewerSchemaException;
import app.outlay.service.ChangedElsewhereException;
import app.outlay.service.DuplicateNameException;

import java.io.IOException;
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
        if (cause instanceof SQLException || cause instanceof IOException) {
            ConnectionProblem problem = ConnectionProblem.of(cause, null);
            return problem.kind() == ConnectionProblem.Kind.OTHER ? null : problem.message();
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
