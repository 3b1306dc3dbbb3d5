package app.outlay.ui.history;

import app.outlay.service.history.ChangeRow;
import app.outlay.text.Texts;
import app.outlay.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.concurrent.Callable;

/** The history window's content: the changes of one expense or of the ledger, and how each is told. */
public final class HistoryViewModel {

    private final TaskRunner tasks;
    private final Texts texts;
    private final ObservableList<ChangeRow> changes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");

    public HistoryViewModel(TaskRunner tasks, Texts texts) {
        this.tasks = tasks;
        this.texts = texts;
    }

    /** Reads the changes {@code load} returns (a HistoryService call), newest first as it gives them. */
    public void load(Callable<List<ChangeRow>> load) {
        tasks.run(texts.get("history.failed"), load, read -> {
            changes.setAll(read);
            count.set(texts.format("history.count", read.size()));
        });
    }

    /** Who made the change: the user and the computer. */
    public String who(ChangeRow change) {
        return texts.format("history.who.value", change.changedBy(), change.computer());
    }

    /** What changed, in the window's language; an undone change says so, and so does the undo that reversed it. */
    public String what(ChangeRow change) {
        if (change.undo()) {
            return texts.format("history.what.undo", change.text());
        }
        return change.undone() ? texts.format("history.what.undone", change.text()) : texts.of(change.text());
    }

    public ObservableList<ChangeRow> changes() {
        return changes;
    }

    /** "3 changes". */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }
}
