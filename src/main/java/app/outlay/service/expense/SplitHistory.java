package app.outlay.service.expense;

import app.outlay.service.history.FlatJson;
import app.outlay.domain.Category;
import app.outlay.domain.SplitPart;
import app.outlay.domain.TagNames;
import org.hibernate.Session;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of a split payment as its history entries keep them (one value, {@code splits}): one flat JSON object per
 * part and line, {@code {"category":"Groceries","categoryId":"1003","amount":"60.00","note":null,"tags":"food"}} (and
 * {@code "original":"45.00"}, the amount as paid, for a part of a payment in another currency), so
 * that people can read them and undo can put them back. No parts: null.
 */
final class SplitHistory {

    static final String SPLITS = "splits";

    private SplitHistory() {
    }

    static String write(Session session, List<SplitPart> parts) {
        if (parts.isEmpty()) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        for (SplitPart part : parts) {
            Map<String, String> values = new LinkedHashMap<>();
            Category category = part.categoryId() == null ? null : session.find(Category.class, part.categoryId());
            values.put("category", category == null ? null : category.getName());
            values.put("categoryId", part.categoryId() == null ? null : part.categoryId().toString());
            values.put("amount", part.amount().toPlainString());
            values.put("note", part.note());
            values.put("tags", part.tags().isEmpty() ? null : TagNames.join(part.tags()));
            if (part.original() != null) {
                // issue 22: the part's amount as paid in the payment's currency, so that undo puts it back too
                values.put("original", part.original().toPlainString());
            }
            lines.add(FlatJson.write(values));
        }
        return String.join("\n", lines);
    }

    /** The parts a history value names; a category deleted since is left out of its part (as undo does for expenses). */
    static List<SplitPart> read(Session session, String value) {
        List<SplitPart> parts = new ArrayList<>();
        if (value == null || value.isEmpty()) {
            return parts;
        }
        for (String line : value.split("\n")) {
            Map<String, String> values = FlatJson.read(line);
            String categoryId = values.get("categoryId");
            Long category = categoryId == null || session.find(Category.class, Long.valueOf(categoryId)) == null
                    ? null : Long.valueOf(categoryId);
            String original = values.get("original");
            parts.add(new SplitPart(category, new BigDecimal(values.get("amount")), values.get("note"),
                    TagNames.parse(values.get("tags")), original == null ? null : new BigDecimal(original)));
        }
        return parts;
    }
}
