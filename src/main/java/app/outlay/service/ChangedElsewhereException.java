package app.outlay.service;

/** The record was changed or deleted by someone else since it was read; nothing was saved. */
public final class ChangedElsewhereException extends RuntimeException {

    public ChangedElsewhereException(String message) {
        super(message);
    }
}
