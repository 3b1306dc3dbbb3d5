package app.outlay.rules;

import app.outlay.text.InvalidInputException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A user's regular expression that cannot run away. Java's regex engine backtracks, so a pattern like
 * {@code (a+)+$} takes exponential time on "aaaa…b"; the engine has no time-out, but it reads the text only
 * through {@link CharSequence#charAt}, so the text is wrapped in a sequence that counts those reads and stops the
 * match once a budget is spent. Patterns and texts are also capped in length.
 */
public final class BoundedRegex {

    /** Longest pattern accepted: a rule is a short thing a person writes. */
    public static final int PATTERN_MAX = 500;
    /** Characters of a description a pattern is matched against (descriptions are at most 200). */
    static final int TEXT_MAX = 2_000;
    /**
     * Character reads one match may take: a sane pattern on a 200-character description needs a few thousand; a
     * runaway one hits this in a few milliseconds.
     */
    static final long STEP_BUDGET = 200_000;

    private final Pattern pattern;

    private BoundedRegex(Pattern pattern) {
        this.pattern = pattern;
    }

    /**
     * Compiles {@code regex} ignoring case.
     *
     * @param ruleName how messages name the rule (its name or position)
     * @throws InvalidInputException naming the rule and the pattern when it is too long or does not compile
     */
    public static BoundedRegex compile(String ruleName, String regex) {
        if (regex.length() > PATTERN_MAX) {
            throw InvalidInputException.of("problem.rules.patternTooLong", ruleName, abbreviated(regex), PATTERN_MAX);
        }
        try {
            return new BoundedRegex(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        } catch (PatternSyntaxException e) {
            // The JDK's description is English only ("Unclosed character class"): the position says it in any language
            // (counted from 1; a pattern that ends too early is wrong at its last character, not after it).
            app.outlay.text.UserText why = e.getIndex() < 0
                    ? app.outlay.text.UserText.of("problem.rules.badPatternNoPosition", ruleName, regex)
                    : app.outlay.text.UserText.of("problem.rules.badPatternAt", ruleName, regex,
                    Math.min(e.getIndex() + 1, regex.length()));
            throw new InvalidInputException(why, e);
        }
    }

    /**
     * Whether the pattern is found in {@code text}.
     *
     * @throws RunawayException when the match took more than its budget
     */
    public boolean find(String text) {
        String capped = text.length() > TEXT_MAX ? text.substring(0, TEXT_MAX) : text;
        Matcher matcher = pattern.matcher(new Budgeted(capped, STEP_BUDGET));
        try {
            return matcher.find();
        } catch (Budgeted.Spent e) {
            throw new RunawayException();
        }
    }

    public String pattern() {
        return pattern.pattern();
    }

    /** A match that was stopped: the rule is treated as not matching that text. */
    public static final class RunawayException extends RuntimeException {
        RunawayException() {
            super(null, null, false, false); // RuleMatcher says which rule it was, in the user's words
        }
    }

    private static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    /** The text, read through a counter; throws once the budget is spent. */
    private static final class Budgeted implements CharSequence {

        private static final class Spent extends RuntimeException {
            Spent() {
                super(null, null, false, false);
            }
        }

        private final String text;
        private final long[] left;

        Budgeted(String text, long budget) {
            this(text, new long[] {budget});
        }

        private Budgeted(String text, long[] left) {
            this.text = text;
            this.left = left;
        }

        @Override
        public char charAt(int index) {
            if (--left[0] < 0) {
                throw new Spent();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Budgeted(text.substring(start, end), left); // shares the budget
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
