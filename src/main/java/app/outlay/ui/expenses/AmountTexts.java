package app.outlay.ui.expenses;

import app.outlay.domain.EntryKind;
import app.outlay.domain.MoneyFormat;
import app.outlay.service.expense.ExpenseRow;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.CompactNumberFormat;
import java.text.NumberFormat;
import java.util.Locale;

/** The texts of the list's amount cells ({@link EntryAmountCell}), apart from the cell so they can be checked without a window. */
final class AmountTexts {

    private AmountTexts() {
    }

    /** {@code 1,234.50}, and {@code +1,234.50} for money coming in: the figure as the column shows it. */
    static String figure(ExpenseRow row, MoneyFormat money) {
        String plain = money.plain(row.amount());
        return row.kind() == EntryKind.EXPENSE ? plain : "+" + plain;
    }

    /**
     * The figure rounded in the language's short form, marked as such: {@code ≈ 100,000T}, {@code ≈ 100.000 Bio.}.
     * It reads as about the right number, never as another one, as the first digits of a cut figure do. (Only
     * figures of many digits get here: the column fits anything a household writes.)
     */
    static String abbreviated(BigDecimal amount, Locale locale) {
        CompactNumberFormat compact = (CompactNumberFormat) NumberFormat.getCompactNumberInstance(locale, NumberFormat.Style.SHORT);
        compact.setGroupingUsed(true);
        compact.setGroupingSize(3); // grouped as the language groups: 100,000T rather than 100000T
        compact.setRoundingMode(RoundingMode.HALF_UP);
        return "\u2248\u00a0" + compact.format(amount);
    }

    /** {@code 45.00 USD}, {@code 3,200 JPY}, {@code 3.200 KWD}: the amount as paid, in its currency's own decimals. */
    static String asPaid(ExpenseRow row, MoneyFormat money) {
        var paid = row.paid();
        return money.with(paid.currency()).plain(paid.original()) + "\u00a0" + paid.code();
    }
}
