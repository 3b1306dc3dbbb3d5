package app.outlay.data;

import app.outlay.text.ExplainedException;
import app.outlay.text.UserText;

/** Migrating a database to this build's schema failed; the message says what happened to the data and where it is. */
public final class UpgradeFailedException extends ExplainedException {

    public UpgradeFailedException(UserText explanation, Throwable cause) {
        super(explanation, cause);
    }
}
