package app.outlay.ui.expenses;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;

/**
 * What this session can undo, newest first: each entry knows how to put the ledger back (run in the background)
 * and what to call itself in the menu ("Undo delete of “Lunch”").
 */
final class UndoHistory {

    /** One step back: a label for the menu and the work that reverses the change. */
    record Step(String label, Callable<?> reverse) {
    }

    private static final int LIMIT = 50;

    private final Deque<Step> steps = new ArrayDeque<>();
    private final ReadOnlyStringWrapper nextLabel = new ReadOnlyStringWrapper();

    void record(String label, Callable<?> reverse) {
        steps.push(new Step(label, reverse));
        if (steps.size() > LIMIT) {
            steps.removeLast();
        }
        nextLabel.set(label);
    }

    /** Takes the newest step off the history (null when there is none). */
    Step take() {
        Step step = steps.poll();
        nextLabel.set(steps.isEmpty() ? null : steps.peek().label());
        return step;
    }

    /** Forgets everything, e.g. after switching to another database. */
    void clear() {
        steps.clear();
        nextLabel.set(null);
    }

    /** The menu text of the next undo, or null when there is nothing to undo. */
    ReadOnlyStringProperty nextLabelProperty() {
        return nextLabel.getReadOnlyProperty();
    }
}
