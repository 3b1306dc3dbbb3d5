package app.outlay.data;

/** The embedded database file does not exist yet. */
public final class DatabaseMissingException extends RuntimeException {

    public DatabaseMissingException(String message) {
        super(message);
    }
}
