package app.outlay.ui.common;

import app.outlay.text.UserText;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.time.LocalDate;

/**
 * A period the user chose: one of {@link Period}'s choices, or a custom range between two dates. The one place
 * that turns the choice into dates, for the expense list's filter and for the reports' totals by category alike;
 * {@link PeriodPicker} shows it.
 */
public final class PeriodChoice {

    /** The first and last day of the period, both inclusive; either is null where the period is open. */
    public record Dates(LocalDate from, LocalDate to) {

        public boolean bothKnown() {
            return from != null && to != null;
        }
    }

    private final Period initial;
    private final ObjectProperty<Period> period;
    private final ObjectProperty<LocalDate> customFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> customTo = new SimpleObjectProperty<>();

    /** @param initial the choice at first and after {@link #reset()} */
    public PeriodChoice(Period initial) {
        this.initial = initial;
        this.period = new SimpleObjectProperty<>(initial);
    }

    /**
     * The dates the choice describes on {@code today}, as chosen: a custom range with From after To is not turned
     * round behind the user's back (tester2: the reports swapped 28.02.2026 and 29.02.2024 without a word); see
     * {@link #problem()}.
     */
    public Dates dates(LocalDate today) {
        LocalDate from = period.get() == Period.CUSTOM ? customFrom.get() : period.get().from(today);
        LocalDate to = period.get() == Period.CUSTOM ? customTo.get() : period.get().to(today);
        return new Dates(from, to);
    }

    /** "Period: 'from' (31.03.2026) is after 'to' (01.03.2026)" for a custom range the wrong way round, else null. */
    public UserText problem() {
        LocalDate from = customFrom.get();
        LocalDate to = customTo.get();
        return period.get() == Period.CUSTOM && from != null && to != null && from.isAfter(to)
                ? UserText.of("problem.period.fromAfterTo", from, to) : null;
    }

    /**
     * From now on, choosing "custom" starts from the period that was showing (on the day {@code today} gives), so
     * both pickers hold a date at once and the figures stay as they were until the user moves one.
     */
    public void startCustomFromThePeriodBefore(java.util.function.Supplier<LocalDate> today) {
        period.addListener((obs, old, now) -> {
            if (now == Period.CUSTOM && old != null && old != Period.CUSTOM && (customFrom.get() == null || customTo.get() == null)) {
                customFrom.set(old.from(today.get()));
                customTo.set(old.to(today.get()));
            }
        });
    }

    /** Runs {@code whenChanged} whenever the period or one of the custom dates changes. */
    public void onChange(Runnable whenChanged) {
        period.addListener((obs, old, now) -> whenChanged.run());
        customFrom.addListener((obs, old, now) -> whenChanged.run());
        customTo.addListener((obs, old, now) -> whenChanged.run());
    }

    /** Back to the first choice, custom dates cleared. */
    public void reset() {
        period.set(initial);
        customFrom.set(null);
        customTo.set(null);
    }

    /** Takes over another choice (a view built again in another language continues where the old one was). */
    public void copyFrom(PeriodChoice other) {
        customFrom.set(other.customFrom.get());
        customTo.set(other.customTo.get());
        period.set(other.period.get());
    }

    public ObjectProperty<Period> periodProperty() {
        return period;
    }

    public ObjectProperty<LocalDate> customFromProperty() {
        return customFrom;
    }

    public ObjectProperty<LocalDate> customToProperty() {
        return customTo;
    }
}
