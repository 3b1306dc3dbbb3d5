package app.outlay.ui.common;

import app.outlay.data.ConnectionProblem;
import app.outlay.text.Explained;
import app.outlay.text.Texts;

import java.io.IOException;
import java.sql.SQLException;

/** Turns failures into sentences for people: what went wrong and, where we know it, what they can do. */
public final class UserMessages {

    private UserMessages() {
    }

    /** The failure in the window's language: its explanation where it has one, else what the system said. */
    public static String describe(Throwable failure, Texts texts) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String known = known(cause, texts);
            if (known != null) {
                return known;
            }
        }
        Throwable root = rootCause(failure);
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return texts.format("error.unexpected.detail", firstLine(message));
    }

    /**
     * True when the failure carries its own explanation for people (a refused change, a rule of the ledger): such a
     * message is the whole story, so no stack trace goes with it.
     */
    public static boolean isExplained(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof Explained) {
                return true;
            }
        }
        return false;
    }

    private static String known(Throwable cause, Texts texts) {
        if (cause instanceof Explained explained) {
            return texts.of(explained.explanation());
        }
        if (cause instanceof SQLException || cause instanceof IOException) {
            ConnectionProblem problem = ConnectionProblem.of(cause, null);
            return problem.kind() == ConnectionProblem.Kind.OTHER ? null : texts.of(problem.text());
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
