package app.outlay.service.report;

import java.math.BigDecimal;
import java.time.YearMonth;

/** What was spent in one category in one month. */
public record MonthTotal(YearMonth month, Long categoryId, String name, String colour, BigDecimal total) {
}
