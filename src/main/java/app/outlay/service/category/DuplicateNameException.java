package app.outlay.service.category;

import app.outlay.text.ExplainedException;
import app.outlay.text.UserText;

/** A name that must be unique (ignoring case) is already taken. */
public final class DuplicateNameException extends ExplainedException {

    public DuplicateNameException(UserText explanation) {
        super(explanation);
    }
}
