package app.outlay.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The enabled rules in order, ready to match: the first rule whose every condition holds wins. A regular
 * expression that runs away on one description counts as not matching it, and the rule is remembered in
 * {@link #stopped()} so the caller can say so; matching never hangs. Not thread-safe (one per import or preview).
 */
public final class RuleMatcher {

    private record Compiled(Rule rule, String lowerText, BoundedRegex regex) {
    }

    private final List<Compiled> rules = new ArrayList<>();
    private final Set<String> stopped = new LinkedHashSet<>();

    public RuleMatcher(List<Rule> all) {
        all.stream().filter(Rule::enabled).sorted(Comparator.comparingInt(Rule::position)).forEach(rule -> rules.add(
                new Compiled(rule, rule.matchText() == null ? null : rule.matchText().toLowerCase(Locale.ROOT),
                        rule.matchType() == MatchType.REGEX ? BoundedRegex.compile(rule.label(), rule.matchText()) : null)));
    }

    public static RuleMatcher none() {
        return new RuleMatcher(List.of());
    }

    public boolean isEmpty() {
        return rules.isEmpty();
    }

    /** The first enabled rule that matches, or null. {@code kind} null is taken as an expense. */
    public Rule match(String description, BigDecimal amount, String kind) {
        String lower = description == null ? "" : description.toLowerCase(Locale.ROOT);
        String entryKind = kind == null ? "EXPENSE" : kind;
        for (Compiled compiled : rules) {
            if (matches(compiled, description == null ? "" : description, lower, amount, entryKind)) {
                return compiled.rule();
            }
        }
        return null;
    }

    /** Whether this one rule matches (the rule screen's test), whatever its place or switch. */
    public static boolean matches(Rule rule, String description, BigDecimal amount, String kind) {
        RuleMatcher one = new RuleMatcher(List.of(rule.withEnabled(true)));
        return one.match(description, amount, kind) != null;
    }

    /** The rules whose regular expression was stopped on some description (by label), in order of first stop. */
    public Set<String> stopped() {
        return Set.copyOf(stopped);
    }

    private boolean matches(Compiled compiled, String description, String lower, BigDecimal amount, String kind) {
        Rule rule = compiled.rule();
        if (rule.kind() != null && !rule.kind().equals(kind)) {
            return false;
        }
        if (rule.amountMin() != null && (amount == null || amount.compareTo(rule.amountMin()) < 0)) {
            return false;
        }
        if (rule.amountMax() != null && (amount == null || amount.compareTo(rule.amountMax()) > 0)) {
            return false;
        }
        if (rule.matchType() == null) {
            return true;
        }
        return switch (rule.matchType()) {
            case CONTAINS -> lower.contains(compiled.lowerText());
            case STARTS_WITH -> lower.startsWith(compiled.lowerText());
            case EQUALS -> lower.strip().equals(compiled.lowerText().strip());
            case REGEX -> {
                try {
                    yield compiled.regex().find(description);
                } catch (BoundedRegex.RunawayException e) {
                    stopped.add(rule.label());
                    yield false;
                }
            }
        };
    }
}
