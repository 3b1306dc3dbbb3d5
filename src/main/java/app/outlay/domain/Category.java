package app.outlay.domain;

import app.outlay.text.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * A category: of spending (expenses and refunds) or, marked {@link #isIncome() income}, of money earned. Names are
 * unique ignoring case, enforced by the {@code name_key} column.
 */
@Entity
@Table(name = "category")
public class Category {

    public static final int NAME_MAX = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "category_seq")
    @SequenceGenerator(name = "category_seq", sequenceName = "category_seq", allocationSize = 50)
    private Long id;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "name_key", nullable = false, length = NAME_MAX)
    private String nameKey;

    @Column(name = "colour", nullable = false, length = 7)
    private String colour;

    /** Optional: what the user means to spend in this category per month. */
    @Column(name = "monthly_budget", precision = 19, scale = 2)
    private BigDecimal monthlyBudget;

    /** True for a category of income (Salary, Interest, ...), whose entries are never spending. */
    @Column(name = "income", nullable = false)
    private boolean income;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Category() {
    }

    public Category(String name, String colour) {
        this(name, colour, false);
    }

    public Category(String name, String colour, boolean income) {
        rename(name);
        this.colour = Colours.requireHex(colour);
        this.income = income;
    }

    public boolean isIncome() {
        return income;
    }

    /** Makes this a category of income ({@code true}) or of spending. */
    public void markIncome(boolean isIncome) {
        this.income = isIncome;
    }

    /** True when an entry of {@code kind} may go in this category: income in income categories, the rest in spending ones. */
    public boolean fits(EntryKind kind) {
        return income == (kind == EntryKind.INCOME);
    }

    /** The key that makes names unique ignoring case ("Food" and "FOOD" clash). */
    public static String keyOf(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    public void rename(String newName) {
        String trimmed = Objects.requireNonNull(newName, "name").trim();
        if (trimmed.isEmpty() || trimmed.length() > NAME_MAX) {
            throw InvalidInputException.of("problem.category.nameLength", NAME_MAX);
        }
        this.name = trimmed;
        this.nameKey = keyOf(trimmed);
    }

    public void recolour(String newColour) {
        this.colour = Colours.requireHex(newColour);
    }

    /** Sets the monthly budget; null removes it. */
    public void budget(BigDecimal amount) {
        this.monthlyBudget = amount == null ? null : Money.requireExpenseAmount(amount);
    }

    public BigDecimal getMonthlyBudget() {
        return monthlyBudget;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getColour() {
        return colour;
    }

    public long getVersion() {
        return version;
    }
}
