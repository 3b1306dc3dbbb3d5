package app.outlay.service.report;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A month's spending against the month before and the average of the complete months before it that the ledger
 * covers ({@code averagedMonths} of them, from {@code averageFrom}).
 *
 * @param monthlyAverage null (and {@code averageFrom} too) when there is no complete month before {@code month}
 */
public record MonthComparison(YearMonth month, BigDecimal thisMonth, BigDecimal lastMonth, BigDecimal monthlyAverage,
                              YearMonth averageFrom, int averagedMonths) {

    /** False while the ledger has no complete month before this one: there is nothing to average. */
    public boolean hasAverage() {
        return monthlyAverage != null;
    }
}
