package app.outlay.bankfiles;

import java.util.Objects;

/**
 * How to read a structured bank file: its format (detected, or chosen with {@code --format}) and, for QIF, the
 * order of its slashed dates ({@link QifDates.Order#AUTO} until the user said).
 */
public record BankFileChoice(BankFormat format, QifDates.Order dates) {

    public BankFileChoice {
        Objects.requireNonNull(format, "format");
        if (!format.structured()) {
            throw new IllegalArgumentException(format.name());
        }
        dates = dates == null ? QifDates.Order.AUTO : dates;
    }

    public static BankFileChoice of(BankFormat format) {
        return new BankFileChoice(format, QifDates.Order.AUTO);
    }

    public BankFileChoice withDates(QifDates.Order order) {
        return new BankFileChoice(format, order);
    }
}
