package app.outlay.ui.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How much more (positive) or less (negative) {@code current} is than a {@code reference}, as an amount and, where
 * the reference is not zero, a percentage with one decimal.
 */
public record Change(BigDecimal amount, BigDecimal percent) {

    public static Change between(BigDecimal current, BigDecimal reference) {
        BigDecimal amount = current.subtract(reference);
        BigDecimal percent = reference.signum() == 0 ? null
                : amount.multiply(BigDecimal.valueOf(100)).divide(reference, 1, RoundingMode.HALF_UP);
        return new Change(amount, percent);
    }

    /** True when the percentage cannot be told: nothing to compare with. */
    public boolean hasPercent() {
        return percent != null;
    }
}
