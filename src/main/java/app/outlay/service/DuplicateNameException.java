package app.outlay.service;

/** A name that must be unique (ignoring case) is already taken. */
public final class DuplicateNameException extends RuntimeException {

    public DuplicateNameException(String message) {
        super(message);
    }
}
