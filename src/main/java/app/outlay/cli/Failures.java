package app.outlay.cli;

/** Turns an exception into the one line a user reads on stderr. */
final class Failures {

    private Failures() {
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
