package app.outlay.service.history;

import app.outlay.text.ExplainedException;
import app.outlay.text.UserText;

/** An undo this Outlay may not do: another open window's change, or one undone already. Nothing was changed. */
public final class UndoRefusedException extends ExplainedException {

    public UndoRefusedException(UserText explanation) {
        super(explanation);
    }
}
