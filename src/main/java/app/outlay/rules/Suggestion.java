package app.outlay.rules;

import app.outlay.text.UserText;

import java.util.List;
import java.util.Locale;

/**
 * A category learned from the user's own history, with why: {@code agreeing} of the {@code total} earlier
 * expenses to this payee were in it.
 *
 * @param payeeWords the payee's words ({@link Payees#words}) of the description it was made for
 */
public record Suggestion(long categoryId, String categoryName, List<String> payeeWords, long agreeing, long total) {

    public Suggestion {
        payeeWords = List.copyOf(payeeWords);
    }

    /** The payee as shown: "Spotify". */
    public String payee() {
        return Payees.display(payeeWords);
    }

    /** "7 of 8 earlier 'Spotify' expenses were Subscriptions". */
    public UserText reason() {
        return UserText.of("rules.suggestion.reason", agreeing, total, payee(), categoryName);
    }

    /**
     * The rule this suggestion becomes in one step: description contains the payee's name → this category.
     * The text is the payee's first word as the description spells it, so accents and case still match.
     */
    public Rule toRule(String description) {
        String word = payeeWords.get(0);
        String text = description.toLowerCase(Locale.ROOT).contains(word) ? word : originalWord(description, word);
        return Rule.draft(payee(), MatchType.CONTAINS, text, null, null, null, categoryId, null, null);
    }

    private static String originalWord(String description, String word) {
        for (String token : description.split("[^\\p{L}\\p{N}]+")) {
            if (Payees.key(token).equals(word)) {
                return token.toLowerCase(Locale.ROOT);
            }
        }
        return word;
    }
}
