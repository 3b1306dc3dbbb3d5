package app.outlay.service;

/** The record was changed or deleted by someone else since it was read; nothing was saved. */
public final class ChangedElsewhereException extends RuntimeException {

    private final boolean deleted;

    public ChangedElsewhereException(String message) {
        this(message, false);
    }

    private ChangedElsewhereException(String message, boolean deleted) {
        super(message);
        this.deleted = deleted;
    }

    /** For a record that no longer exists at all. */
    public static ChangedElsewhereException deleted(String message) {
        return new ChangedElsewhereException(message, true);
    }

    /** True when the record is gone, so reloading it is not possible. */
    public boolean isDeleted() {
        return deleted;
    }
}
