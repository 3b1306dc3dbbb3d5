package app.outlay.csv;

import app.outlay.text.InvalidInputException;

import java.util.List;
import java.util.Locale;

/** "Description contains X → category Y", for lines whose file gives no category. Case is ignored. */
public record CategoryRule(String contains, String category) {

    public CategoryRule {
        contains = contains == null ? "" : contains.strip();
        category = category == null ? "" : category.strip();
        if (contains.isEmpty() || category.isEmpty()) {
            throw InvalidInputException.of("problem.rule.incomplete");
        }
    }

    public boolean matches(String description) {
        return description.toLowerCase(Locale.ROOT).contains(contains.toLowerCase(Locale.ROOT));
    }

    /** The category of the first rule that matches, or null. */
    public static String apply(List<CategoryRule> rules, String description) {
        for (CategoryRule rule : rules) {
            if (rule.matches(description)) {
                return rule.category();
            }
        }
        return null;
    }
}
