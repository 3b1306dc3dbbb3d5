package app.outlay.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates of recurring expenses: however the days on which Outlay runs fall (gaps, the same day twice, month ends,
 * 29 February), each scheduled date is created exactly once, in order, and none outside the series.
 * Property tests with a seeded generator: repeatable, and a failure names its input.
 */
class RecurrencePropertiesTest {

    private static final long SEED = 29022024L;

    @Test
    void everyScheduledDateIsTakenExactlyOnce() {
        Random random = new Random(SEED);
        for (int attempt = 0; attempt < 500; attempt++) {
            LocalDate start = date(random);
            Frequency frequency = Frequency.values()[random.nextInt(Frequency.values().length)];
            int untilAfter = random.nextInt(902) - 1;
            List<Integer> runGaps = new ArrayList<>();
            for (int i = random.nextInt(9); i > 0; i--) {
                runGaps.add(random.nextInt(401));
            }
            String input = "start " + start + ", " + frequency + ", until +" + untilAfter + ", runs after " + runGaps;

            LocalDate until = untilAfter < 0 ? null : start.plusDays(untilAfter);
            Recurrence series = new Recurrence(frequency, start, until,
                    new ExpenseDetails(start, "Rent", new BigDecimal("950.00"), null, null), null);
            List<LocalDate> taken = new ArrayList<>();
            LocalDate today = start;
            for (int gap : runGaps) {
                today = today.plusDays(gap);
                List<LocalDate> due = series.takeDueDates(today);
                assertThat(due).as(input).allSatisfy(date -> assertThat(date).isAfter(start)
                        .isBeforeOrEqualTo(until == null ? LocalDate.MAX : until));
                taken.addAll(due);
            }

            LocalDate last = until == null || today.isBefore(until) ? today : until;
            List<LocalDate> expected = new ArrayList<>();
            for (long n = 1; !frequency.occurrence(start, n).isAfter(last); n++) {
                expected.add(frequency.occurrence(start, n));
            }
            assertThat(taken).as(input).isEqualTo(expected);
            assertThat(new TreeSet<>(taken)).as(input).hasSameSizeAs(taken);
        }
    }

    @Test
    void monthlyDatesKeepTheirDayOrTheMonthsLastDay() {
        Random random = new Random(SEED);
        for (int attempt = 0; attempt < 500; attempt++) {
            LocalDate start = date(random);
            int n = random.nextInt(601);
            LocalDate date = Frequency.MONTHLY.occurrence(start, n);
            assertThat(date.getDayOfMonth()).as("%s + %d months", start, n)
                    .isEqualTo(Math.min(start.getDayOfMonth(), date.lengthOfMonth()));
            assertThat(date.withDayOfMonth(1)).isEqualTo(start.withDayOfMonth(1).plusMonths(n));
        }
    }

    /** Any day from 1990 to 2100, with month ends and 29 February often. */
    private static LocalDate date(Random random) {
        LocalDate any = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(40_001));
        int kind = random.nextInt(10);
        if (kind < 6) {
            return any;
        }
        return kind < 9 ? any.withDayOfMonth(any.lengthOfMonth()) : LocalDate.of(1992 + 4 * random.nextInt(27), 2, 29);
    }
}
