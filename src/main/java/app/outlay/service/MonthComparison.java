package app.outlay.service;

import java.math.BigDecimal;
import java.time.YearMonth;

/** A month's spending against the month before and the average of the twelve months before it. */
public record MonthComparison(YearMonth month, BigDecimal thisMonth, BigDecimal lastMonth, BigDecimal monthlyAverage) {
}
