package app.outlay.ui.rules;

import app.outlay.rules.AutoFill;
import app.outlay.rules.Rule;
import app.outlay.rules.Suggestion;
import app.outlay.service.category.CategoryRow;
import app.outlay.text.Texts;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.function.Supplier;

/**
 * Proposes a category while a description is typed (the expense dialog): the rules' or the learning's, with why.
 * A category the user chose is never overwritten: once they pick one (or the expense had one), proposals stop.
 * A proposal that no longer fits the description is taken back. Touches properties only, no controls.
 */
public final class CategoryProposer {

    private final StringProperty description;
    private final ObjectProperty<CategoryRow> category;
    private final CategoryRow none;
    private final Supplier<List<CategoryRow>> choices;
    private final Texts texts;
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Suggestion> suggestion = new ReadOnlyObjectWrapper<>();
    private AutoFill autoFill = AutoFill.none();
    private boolean chosenByUser;
    private boolean proposing;
    private CategoryRow proposed;

    /**
     * @param none the "no category" choice; a category other than it when this starts counts as chosen
     */
    public CategoryProposer(StringProperty description, ObjectProperty<CategoryRow> category, CategoryRow none,
                            Supplier<List<CategoryRow>> choices, Texts texts) {
        this.description = description;
        this.category = category;
        this.none = none;
        this.choices = choices;
        this.texts = texts;
        this.chosenByUser = category.get() != null && category.get() != none;
        category.addListener((obs, old, now) -> {
            if (!proposing) {
                chosenByUser = true;
                hint.set("");
                suggestion.set(null);
            }
        });
        description.addListener((obs, old, now) -> propose());
    }

    /** The rules and learning to propose from (loaded on the worker); proposes for what is typed already. */
    public void use(AutoFill loaded) {
        this.autoFill = loaded;
        propose();
    }

    /** The expense's own category was filled in (editing): it is the user's. */
    public void categoryIsTheUsers() {
        chosenByUser = true;
    }

    private void propose() {
        if (chosenByUser) {
            return;
        }
        String text = description.get() == null ? "" : description.get().strip();
        AutoFill.Filled filled = text.isEmpty() ? null : autoFill.fill(text, null, null, false);
        CategoryRow row = filled == null || filled.categoryId() == null ? null
                : choices.get().stream().filter(c -> c.id() == filled.categoryId()).findFirst().orElse(null);
        proposing = true;
        try {
            if (row != null) {
                proposed = row;
                category.set(row);
                hint.set(texts.of(filled.explanation()));
                suggestion.set(filled.suggestion());
            } else if (proposed != null) {
                proposed = null;
                category.set(none);
                hint.set("");
                suggestion.set(null);
            }
        } finally {
            proposing = false;
        }
    }

    /** The rule the shown suggestion becomes in one step, or null when none is shown. */
    public Rule ruleFromSuggestion() {
        Suggestion shown = suggestion.get();
        return shown == null ? null : shown.toRule(description.get());
    }

    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Suggestion> suggestionProperty() {
        return suggestion.getReadOnlyProperty();
    }
}
