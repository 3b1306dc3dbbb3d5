package app.outlay.ui.receipts;

import app.outlay.text.Texts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Typing tags with completion, without JavaFX started. */
class TagsFieldModelTest {

    private final TagsFieldModel model = new TagsFieldModel(Texts.of(Locale.US));

    @Test
    void typedTagsBecomeChipsSpeltAsTheLedgerSpellsThem() {
        model.known().setAll("Rome 2026", "tax-deductible", "Work");
        model.fill(List.of("Work"));

        model.typedProperty().set("rome 2026, new one;work");
        assertThat(model.commitTyped()).isTrue();

        assertThat(model.tags()).containsExactly("Work", "Rome 2026", "new one");
        assertThat(model.typedProperty().get()).isEmpty();
        assertThat(model.changed()).isTrue();
        model.remove("new one");
        model.remove("Rome 2026");
        assertThat(model.changed()).isFalse();
    }

    @Test
    void completionOffersTagsStartingWithThenContainingTheText() {
        model.known().setAll("Rome 2026", "tax-deductible", "Work", "Paris", "rome old");
        model.fill(List.of("rome old"));
        model.typedProperty().set("r");
        assertThat(model.suggestions()).containsExactly("Rome 2026", "Work", "Paris");
        model.typedProperty().set("");
        assertThat(model.suggestions()).isEmpty();
    }

    @Test
    void aBadNameStaysTypedWithAMessage() {
        model.typedProperty().set("x".repeat(61));
        assertThat(model.commitTyped()).isFalse();
        assertThat(model.errorProperty().get()).isEqualTo("The tag \u201c" + "x".repeat(61) + "\u201d is too long: at most 60 characters.");
        assertThat(model.tags()).isEmpty();
        model.typedProperty().set("ok");
        assertThat(model.errorProperty().get()).isEmpty();
    }

    @Test
    void downThenEnterTakesTheSuggestionNotTheLettersTyped() {
        model.known().setAll("reise", "rechnung", "work");
        model.typedProperty().set("re");
        model.moveHighlight(1);
        model.moveHighlight(1);
        model.moveHighlight(1); // past the last suggestion stays on it
        assertThat(model.highlightedProperty().get()).isEqualTo(1);
        model.moveHighlight(-1);
        assertThat(model.commit()).isTrue();
        assertThat(model.tags()).containsExactly("reise");
        assertThat(model.typedProperty().get()).isEmpty();

        model.typedProperty().set("new");
        assertThat(model.highlightedProperty().get()).isEqualTo(-1);
        assertThat(model.commit()).isTrue();
        assertThat(model.tags()).containsExactly("reise", "new");
    }

    @Test
    void typingAgainForgetsTheSuggestionPointedAt() {
        model.known().setAll("reise", "rechnung");
        model.typedProperty().set("re");
        model.moveHighlight(1);
        model.typedProperty().set("rec");
        assertThat(model.highlightedProperty().get()).isEqualTo(-1);
        model.moveHighlight(1);
        model.commit();
        assertThat(model.tags()).containsExactly("rechnung");
    }
}
