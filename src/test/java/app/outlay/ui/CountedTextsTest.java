package app.outlay.ui;

import app.outlay.text.Texts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Texts that count say "1 entry", not "1 entries", in both languages (a tester saw "1 entries" in the conversion preview). */
class CountedTextsTest {

    private static final List<String> PLURALS_AFTER_ONE = List.of("1 entries", "1 expenses", "1 refunds", "1 budgets",
            "1 in EUR become", "1 paid in USD become", "1 in other currencies get", "1 Einträge", "1 Ausgaben", "1 Erstattungen",
            "1 Einnahmen", "1 Budgets", "1 Wiederholungen", "1 Umsätze", "1 in EUR werden", "1 in USD bezahlte werden",
            "1 in anderen Währungen", "1 lines", "1 Zeilen");

    @Test
    void aCountOfOneIsSingularInBothLanguages() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            Texts texts = Texts.of(locale);
            List<String> shown = List.of(
                    texts.format("convert.preview.entries", 1, 1, "EUR", 1, "USD", 1),
                    texts.format("convert.preview.budgets", 1, 1, "USD", "1.1", "EUR"),
                    texts.format("import.summary.ready", 1),
                    texts.format("import.summary.readyKinds", 1, 1, 1, 1),
                    texts.format("import.summary.notBooked", 1),
                    texts.format("import.summary.amounts", "84,37", "84,37", 1, "2.500,00", 1));
            for (String text : shown) {
                assertThat(PLURALS_AFTER_ONE).as("%s: %s", locale, text)
                        .noneMatch(plural -> java.util.regex.Pattern.compile("(^|\\D)" + plural + "(\\P{L}|$)").matcher(text).find());
            }
        }
        assertThat(Texts.of(Locale.ENGLISH).format("import.summary.readyKinds", 3, 2, 0, 1))
                .isEqualTo("Ready: 3 entries to import (2 expenses, 0 refunds, 1 income)");
        assertThat(Texts.of(Locale.GERMAN).format("convert.preview.budgets", 2, 1, "USD", "1,1", "EUR"))
                .startsWith("2 Budgets und 1 Wiederholung ");
    }
}
