package app.outlay.service.tag;

import java.math.BigDecimal;

/** What the expenses carrying one tag add up to in a period (summed by the database). */
public record TagTotal(long tagId, String tag, long expenses, BigDecimal total) {
}
