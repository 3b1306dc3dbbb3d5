package app.outlay.service.report;

import app.outlay.service.expense.ExpenseQueries;
import app.outlay.data.DatabaseHolder;
import app.outlay.domain.ForeignAmount;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Spending by the currency it was paid in (issue 22): what went out in USD, in JPY…, and at what average rate. The
 * ledger totals are the same sums every other report makes, grouped once more, so the breakdown adds up to the
 * period's total. Summed by the database.
 */
public final class CurrencyReport {

    private final DatabaseHolder database;

    public CurrencyReport(DatabaseHolder database) {
        this.database = database;
    }

    /** Spending (net of refunds, income left out) between two dates by original currency; the ledger's own first. */
    public List<CurrencyTotal> byOriginalCurrency(LocalDate from, LocalDate to) {
        String original = "case when e.kind = app.outlay.domain.EntryKind.EXPENSE then coalesce(e.originalAmount, e.amount)"
                + " when e.kind = app.outlay.domain.EntryKind.REFUND then -coalesce(e.originalAmount, e.amount) end";
        List<Object[]> rows = database.sessionFactory().fromTransaction(session -> session.createSelectionQuery(
                        "select e.currency, sum(%s), sum(%s), count(e) from Expense e where e.spentOn between :from and :to"
                                .formatted(original, ExpenseQueries.SPENT)
                                + " and e.kind <> app.outlay.domain.EntryKind.INCOME group by e.currency", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList());
        return rows.stream().map(CurrencyReport::total)
                .sorted(Comparator.comparing((CurrencyTotal t) -> t.currency() != null).thenComparing(t -> t.ledgerTotal().negate()))
                .toList();
    }

    private static CurrencyTotal total(Object[] row) {
        String currency = row[0] == null ? null : ((String) row[0]).strip();
        BigDecimal ledger = ((BigDecimal) row[2]).setScale(2, RoundingMode.UNNECESSARY);
        int digits = currency == null ? 2 : java.util.Currency.getInstance(currency).getDefaultFractionDigits();
        BigDecimal original = ((BigDecimal) row[1]).setScale(digits, RoundingMode.UNNECESSARY);
        BigDecimal rate = currency == null || original.signum() == 0 ? null
                : ledger.divide(original, ForeignAmount.RATE_SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return new CurrencyTotal(currency, original, ledger, rate, ((Number) row[3]).longValue());
    }
}
