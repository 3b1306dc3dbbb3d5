package app.outlay.service.ledger;

import app.outlay.domain.ForeignAmount;

import java.math.BigDecimal;

/**
 * One entry as {@link LedgerConversion} converts it: its amount before, its new ledger amount and amount as paid
 * (null: an ordinary entry of the new currency), and whether it is a split payment whose parts follow.
 */
record ConvertedEntry(long id, BigDecimal oldAmount, ForeignAmount paid, BigDecimal ledgerAmount, boolean split) {
}
