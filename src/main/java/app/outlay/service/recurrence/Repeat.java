package app.outlay.service.recurrence;

import app.outlay.domain.Frequency;

import java.time.LocalDate;

/** "Repeat monthly until …" as chosen in the expense dialog; {@link #NEVER} for a one-off expense. */
public record Repeat(Frequency frequency, LocalDate until) {

    public static final Repeat NEVER = new Repeat(null, null);

    public boolean repeats() {
        return frequency != null;
    }
}
