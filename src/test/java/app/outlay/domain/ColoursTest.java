package app.outlay.domain;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A new category's colour stands apart from the colours already in use. */
class ColoursTest {

    /** The colours the default categories are created with (V2). */
    private static final List<String> DEFAULTS = List.of("#59a14f", "#f28e2b", "#4e79a7", "#76b7b2", "#edc948",
            "#e15759", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac");

    @Test
    void aNewCategoryBesideTheDefaultsGetsAColourNoneOfThemHas() {
        String chosen = Colours.mostDistinctFrom(DEFAULTS);
        assertThat(DEFAULTS).doesNotContain(chosen);
        assertThat(nearest(chosen, DEFAULTS)).as("distance to the nearest default").isGreaterThan(20);
    }

    @Test
    void fiveNewCategoriesInARowAllLookDifferent() {
        List<String> inUse = new ArrayList<>(DEFAULTS);
        for (int i = 0; i < 5; i++) {
            String chosen = Colours.mostDistinctFrom(inUse);
            assertThat(nearest(chosen, inUse)).as("new colour %s against %s", chosen, inUse).isGreaterThan(15);
            inUse.add(chosen);
        }
    }

    @Test
    void theColourOfADeletedCategoryIsFreeAgainAndAnEmptyLedgerStartsWithThePalette() {
        assertThat(Colours.mostDistinctFrom(List.of())).isEqualTo(Colours.PALETTE.get(0));
        // Only one blue left among warm colours: the pick is not another warm colour.
        String chosen = Colours.mostDistinctFrom(List.of("#f28e2b", "#e15759", "#ff9da7", "#edc948"));
        assertThat(Colours.lab(chosen)[2]).as("b* of %s (negative is blue)", chosen).isLessThan(0);
    }

    @Test
    void aCategoryCreatedInAFreshLedgerDoesNotTakeADefaultCategorysColour() {
        var database = app.outlay.testing.TestDatabases.h2();
        app.outlay.testing.TestDatabases.reset(database);
        var categories = new app.outlay.service.category.CategoryService(new app.outlay.data.DatabaseHolder(database));
        String first = categories.create("Pets", null).colour();
        String second = categories.create("Gifts", null).colour();
        assertThat(DEFAULTS).doesNotContain(first, second);
        assertThat(first).isNotEqualTo(second);
    }

    private static double nearest(String colour, List<String> others) {
        double[] lab = Colours.lab(colour);
        return others.stream().map(Colours::lab)
                .mapToDouble(o -> Math.sqrt(Math.pow(lab[0] - o[0], 2) + Math.pow(lab[1] - o[1], 2) + Math.pow(lab[2] - o[2], 2)))
                .min().orElseThrow();
    }
}
