package app.outlay.ui.rules;

import app.outlay.service.expense.ExpenseFilter;
import app.outlay.service.rules.RuleApplyService;
import app.outlay.service.rules.RuleChange;
import app.outlay.service.rules.RulePreview;
import app.outlay.service.rules.RuleService;
import app.outlay.text.Texts;
import app.outlay.text.UserText;
import app.outlay.ui.common.TaskRunner;
import app.outlay.ui.common.UserMessages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;

/**
 * "Apply rules to the list…": every change the rules would make to the expenses the list's filter shows, then
 * all of them saved as one undo step. Work runs on the worker; no control is touched here.
 */
public final class ApplyRulesViewModel {

    private final RuleService rules;
    private final RuleApplyService applying;
    private final TaskRunner tasks;
    private final Texts texts;
    private final ObservableList<RuleChange> changes = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty applied = new SimpleBooleanProperty(false);

    public ApplyRulesViewModel(RuleService rules, RuleApplyService applying, TaskRunner tasks, Texts texts) {
        this.rules = rules;
        this.applying = applying;
        this.tasks = tasks;
        this.texts = texts;
    }

    public void preview(ExpenseFilter filter) {
        busy.set(true);
        tasks.run(() -> applying.preview(filter, rules.list()), this::show, this::failed);
    }

    private void show(RulePreview preview) {
        busy.set(false);
        changes.setAll(preview.changes());
        summary.set(preview.changes().isEmpty() ? texts.format("rules.apply.none", preview.examined())
                : texts.format("rules.apply.summary", preview.changes().size(), preview.examined()));
        message.set(preview.stopped().stream().map(rule -> texts.of(UserText.of("problem.rules.runaway", rule)))
                .reduce((a, b) -> a + "\n" + b).orElse(""));
    }

    /** Saves every previewed change as one undo step; {@code done} runs afterwards on success. */
    public void apply(Runnable done) {
        List<RuleChange> all = new ArrayList<>(changes);
        if (all.isEmpty()) {
            return;
        }
        busy.set(true);
        tasks.run(() -> applying.apply(all), count -> {
            busy.set(false);
            applied.set(true);
            changes.clear();
            summary.set(texts.format("rules.apply.done", count));
            done.run();
        }, this::failed);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        message.set(UserMessages.describe(failure, texts));
    }

    /** What a change does, in one line: "category (none) → Groceries, description → 'Spotify'". */
    public String describe(RuleChange change) {
        List<String> parts = new ArrayList<>();
        if (change.changesCategory()) {
            parts.add(texts.format("rules.apply.change.category",
                    change.oldCategory() == null ? texts.get("rules.apply.noCategory") : change.oldCategory(),
                    change.newCategory() == null ? texts.get("rules.apply.noCategory") : change.newCategory()));
        }
        if (change.changesDescription()) {
            parts.add(texts.format("rules.apply.change.description", change.newDescription()));
        }
        if (change.changesNotes()) {
            String added = change.newNotes().substring(change.oldNotes() == null ? 0 : change.oldNotes().length()).strip();
            parts.add(texts.format("rules.apply.change.note", added));
        }
        if (change.changesTags()) {
            parts.add(texts.format("rules.apply.change.tags", String.join(", ", change.addedTags())));
        }
        return String.join(", ", parts);
    }

    public ObservableList<RuleChange> changes() {
        return changes;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty appliedProperty() {
        return applied;
    }
}
