package app.outlay.ui.common;

import java.time.LocalDate;
import java.time.YearMonth;

/** The periods a screen offers (the expense list and the reports; see PeriodChoice); {@link #CUSTOM} uses the from/to pickers. */
public enum Period {
    ALL("period.all"),
    THIS_MONTH("period.thisMonth"),
    LAST_MONTH("period.lastMonth"),
    THIS_YEAR("period.thisYear"),
    LAST_12_MONTHS("period.last12Months"),
    CUSTOM("period.custom");

    private final String messageKey;

    Period(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /** First day of the period, or null when open. */
    public LocalDate from(LocalDate today) {
        YearMonth month = YearMonth.from(today);
        return switch (this) {
            case THIS_MONTH -> month.atDay(1);
            case LAST_MONTH -> month.minusMonths(1).atDay(1);
            case THIS_YEAR -> today.withDayOfYear(1);
            case LAST_12_MONTHS -> month.minusMonths(11).atDay(1);
            case ALL, CUSTOM -> null;
        };
    }

    /** Last day of the period, or null when open. */
    public LocalDate to(LocalDate today) {
        YearMonth month = YearMonth.from(today);
        return switch (this) {
            case THIS_MONTH -> month.atEndOfMonth();
            case LAST_MONTH -> month.minusMonths(1).atEndOfMonth();
            case THIS_YEAR -> today.withDayOfYear(today.lengthOfYear());
            case LAST_12_MONTHS -> month.atEndOfMonth();
            case ALL, CUSTOM -> null;
        };
    }
}
