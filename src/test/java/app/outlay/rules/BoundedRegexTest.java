package app.outlay.rules;

import app.outlay.text.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A user's regular expression never hangs matching, and one that does not compile is refused, naming rule and pattern. */
class BoundedRegexTest {

    private static Rule regex(String name, String pattern, long categoryId, int position) {
        return new Rule(null, position, true, name, MatchType.REGEX, pattern, null, null, null, categoryId, "C", null, null, 0);
    }

    @Test
    void aCatastrophicPatternIsStoppedAndTheNextRuleStillMatches() {
        // (.*a){20}x on "aaaa…a!": Java backtracks through every way to place 20 a's in 40 (on 24 characters it
        // already takes 2 s unbounded, measured on this machine; on 40, days).
        RuleMatcher matcher = new RuleMatcher(List.of(regex("Runaway", "(.*a){20}x", 1, 1), regex("Shop", "aaa", 2, 2)));
        String description = "a".repeat(40) + "!";

        long started = System.nanoTime();
        Rule matched = matcher.match(description, BigDecimal.TEN, null);
        long millis = (System.nanoTime() - started) / 1_000_000;

        System.out.println("Catastrophic pattern stopped after " + millis + " ms");
        assertThat(millis).isLessThan(2_000);
        assertThat(matched.name()).isEqualTo("Shop");
        assertThat(matcher.stopped()).containsExactly("Runaway");
    }

    @Test
    void aLongDescriptionIsMatchedWithinItsBudget() {
        BoundedRegex regex = BoundedRegex.compile("Nested", "(x+x+)+y");
        long started = System.nanoTime();
        assertThatThrownBy(() -> regex.find("x".repeat(5_000))).isInstanceOf(BoundedRegex.RunawayException.class);
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2_000);
    }

    @Test
    void aSanePatternMatchesIgnoringCase() {
        BoundedRegex regex = BoundedRegex.compile("Spotify", "^paypal \\*spotify\\b");
        assertThat(regex.find("PAYPAL *SPOTIFY 4029357733")).isTrue();
        assertThat(regex.find("Spotify AB")).isFalse();
    }

    @Test
    void aPatternThatDoesNotCompileIsRefusedNamingTheRuleAndThePattern() {
        assertThatThrownBy(() -> regex("Streaming", "(netflix|disney", 1, 3))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Rule Streaming")
                .hasMessageContaining("'(netflix|disney'");
        assertThatThrownBy(() -> regex(null, "[a-", 1, 4)).hasMessageContaining("Rule #4").hasMessageContaining("'[a-'");
    }

    @Test
    void aPatternThatDoesNotCompileIsExplainedInTheUsersLanguageWithThePosition() {
        // Before, the JDK's English ("Unclosed character class") stood inside the German message.
        InvalidInputException refused = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> BoundedRegex.compile("Bahn", "db[a-"));
        String german = app.outlay.text.Texts.of(java.util.Locale.GERMANY).of(refused.explanation());
        assertThat(german).contains("Regel Bahn").contains("'db[a-'").contains("Stelle 5").doesNotContain("Unclosed");
        assertThat(refused.explanation().english()).contains("position 5");
    }

    @Test
    void aPatternLongerThanTheCapIsRefused() {
        assertThatThrownBy(() -> regex("Long", "a".repeat(BoundedRegex.PATTERN_MAX + 1), 1, 1))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Rule Long").hasMessageContaining("at most 500");
    }
}
