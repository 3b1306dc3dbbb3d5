package app.outlay.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One entry of the history: when, who, from which computer, what, and the values before and after. */
public record ChangeRow(long id, Instant changedAt, String changedBy, String computer, String entity, long entityId,
                        String action, Map<String, String> before, Map<String, String> after, boolean undone) {

    private static final List<String> SHOWN = List.of("date", "description", "amount", "category", "notes", "name", "colour", "monthlyBudget");

    /** What happened in words, e.g. {@code Changed “Lunch”: amount 12.50 → 13.00}. */
    public String summary() {
        if (entity.equals(ChangeRecorder.IMPORT)) {
            return "Imported " + after.get("expenses") + " expenses from " + after.get("file");
        }
        if (entity.equals(ChangeRecorder.LEDGER)) {
            return "Changed the ledger’s currency: " + show(before.get("currency")) + " → " + show(after.get("currency"));
        }
        String what = "\u201c" + (name(after) != null ? name(after) : name(before)) + "\u201d";
        String thing = entity.equals("category") ? "category " : "";
        return switch (action) {
            case "INSERT" -> "Added " + thing + what;
            case "DELETE" -> "Deleted " + thing + what + (before.containsKey("mergedInto") ? " (merged into \u201c" + before.get("mergedInto") + "\u201d)" : "");
            default -> "Changed " + thing + what + ": " + String.join("; ", differences());
        };
    }

    private List<String> differences() {
        List<String> changes = new ArrayList<>();
        for (String key : SHOWN) {
            if (!Objects.equals(before.get(key), after.get(key)) && (before.containsKey(key) || after.containsKey(key))) {
                changes.add(label(key) + " " + show(before.get(key)) + " \u2192 " + show(after.get(key)));
            }
        }
        return changes.isEmpty() ? List.of("no visible change") : changes;
    }

    private static String name(Map<String, String> values) {
        return values.get("description") != null ? values.get("description") : values.get("name");
    }

    private static String label(String key) {
        return key.equals("monthlyBudget") ? "budget" : key;
    }

    private static String show(String value) {
        return value == null ? "(none)" : value;
    }
}
