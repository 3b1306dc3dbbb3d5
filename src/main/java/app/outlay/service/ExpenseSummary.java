package app.outlay.service;

import java.math.BigDecimal;

/** How many expenses match a filter and what they add up to, both computed by the database. */
public record ExpenseSummary(long count, BigDecimal total) {
}
