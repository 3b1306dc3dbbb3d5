package app.outlay.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.math.BigDecimal;

/**
 * One part of a split payment (migration V22), mapped for the totals' queries and for schema validation. Read-only
 * here: parts are written with plain SQL together with their tags (service.split.SplitLinks), like an expense's tags.
 */
@Entity
@Immutable
@Table(name = "expense_split")
public class ExpenseSplit {

    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "expense_id", nullable = false)
    private Expense expense;

    @Column(name = "position", nullable = false)
    private int position;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id")
    private Category category;

    /** In the ledger currency, like the payment's amount. */
    @Column(name = "amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(name = "note", length = ExpenseDetails.NOTES_MAX)
    private String note;

    /** The part's amount as paid, in the payment's currency (V27); null when the payment is in the ledger's. */
    @Column(name = "original_amount", precision = 21, scale = 4)
    private BigDecimal originalAmount;

    protected ExpenseSplit() {
    }

    public Long getId() {
        return id;
    }

    public Expense getExpense() {
        return expense;
    }

    public int getPosition() {
        return position;
    }

    public Category getCategory() {
        return category;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getNote() {
        return note;
    }

    public BigDecimal getOriginalAmount() {
        return originalAmount;
    }
}
