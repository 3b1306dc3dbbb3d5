package app.outlay.domain;

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
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;

/** One entry of the ledger: money that went out on a day, or came back (a refund), or came in (income); see {@link #getKind()}. */
@Entity
@Table(name = "expense")
public class Expense {

    /**
     * Ids taken from expense_seq per database round trip (its increment, migration V6): large, because an import
     * inserts hundreds of thousands of rows and each block costs a round trip to the database.
     */
    public static final int ID_BLOCK = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "expense_seq")
    @SequenceGenerator(name = "expense_seq", sequenceName = "expense_seq", allocationSize = Expense.ID_BLOCK)
    private Long id;

    @Column(name = "spent_on", nullable = false)
    private LocalDate spentOn;

    @Column(name = "description", nullable = false, length = ExpenseDetails.DESCRIPTION_MAX)
    private String description;

    @Column(name = "amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id")
    private Category category;

    @Column(name = "notes", length = ExpenseDetails.NOTES_MAX)
    private String notes;

    /** Which way the money went; the amount itself is always above zero. */
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private EntryKind kind = EntryKind.EXPENSE;

    /** For a refund: the id of the expense it gives money back on, if the user linked one (the database unlinks it when that expense goes). */
    @Column(name = "refund_of")
    private Long refundOf;

    /** The series this expense belongs to, if it repeats. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "recurrence_id")
    private Recurrence recurrence;

    /** The date the series scheduled this occurrence for (the user may move the expense's own date). */
    @Column(name = "occurrence_on")
    private LocalDate occurrenceOn;

    /** The bank's id of the transaction this expense was imported from (OFX FITID…), or null (migration V18). */
    @Column(name = "bank_transaction_id", length = 255)
    private String bankTransactionId;

    /**
     * True while the expense has parts (migration V22). Written only with its parts (service.split.SplitLinks), never from
     * here, so a flush of this entity can never undo it.
     */
    @Column(name = "split", nullable = false, insertable = false, updatable = false)
    private boolean split;

    /** The currency it was paid in (ISO 4217), null for the ledger's (V25); CHAR(3) like the ledger's own. */
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "currency", length = 3)
    private String currency;

    /** The amount as paid, in that currency's own minor units; null with {@link #currency}. */
    @Column(name = "original_amount", precision = 21, scale = 4)
    private BigDecimal originalAmount;

    /** Ledger units per unit of {@link #currency}; null with it. */
    @Column(name = "rate", precision = 28, scale = 16)
    private BigDecimal rate;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Expense() {
    }

    public Expense(ExpenseDetails details, Category category) {
        apply(details, category);
    }

    /** Replaces what the user can change; details are validated when they are built. */
    public void apply(ExpenseDetails details, Category newCategory) {
        this.spentOn = details.date();
        this.description = details.description();
        this.amount = details.amount();
        this.notes = details.notes();
        this.category = newCategory;
        this.kind = details.kind();
        this.refundOf = details.refundOf();
        ForeignAmount paid = details.paid();
        this.currency = paid == null ? null : paid.code();
        this.originalAmount = paid == null ? null : paid.original();
        this.rate = paid == null ? null : paid.rate();
    }

    /** The amount as paid in another currency, or null when it was paid in the ledger's. */
    public ForeignAmount getPaid() {
        return currency == null ? null : new ForeignAmount(Currency.getInstance(currency.strip()), originalAmount, rate);
    }

    public EntryKind getKind() {
        return kind;
    }

    public Long getRefundOf() {
        return refundOf;
    }

    /** Lets go of the expense this refund was linked to (it is being deleted). */
    public void unlinkRefund() {
        this.refundOf = null;
    }

    /** Makes this expense the occurrence of {@code series} scheduled for {@code scheduledOn}. */
    public void belongTo(Recurrence series, LocalDate scheduledOn) {
        this.recurrence = series;
        this.occurrenceOn = scheduledOn;
    }

    /** Records the bank's id of the transaction this expense was imported from; null for none. */
    public void importedFrom(String bankTransactionId) {
        this.bankTransactionId = bankTransactionId;
    }

    public String getBankTransactionId() {
        return bankTransactionId;
    }

    public Recurrence getRecurrence() {
        return recurrence;
    }

    public LocalDate getOccurrenceOn() {
        return occurrenceOn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCategory(Category newCategory) {
        this.category = newCategory;
    }

    /** Sets the creation time for bulk inserts through a StatelessSession, which does not run JPA callbacks. */
    public void stampCreation() {
        onCreate();
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    public boolean isSplit() {
        return split;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getSpentOn() {
        return spentOn;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Category getCategory() {
        return category;
    }

    public String getNotes() {
        return notes;
    }

    public long getVersion() {
        return version;
    }
}
