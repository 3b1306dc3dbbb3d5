package app.outlay.domain;

import app.outlay.text.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A recurring expense: what to record, how often, from when and until when. */
@Entity
@Table(name = "recurrence")
public class Recurrence {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recurrence_seq")
    @SequenceGenerator(name = "recurrence_seq", sequenceName = "recurrence_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "frequency", nullable = false, length = 10)
    private Frequency frequency;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "until_on")
    private LocalDate untilOn;

    @Column(name = "description", nullable = false, length = ExpenseDetails.DESCRIPTION_MAX)
    private String description;

    @Column(name = "amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id")
    private Category category;

    @Column(name = "notes", length = ExpenseDetails.NOTES_MAX)
    private String notes;

    /** Occurrences up to this date exist, or were deleted on purpose: the next ones come after it. */
    @Column(name = "generated_through", nullable = false)
    private LocalDate generatedThrough;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Recurrence() {
    }

    public Recurrence(Frequency frequency, LocalDate startsOn, LocalDate untilOn, ExpenseDetails template, Category category) {
        this.frequency = frequency;
        this.startsOn = startsOn;
        // The expense the series is created from is its first occurrence.
        this.generatedThrough = startsOn;
        reschedule(frequency, untilOn);
        useTemplate(template, category);
    }

    /** What the next occurrences will record. */
    public void useTemplate(ExpenseDetails template, Category newCategory) {
        this.description = template.description();
        this.amount = template.amount();
        this.notes = template.notes();
        this.category = newCategory;
    }

    public void reschedule(Frequency newFrequency, LocalDate newUntil) {
        if (newUntil != null && newUntil.isBefore(startsOn)) {
            throw InvalidInputException.of("problem.repeat.untilBeforeStart", newUntil, startsOn);
        }
        this.frequency = newFrequency;
        this.untilOn = newUntil;
    }

    /** Stops the series after {@code lastDay}: nothing later is created. */
    public void stopAfter(LocalDate lastDay) {
        this.untilOn = lastDay.isBefore(startsOn) ? startsOn : lastDay;
    }

    /**
     * The scheduled dates not yet created, up to and including {@code today} (and the series' end, if any), and
     * marks them as created: the caller records them in the same transaction.
     */
    public List<LocalDate> takeDueDates(LocalDate today) {
        List<LocalDate> dates = new ArrayList<>();
        LocalDate last = untilOn == null || today.isBefore(untilOn) ? today : untilOn;
        for (long n = 1; ; n++) {
            LocalDate date = frequency.occurrence(startsOn, n);
            if (date.isAfter(last)) {
                break;
            }
            if (date.isAfter(generatedThrough)) {
                dates.add(date);
            }
        }
        if (last.isAfter(generatedThrough)) {
            generatedThrough = last;
        }
        return dates;
    }

    public ExpenseDetails template() {
        return new ExpenseDetails(startsOn, description, amount, category == null ? null : category.getId(), notes);
    }

    public Long getId() {
        return id;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getUntilOn() {
        return untilOn;
    }

    public Category getCategory() {
        return category;
    }

    public long getVersion() {
        return version;
    }
}
