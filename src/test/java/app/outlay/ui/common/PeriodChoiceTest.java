package app.outlay.ui.common;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The one place that turns a period choice into dates, for the expense list and the reports alike (no window). */
class PeriodChoiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @Test
    void eachPeriodIsItsDatesAndACustomRangeTheWrongWayRoundIsAProblem() {
        PeriodChoice choice = new PeriodChoice(Period.ALL);
        assertThat(choice.dates(TODAY)).isEqualTo(new PeriodChoice.Dates(null, null));

        choice.periodProperty().set(Period.LAST_MONTH);
        assertThat(choice.dates(TODAY)).isEqualTo(new PeriodChoice.Dates(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));

        choice.periodProperty().set(Period.CUSTOM);
        choice.customFromProperty().set(LocalDate.of(2026, 12, 3));
        assertThat(choice.dates(TODAY)).isEqualTo(new PeriodChoice.Dates(LocalDate.of(2026, 12, 3), null));
        assertThat(choice.dates(TODAY).bothKnown()).isFalse();
        assertThat(choice.problem()).isNull();
        choice.customToProperty().set(LocalDate.of(2026, 10, 1));
        // As chosen, not swapped behind the user's back (tester2): the screens say what is wrong instead.
        assertThat(choice.dates(TODAY)).isEqualTo(new PeriodChoice.Dates(LocalDate.of(2026, 12, 3), LocalDate.of(2026, 10, 1)));
        assertThat(choice.problem()).isEqualTo(app.outlay.text.UserText.of("problem.period.fromAfterTo",
                LocalDate.of(2026, 12, 3), LocalDate.of(2026, 10, 1)));
        choice.customToProperty().set(LocalDate.of(2026, 12, 3));
        assertThat(choice.problem()).as("one day is a range").isNull();

        choice.reset();
        assertThat(choice.periodProperty().get()).isEqualTo(Period.ALL);
        assertThat(choice.customFromProperty().get()).isNull();
        assertThat(choice.customToProperty().get()).isNull();
    }

    @Test
    void customCanStartFromThePeriodBeforeAndEveryChangeIsHeard() {
        PeriodChoice choice = new PeriodChoice(Period.THIS_MONTH);
        choice.startCustomFromThePeriodBefore(() -> TODAY);
        int[] changes = {0};
        choice.onChange(() -> changes[0]++);

        choice.periodProperty().set(Period.CUSTOM);

        assertThat(choice.dates(TODAY)).isEqualTo(new PeriodChoice.Dates(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)));
        assertThat(changes[0]).isEqualTo(3); // the period and both dates

        PeriodChoice copy = new PeriodChoice(Period.ALL);
        copy.copyFrom(choice);
        assertThat(copy.dates(TODAY)).isEqualTo(choice.dates(TODAY));
        assertThat(copy.periodProperty().get()).isEqualTo(Period.CUSTOM);
    }
}
