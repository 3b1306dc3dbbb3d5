package app.outlay.domain;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates of recurring expenses: however the days on which Outlay runs fall (gaps, the same day twice, month ends,
 * 29 February), each scheduled date is created exactly once, in order, and none outside the series.
 */
class RecurrencePropertiesTest {

    @Property(tries = 500)
    void everyScheduledDateIsTakenExactlyOnce(@ForAll("dates") LocalDate start, @ForAll Frequency frequency,
                                              @ForAll @IntRange(min = -1, max = 900) int untilAfter,
                                              @ForAll @Size(max = 8) List<@IntRange(min = 0, max = 400) Integer> runGaps) {
        LocalDate until = untilAfter < 0 ? null : start.plusDays(untilAfter);
        Recurrence series = new Recurrence(frequency, start, until,
                new ExpenseDetails(start, "Rent", new BigDecimal("950.00"), null, null), null);

        List<LocalDate> taken = new ArrayList<>();
        LocalDate today = start;
        for (int gap : runGaps) {
            today = today.plusDays(gap);
            List<LocalDate> due = series.takeDueDates(today);
            assertThat(due).allSatisfy(date -> assertThat(date).isAfter(start).isBeforeOrEqualTo(
                    until == null || until.isAfter(start.plusYears(100)) ? LocalDate.MAX : until));
            taken.addAll(due);
        }

        LocalDate last = until == null || today.isBefore(until) ? today : until;
        List<LocalDate> expected = new ArrayList<>();
        for (long n = 1; !frequency.occurrence(start, n).isAfter(last); n++) {
            expected.add(frequency.occurrence(start, n));
        }
        assertThat(taken).isEqualTo(expected);
        assertThat(new TreeSet<>(taken)).hasSameSizeAs(taken);
    }

    @Property(tries = 500)
    void monthlyDatesKeepTheirDayOrTheMonthsLastDay(@ForAll("dates") LocalDate start, @ForAll @IntRange(min = 0, max = 600) int n) {
        LocalDate date = Frequency.MONTHLY.occurrence(start, n);
        assertThat(date.getDayOfMonth()).isEqualTo(Math.min(start.getDayOfMonth(), date.lengthOfMonth()));
        assertThat(date.withDayOfMonth(1)).isEqualTo(start.withDayOfMonth(1).plusMonths(n));
    }

    /** Any day from 1990 to 2100, with month ends and 29 February often. */
    @Provide
    Arbitrary<LocalDate> dates() {
        Arbitrary<LocalDate> any = Arbitraries.integers().between(0, 40_000).map(d -> LocalDate.of(1990, 1, 1).plusDays(d));
        Arbitrary<LocalDate> monthEnds = any.map(d -> d.withDayOfMonth(d.lengthOfMonth()));
        Arbitrary<LocalDate> leapDays = Arbitraries.integers().between(0, 26).map(i -> LocalDate.of(1992 + 4 * i, 2, 29));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, any), net.jqwik.api.Tuple.of(3, monthEnds), net.jqwik.api.Tuple.of(1, leapDays));
    }
}
