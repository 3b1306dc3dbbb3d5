package app.outlay.service.expense;

import app.outlay.text.ExplainedException;
import app.outlay.text.UserText;

/** The record was changed or deleted by someone else since it was read; nothing was saved. */
public final class ChangedElsewhereException extends ExplainedException {

    private final boolean deleted;

    public ChangedElsewhereException(UserText explanation) {
        this(explanation, false);
    }

    private ChangedElsewhereException(UserText explanation, boolean deleted) {
        super(explanation);
        this.deleted = deleted;
    }

    /** For a record that no longer exists at all. */
    public static ChangedElsewhereException deleted(UserText explanation) {
        return new ChangedElsewhereException(explanation, true);
    }

    /** True when the record is gone, so reloading it is not possible. */
    public boolean isDeleted() {
        return deleted;
    }
}
