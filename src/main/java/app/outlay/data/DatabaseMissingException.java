package app.outlay.data;

import app.outlay.text.ExplainedException;
import app.outlay.text.UserText;

/** The embedded database file does not exist yet. */
public final class DatabaseMissingException extends ExplainedException {

    public DatabaseMissingException(UserText explanation) {
        super(explanation);
    }
}
