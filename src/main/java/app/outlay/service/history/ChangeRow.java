package app.outlay.service.history;

import app.outlay.service.tag.TagService;
import app.outlay.text.UserText;

import java.math.BigDecimal;
import java.time.LocalDate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of the history: when, who, from which computer, what, and the values before and after.
 *
 * @param undone true for a change that an undo has reversed since
 * @param undo   true for a change an undo made (it reversed an earlier one; it is never undone itself)
 */
public record ChangeRow(long id, Instant changedAt, String changedBy, String computer, String entity, long entityId,
                        String action, Map<String, String> before, Map<String, String> after, boolean undone, boolean undo) {

    private static final List<String> SHOWN = List.of("date", "description", "amount", "category", "notes", ChangeRecorder.REPEATS,
            "kind", "name", "colour", "monthlyBudget", "tags", "receipts");

    /** What happened in words, e.g. {@code Changed “Lunch”: amount 12.50 → 13.00}, in English. */
    public String summary() {
        return text().english();
    }

    /** What happened, in the reader's language: dates and amounts as they write them. */
    public UserText text() {
        if (entity.equals(ChangeRecorder.IMPORT)) {
            return UserText.of("history.imported", Long.parseLong(after.get("expenses")), after.get("file"));
        }
        if (entity.equals(ChangeRecorder.LEDGER)) {
            return UserText.of("history.currency", show("currency", before.get("currency")), show("currency", after.get("currency")));
        }
        String what = name(after) != null ? name(after) : name(before);
        if (entity.equals(TagService.TAG)) {
            return tagText(what);
        }
        String thing = entity.equals("category") ? "category" : "expense";
        return switch (action) {
            case "INSERT" -> UserText.of("history.added." + thing, what);
            case "DELETE" -> before.containsKey("mergedInto") ? UserText.of("history.merged", what, before.get("mergedInto"))
                    : UserText.of("history.deleted." + thing, what);
            default -> UserText.of("history.changed." + thing, what, differences());
        };
    }

    /** A tag renamed, merged into another or deleted (issue 21). */
    private UserText tagText(String what) {
        if (action.equals("DELETE")) {
            return before.containsKey("mergedInto") ? UserText.of("history.merged.tag", what, before.get("mergedInto"))
                    : UserText.of("history.deleted.tag", what);
        }
        return UserText.of("history.changed.tag", before.get("name"), differences());
    }

    private List<UserText> differences() {
        List<UserText> changes = new ArrayList<>();
        for (String key : SHOWN) {
            if (!Objects.equals(before.get(key), after.get(key)) && (before.containsKey(key) || after.containsKey(key))) {
                changes.add(UserText.of("history.difference", UserText.of("history.field." + key),
                        show(key, before.get(key)), show(key, after.get(key))));
            }
        }
        return changes.isEmpty() ? List.of(UserText.of("history.noVisibleChange")) : changes;
    }

    private static String name(Map<String, String> values) {
        return values.get("description") != null ? values.get("description") : values.get("name");
    }

    /** A stored value, typed so that dates and amounts are written the reader's way. */
    private static Object show(String key, String value) {
        if (key.equals(ChangeRecorder.REPEATS)) {
            return UserText.of(value == null ? "editor.repeat.never" : "editor.repeat." + value.toLowerCase(Locale.ROOT));
        }
        if (value == null) {
            return UserText.of("history.none");
        }
        return switch (key) {
            case "kind" -> UserText.of("kind." + value.toLowerCase(Locale.ROOT));
            case "date" -> LocalDate.parse(value);
            case "amount", "monthlyBudget" -> new BigDecimal(value);
            default -> value;
        };
    }
}
