package app.outlay.data;

/** Migrating a database to this build's schema failed; the message says what happened to the data and where it is. */
public final class UpgradeFailedException extends RuntimeException {

    public UpgradeFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
