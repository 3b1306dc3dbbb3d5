package app.outlay.service.category;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** What was spent in one category (null id: expenses without a category) over a period, summed by the database. */
public record CategoryTotal(Long categoryId, String name, String colour, BigDecimal total, long count) {

    /** This total as a percentage of {@code all}, with one decimal. */
    public BigDecimal shareOf(BigDecimal all) {
        return all.signum() == 0 ? BigDecimal.ZERO.setScale(1)
                : total.multiply(BigDecimal.valueOf(100)).divide(all, 1, RoundingMode.HALF_UP);
    }
}
