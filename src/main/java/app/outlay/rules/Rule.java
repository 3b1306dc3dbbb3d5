package app.outlay.rules;

import app.outlay.domain.ExpenseDetails;
import app.outlay.domain.TagNames;
import app.outlay.text.InvalidInputException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * One rule: conditions (all must hold; a null one does not restrict) and actions. Checked when built: a rule needs
 * a condition and an action, a regular expression must compile (see {@link BoundedRegex}), and every message names
 * the rule.
 *
 * @param id           null for a rule not saved yet
 * @param position     its place in the order, 1 first
 * @param name         optional, how lists and messages name it
 * @param kind         EXPENSE, REFUND or INCOME, or null for any entry
 * @param categoryId   the category to set, or null
 * @param categoryName that category's name (for showing; null with no category)
 * @param description  the description to write instead, or null
 * @param note         a note added to the notes, or null
 * @param tags         tags added to the expense (never removed), by name; empty for none
 */
public record Rule(Long id, int position, boolean enabled, String name, MatchType matchType, String matchText,
                   BigDecimal amountMin, BigDecimal amountMax, String kind, Long categoryId, String categoryName,
                   String description, String note, List<String> tags, long version) {

    public static final int NAME_MAX = 100;
    /** The most tags one rule adds: their names, joined by ';', fit the column (V24: 1,000 characters). */
    public static final int TAGS_MAX = 15;
    public static final String[] KINDS = {"EXPENSE", "REFUND", "INCOME"};

    public Rule {
        name = blankToNull(name);
        matchText = matchType == null ? null : matchText;
        if (matchType != null && (matchText == null || matchText.isEmpty())) {
            throw InvalidInputException.of("problem.rules.noText", label(name, position));
        }
        kind = blankToNull(kind) == null ? null : kind.strip().toUpperCase(Locale.ROOT);
        description = blankToNull(description);
        note = blankToNull(note);
        String label = label(name, position);
        try {
            tags = tags == null ? List.of() : List.copyOf(TagNames.distinct(tags));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(app.outlay.text.UserText.of("problem.rules.badTag", label, e.explanation()), e);
        }
        if (tags.size() > TAGS_MAX) {
            throw InvalidInputException.of("problem.rules.tooManyTags", label, tags.size(), TAGS_MAX);
        }
        if (name != null && name.length() > NAME_MAX) {
            throw InvalidInputException.of("problem.rules.nameTooLong", label, NAME_MAX);
        }
        if (matchType == MatchType.REGEX) {
            BoundedRegex.compile(label, matchText);
        } else if (matchText != null && matchText.length() > BoundedRegex.PATTERN_MAX) {
            throw InvalidInputException.of("problem.rules.patternTooLong", label, matchText.substring(0, 40), BoundedRegex.PATTERN_MAX);
        }
        if (amountMin != null && amountMax != null && amountMin.compareTo(amountMax) > 0) {
            throw InvalidInputException.of("problem.rules.amounts", label, amountMin.toPlainString(), amountMax.toPlainString());
        }
        if (kind != null && !java.util.List.of(KINDS).contains(kind)) {
            throw InvalidInputException.of("problem.rules.unknownKind", label, kind);
        }
        if (matchType == null && amountMin == null && amountMax == null && kind == null) {
            throw InvalidInputException.of("problem.rules.noCondition", label);
        }
        if (categoryId == null && description == null && note == null && tags.isEmpty()) {
            throw InvalidInputException.of("problem.rules.noAction", label);
        }
        if (description != null && description.length() > ExpenseDetails.DESCRIPTION_MAX) {
            throw InvalidInputException.of("problem.rules.descriptionTooLong", label, ExpenseDetails.DESCRIPTION_MAX);
        }
        if (note != null && note.length() > ExpenseDetails.NOTES_MAX) {
            throw InvalidInputException.of("problem.rules.noteTooLong", label, ExpenseDetails.NOTES_MAX);
        }
    }

    /** A rule that adds no tags (as every rule did before V24). */
    public Rule(Long id, int position, boolean enabled, String name, MatchType matchType, String matchText,
                BigDecimal amountMin, BigDecimal amountMax, String kind, Long categoryId, String categoryName,
                String description, String note, long version) {
        this(id, position, enabled, name, matchType, matchText, amountMin, amountMax, kind, categoryId, categoryName,
                description, note, List.of(), version);
    }

    /** A new rule, to be saved at the end of the list. */
    public static Rule draft(String name, MatchType matchType, String matchText, BigDecimal amountMin, BigDecimal amountMax,
                             String kind, Long categoryId, String description, String note) {
        return draft(name, matchType, matchText, amountMin, amountMax, kind, categoryId, description, note, List.of());
    }

    /** A new rule that also adds {@code tags}, to be saved at the end of the list. */
    public static Rule draft(String name, MatchType matchType, String matchText, BigDecimal amountMin, BigDecimal amountMax,
                             String kind, Long categoryId, String description, String note, List<String> tags) {
        return new Rule(null, 0, true, name, matchType, matchText, amountMin, amountMax, kind, categoryId, null,
                description, note, tags, 0);
    }

    /** How messages name this rule: its name, else its place ("rule 3"). */
    public String label() {
        return label(name, position);
    }

    public Rule withEnabled(boolean value) {
        return new Rule(id, position, value, name, matchType, matchText, amountMin, amountMax, kind, categoryId, categoryName,
                description, note, tags, version);
    }

    /** The same rule adding {@code newTags} instead. */
    public Rule withTags(List<String> newTags) {
        return new Rule(id, position, enabled, name, matchType, matchText, amountMin, amountMax, kind, categoryId, categoryName,
                description, note, newTags, version);
    }

    static String label(String name, int position) {
        return name != null ? name : position > 0 ? "#" + position : "(new)";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
