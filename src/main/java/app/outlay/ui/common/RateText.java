package app.outlay.ui.common;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * An exchange rate written the user's way: every digit kept (a rate is not money, it has no fixed decimals), with the
 * language's decimal separator and no grouping, so "0,9193" in German reads back the same when typed again.
 */
public final class RateText {

    private RateText() {
    }

    public static String of(BigDecimal rate, Locale locale) {
        String plain = rate.toPlainString();
        char decimal = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        return decimal == '.' ? plain : plain.replace('.', decimal);
    }
}
