package app.outlay.service.expense;

import java.math.BigDecimal;

/**
 * How many entries match a filter and what they add up to, computed by the database: {@code total} is what was
 * spent net of refunds (expenses − refunds), {@code received} the income.
 */
public record ExpenseSummary(long count, BigDecimal total, BigDecimal received) {

    /** Entries without income. */
    public ExpenseSummary(long count, BigDecimal total) {
        this(count, total, BigDecimal.ZERO.setScale(2));
    }

    /** Spending net of refunds (the same as {@link #total()}). */
    public BigDecimal spent() {
        return total;
    }

    /** What came in minus what went out. */
    public BigDecimal net() {
        return received.subtract(total);
    }
}
