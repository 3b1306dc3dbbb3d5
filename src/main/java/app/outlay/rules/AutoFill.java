package app.outlay.rules;

import app.outlay.text.UserText;

import java.math.BigDecimal;

/**
 * Rules first, then learning: what Outlay fills in for a line of a statement (or a description being typed). The
 * first enabled rule that matches gives its actions; where no rule gives a category, a suggestion learned from the
 * history may. Counts what it filled, for the import's summary. One per import (not thread-safe).
 */
public final class AutoFill {

    /** What was filled in for one line; fields the rule does not set are null, and {@code tags} (added to the line's) empty. */
    public record Filled(Rule rule, Suggestion suggestion, Long categoryId, String categoryName, String description, String note,
                         java.util.List<String> tags) {

        public Filled {
            tags = tags == null ? java.util.List.of() : java.util.List.copyOf(tags);
        }

        /** "rule Spotify" or "suggested: 7 of 8 earlier 'Spotify' expenses were Subscriptions", for previews. */
        public UserText explanation() {
            return rule != null ? UserText.of("rules.matched.rule", rule.label())
                    : UserText.of("rules.matched.suggestion", suggestion.reason());
        }
    }

    private static final AutoFill NONE = new AutoFill(RuleMatcher.none(), Suggester.empty());

    private final RuleMatcher rules;
    private final Suggester suggester;
    private long byRule;
    private long bySuggestion;

    public AutoFill(RuleMatcher rules, Suggester suggester) {
        this.rules = rules;
        this.suggester = suggester;
    }

    /** Fills nothing: {@code outlay import --no-rules}. */
    public static AutoFill none() {
        return NONE;
    }

    /**
     * What the rules, then the learning, fill in for a line; null when neither knows anything.
     *
     * @param hasCategory the line has a category already (from the file or an import profile's rule): a rule may
     *                    still rewrite the description or add a note, but no category is filled in over it
     */
    public Filled fill(String description, BigDecimal amount, String kind, boolean hasCategory) {
        Rule rule = rules.match(description, amount, kind);
        if (rule != null) {
            boolean setsCategory = rule.categoryId() != null && !hasCategory;
            Suggestion suggestion = rule.categoryId() == null && !hasCategory && (kind == null || kind.equals("EXPENSE"))
                    ? suggester.suggest(description) : null;
            return new Filled(rule, null, setsCategory ? rule.categoryId() : suggestion == null ? null : suggestion.categoryId(),
                    setsCategory ? rule.categoryName() : suggestion == null ? null : suggestion.categoryName(),
                    rule.description(), rule.note(), rule.tags());
        }
        // The history learned from is spending (RuleService.suggester): money coming in gets no suggestion from it.
        if (hasCategory || kind != null && !kind.equals("EXPENSE")) {
            return null;
        }
        Suggestion suggestion = suggester.suggest(description);
        if (suggestion == null) {
            return null;
        }
        return new Filled(null, suggestion, suggestion.categoryId(), suggestion.categoryName(), null, null, null);
    }

    /** Counts a line that was filled in and is imported (lines skipped as duplicates are not counted). */
    public void count(Filled filled) {
        if (filled == null) {
            return;
        }
        if (filled.rule() != null) {
            byRule++;
        } else {
            bySuggestion++;
        }
    }

    public long byRule() {
        return byRule;
    }

    public long bySuggestion() {
        return bySuggestion;
    }

    /** Rules whose regular expression was stopped on some line (see {@link RuleMatcher#stopped()}). */
    public java.util.Set<String> stopped() {
        return rules.stopped();
    }
}
