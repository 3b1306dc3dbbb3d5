package app.outlay.cli;

/** A failure whose message is already what the user should read (e.g. about a copy target, not the database in use). */
final class CommandFailure extends RuntimeException {

    CommandFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
