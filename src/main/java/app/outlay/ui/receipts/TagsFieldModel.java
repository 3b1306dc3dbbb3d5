package app.outlay.ui.receipts;

import app.outlay.domain.TagNames;
import app.outlay.text.Texts;
import app.outlay.ui.common.UserMessages;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The dialog's tags: chips for the tags chosen, a text being typed, and completion from the ledger's tags. A typed
 * name is checked ({@link TagNames}) when it is added; the same name twice (ignoring case) is one tag, spelt as the
 * ledger already spells it.
 */
public final class TagsFieldModel {

    private static final int SUGGESTIONS = 8;

    private final Texts texts;
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObservableList<String> known = FXCollections.observableArrayList();
    private final StringProperty typed = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    /** The suggestion the arrow keys point at, -1 for none: Enter then takes it instead of the letters typed. */
    private final IntegerProperty highlighted = new SimpleIntegerProperty(-1);
    private List<String> original = List.of();

    public TagsFieldModel(Texts texts) {
        this.texts = texts;
        typed.addListener((obs, old, now) -> {
            error.set("");
            highlighted.set(-1);
        });
    }

    public ObservableList<String> tags() {
        return tags;
    }

    /** The ledger's tags, for completion. */
    public ObservableList<String> known() {
        return known;
    }

    public StringProperty typedProperty() {
        return typed;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The tags of the expense as it was opened. */
    public void fill(Collection<String> names) {
        tags.setAll(names);
        original = List.copyOf(names);
    }

    public boolean changed() {
        return !original.equals(List.copyOf(tags));
    }

    public ReadOnlyIntegerProperty highlightedProperty() {
        return highlighted;
    }

    /** Down (+1) or Up (-1) through the suggestions; above the first, none is pointed at again. */
    public void moveHighlight(int step) {
        int count = suggestions().size();
        if (count == 0) {
            highlighted.set(-1);
            return;
        }
        highlighted.set(Math.max(-1, Math.min(count - 1, highlighted.get() + step)));
    }

    /** What Enter does: takes the suggestion pointed at, else what is typed; true when it was taken. */
    public boolean commit() {
        List<String> suggestions = suggestions();
        int chosen = highlighted.get();
        if (chosen >= 0 && chosen < suggestions.size()) {
            add(suggestions.get(chosen));
            typed.set("");
            return true;
        }
        return commitTyped();
    }

    /** Adds what is typed (several at once when separated by ';' or ','); true when it was taken. */
    public boolean commitTyped() {
        String text = typed.get() == null ? "" : typed.get();
        if (text.isBlank()) {
            return true;
        }
        try {
            for (String part : text.split("[;,]")) {
                if (!part.isBlank()) {
                    add(TagNames.check(part));
                }
            }
            typed.set("");
            return true;
        } catch (RuntimeException bad) {
            error.set(UserMessages.describe(bad, texts));
            return false;
        }
    }

    public void add(String name) {
        String spelt = known.stream().filter(k -> TagNames.key(k).equals(TagNames.key(name))).findFirst().orElse(name);
        if (tags.stream().noneMatch(t -> TagNames.key(t).equals(TagNames.key(spelt)))) {
            tags.add(spelt);
        }
    }

    public void remove(String name) {
        tags.remove(name);
    }

    /** The ledger's tags that start with (else contain) what is typed and are not chosen yet, at most eight. */
    public List<String> suggestions() {
        String text = typed.get() == null ? "" : typed.get().strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> open = known.stream().filter(k -> tags.stream().noneMatch(t -> TagNames.key(t).equals(TagNames.key(k)))).toList();
        List<String> starting = open.stream().filter(k -> k.toLowerCase(Locale.ROOT).startsWith(text)).toList();
        List<String> containing = open.stream().filter(k -> !starting.contains(k) && k.toLowerCase(Locale.ROOT).contains(text)).toList();
        return java.util.stream.Stream.concat(starting.stream(), containing.stream()).limit(SUGGESTIONS).toList();
    }
}
