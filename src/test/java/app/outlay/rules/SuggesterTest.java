package app.outlay.rules;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Suggestions follow the user's own habit per payee, newer habits first, and say why. */
class SuggesterTest {

    private static Suggester.History h(String description, long category, String name, long count, String lastDay) {
        return new Suggester.History(description, category, name, count, LocalDate.parse(lastDay));
    }

    @Test
    void theMostCommonCategoryOfThePayeeWithItsReason() {
        Suggester suggester = new Suggester(List.of(
                h("PAYPAL *SPOTIFY 4029357733", 7, "Subscriptions", 5, "2025-11-03"),
                h("Spotify AB", 7, "Subscriptions", 2, "2025-12-03"),
                h("SPOTIFY 12.10.", 9, "Entertainment", 1, "2025-10-12"),
                h("Starbucks", 2, "Eating out", 4, "2025-12-01")));

        Suggestion suggestion = suggester.suggest("PP*SPOTIFY P 8871234 03.01.");

        assertThat(suggestion.categoryId()).isEqualTo(7);
        assertThat(suggestion.reason().english()).isEqualTo("7 of 8 earlier 'Spotify' expenses were Subscriptions");
    }

    @Test
    void recentUseOutweighsOldHabits() {
        Suggester suggester = new Suggester(List.of(
                h("AMAZON MKTPLACE", 10, "Shopping", 6, "2025-03-01"),
                h("AMAZON MKTPLACE", 11, "Household", 4, "2025-12-01")));

        assertThat(suggester.suggest("Amazon Mktplace 4471").categoryName()).isEqualTo("Household");
    }

    @Test
    void noSuggestionForANewPayeeOrWithoutAClearHabit() {
        Suggester suggester = new Suggester(List.of(
                h("Kiosk", 1, "Groceries", 1, "2025-12-01"),
                h("Kiosk", 2, "Eating out", 1, "2025-12-01"),
                h("Kiosk", 3, "Entertainment", 1, "2025-12-01")));

        assertThat(suggester.suggest("Tierarzt Dr. Wolf")).isNull();
        assertThat(suggester.suggest("KIOSK 12")).isNull();
    }

    @Test
    void aSuggestionBecomesARuleInOneStep() {
        Suggester suggester = new Suggester(List.of(h("Spotify AB", 7, "Subscriptions", 3, "2025-12-03")));
        Rule rule = suggester.suggest("PAYPAL *SPOTIFY 4029357733").toRule("PAYPAL *SPOTIFY 4029357733");

        assertThat(rule.name()).isEqualTo("Spotify");
        assertThat(rule.matchType()).isEqualTo(MatchType.CONTAINS);
        assertThat(rule.matchText()).isEqualTo("spotify");
        assertThat(rule.categoryId()).isEqualTo(7);
        assertThat(RuleMatcher.matches(rule, "Spotify AB", null, null)).isTrue();
    }
}
