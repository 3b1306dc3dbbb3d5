package app.outlay.cli;

import app.outlay.data.ConnectionProblem;
import app.outlay.data.DatabaseSettings;

/** Turns an exception into the one line a user reads on stderr. */
final class Failures {

    private Failures() {
    }

    /** A connection problem in the user's words where it is one, otherwise the most telling message. */
    static String oneLine(Throwable failure, CliEnvironment environment) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CommandFailure) {
                return cause.getMessage();
            }
        }
        DatabaseSettings target = null;
        try {
            target = environment.databaseSettings();
        } catch (RuntimeException unreadableSettings) {
            // the failure itself will say what is wrong with them
        }
        ConnectionProblem problem = ConnectionProblem.of(failure, target);
        return problem.kind() == ConnectionProblem.Kind.OTHER ? oneLine(failure) : problem.message();
    }

    static String oneLine(Throwable failure) {
        Throwable cause = failure;
        // Wrappers repeat their cause's message; the deepest meaningful message is the useful one.
        while (cause.getCause() != null && (cause.getMessage() == null || cause.getMessage().contains(cause.getCause().getClass().getName()))) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }
}
