/**
 * Kept totals (issue 17): the count and sum of the entries per month, category and kind in {@code expense_summary}
 * (V28), kept by Outlay in the same transaction as every change of expense rows ({@link app.outlay.totals.KeptTotals}),
 * rebuilt from the rows after a database copy or restore, and read by the list's count and totals
 * ({@link app.outlay.totals.SummaryReader}) instead of summing every matching entry.
 */
package app.outlay.totals;
