package app.outlay.service.report;

import java.math.BigDecimal;

/**
 * What was spent in one original currency over a period (issue 22), net of refunds: the total in that currency, its
 * value in the ledger's currency as booked, and the average rate (ledger total / original total; null where the
 * total is zero). {@code currency} null is the ledger's own currency, whose original total is its ledger total.
 */
public record CurrencyTotal(String currency, BigDecimal originalTotal, BigDecimal ledgerTotal, BigDecimal averageRate, long count) {

    public boolean isLedgerCurrency() {
        return currency == null;
    }
}
