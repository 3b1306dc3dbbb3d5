package app.outlay.ui.reports;

import app.outlay.domain.MoneyFormat;
import java.text.MessageFormat;
import java.util.ResourceBundle;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Supplier;

/** The reports' numbers and dates written the user's way. */
final class ReportText {

    private static final char MINUS = '\u2212';

    private final Locale locale;
    /** The ledger's currency can change while the reports are open: asked for at each use. */
    private final Supplier<MoneyFormat> money;
    private final ResourceBundle texts;
    private final DateTimeFormatter monthYear;
    private final DateTimeFormatter shortMonth;
    private final DateTimeFormatter date;

    ReportText(Locale locale, Supplier<MoneyFormat> money, ResourceBundle texts) {
        this.locale = locale;
        this.money = money;
        this.texts = texts;
        this.monthYear = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
        this.shortMonth = DateTimeFormatter.ofPattern("LLL yyyy", locale);
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    String money(BigDecimal amount) {
        return money.get().format(amount);
    }

    /** {@code +12.30} or {@code −12.30} (a real minus sign, which lines up with the plus). */
    String signedMoney(BigDecimal amount) {
        return sign(amount) + money(amount.abs());
    }

    /** A share such as {@code 8.6%} (or {@code 8,6 %}, as German writes it); {@code percent} is 8.6 for 8.6 %. */
    String percent(BigDecimal percent) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(percent.movePointLeft(2));
    }

    /** A category's name; the expenses without one are named in the user's language. */
    ResourceBundle bundle() {
        return texts;
    }

    String category(Long categoryId, String name) {
        return categoryId == null ? texts.getString("editor.category.none") : name;
    }

    /** A text from the bundle with its {placeholders} filled in, numbers in this language. */
    String message(String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }

    String signedPercent(BigDecimal percent) {
        return sign(percent) + percent(percent.abs());
    }

    String count(long count) {
        return NumberFormat.getIntegerInstance(locale).format(count);
    }

    /** Axis ticks: whole amounts with grouping, e.g. {@code 1,500}. */
    String axisAmount(Number amount) {
        return NumberFormat.getIntegerInstance(locale).format(amount);
    }

    String monthYear(YearMonth month) {
        return monthYear.format(month);
    }

    String shortMonth(YearMonth month) {
        return shortMonth.format(month);
    }

    String date(LocalDate day) {
        return date.format(day);
    }

    private static String sign(BigDecimal value) {
        return value.signum() > 0 ? "+" : value.signum() < 0 ? String.valueOf(MINUS) : "\u00b1";
    }
}
