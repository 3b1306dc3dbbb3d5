package app.outlay.ui.common;

import app.outlay.service.category.CategoryRow;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyEvent;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Type-ahead for a combo box that cannot be typed into: letters typed within a second of each other select the
 * first item whose name starts with them ("t" Transport, "tra" Transport, "trav" Travel); a letter typed on its
 * own again moves on to the next item starting with it.
 */
public final class TypeAhead<T> {

    /** Typing pauses longer than this start a new prefix. */
    static final long PAUSE_NANOS = 1_000_000_000L;

    private final ComboBox<T> box;
    private final Function<T, String> name;
    private String typed = "";
    private long lastTyped;

    private TypeAhead(ComboBox<T> box, Function<T, String> name) {
        this.box = box;
        this.name = name;
    }

    /** @param name an item's name as shown, or null for items type-ahead skips (such as "All categories") */
    public static <T> void install(ComboBox<T> box, Function<T, String> name) {
        TypeAhead<T> typeAhead = new TypeAhead<>(box, name);
        box.addEventHandler(KeyEvent.KEY_TYPED, typeAhead::typed);
    }

    /** On a box of categories: real categories only, not the "all", "none" or "new…" choices (ids of 0 or less). */
    public static void forCategories(ComboBox<CategoryRow> box) {
        install(box, row -> row.id() > 0 ? row.name() : null);
    }

    private void typed(KeyEvent event) {
        String character = event.getCharacter();
        if (character.isEmpty() || Character.isISOControl(character.charAt(0)) || event.isControlDown()
                || event.isAltDown() || event.isMetaDown() || box.isEditable()) {
            return;
        }
        long now = System.nanoTime();
        String key = character.toLowerCase(Locale.ROOT);
        String prefix = now - lastTyped > PAUSE_NANOS ? key : typed + key;
        lastTyped = now;
        T match = find(prefix, false);
        if (match == null && prefix.chars().allMatch(c -> c == key.charAt(0))) {
            // The same letter again: the next item starting with it.
            prefix = key;
            match = find(key, true);
        }
        typed = prefix;
        if (match != null) {
            box.getSelectionModel().select(match);
            event.consume();
        }
    }

    /** The first item starting with {@code prefix}; with {@code afterCurrent}, the first after the selected one. */
    private T find(String prefix, boolean afterCurrent) {
        List<T> items = box.getItems();
        int start = afterCurrent ? Math.max(0, box.getSelectionModel().getSelectedIndex() + 1) : 0;
        for (int i = 0; i < items.size(); i++) {
            T item = items.get((start + i) % items.size());
            String itemName = name.apply(item);
            if (itemName != null && itemName.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return item;
            }
        }
        return null;
    }
}
