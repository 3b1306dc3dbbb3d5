package app.outlay.service.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;

/** One month's money out and in: {@code spent} net of refunds, {@code received} the income. */
public record MonthFlow(YearMonth month, BigDecimal spent, BigDecimal received) {

    /** Received minus spent. */
    public BigDecimal net() {
        return received.subtract(spent);
    }

    /**
     * The share of the income not spent, in percent with one decimal (negative when more was spent than received);
     * null in a month without income, where there is no rate to speak of.
     */
    public BigDecimal savingsRate() {
        return received.signum() <= 0 ? null
                : net().multiply(BigDecimal.valueOf(100)).divide(received, 1, RoundingMode.HALF_UP);
    }
}
