package app.outlay.domain;

import java.time.LocalDate;

/** How often a recurring expense repeats. */
public enum Frequency {
    WEEKLY, MONTHLY, YEARLY;

    /**
     * The n-th occurrence (0 = the first) of a series starting on {@code start}. Counted from the start each time,
     * so a series on the 31st falls on the last day of shorter months and comes back to the 31st afterwards;
     * a yearly series on 29 February falls on the 28th in other years.
     */
    public LocalDate occurrence(LocalDate start, long n) {
        return switch (this) {
            case WEEKLY -> start.plusWeeks(n);
            case MONTHLY -> start.plusMonths(n);
            case YEARLY -> start.plusYears(n);
        };
    }
}
