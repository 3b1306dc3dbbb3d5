package app.outlay.csv;

import app.outlay.text.InvalidInputException;
import java.util.Locale;

/** What a column of a file can mean to Outlay. */
public enum Column {
    DATE, DESCRIPTION, AMOUNT, DEBIT, CREDIT,
    /**
     * Which way an unsigned amount goes (Volksbank's "S/H"): S, Soll, D, DR, Debit or "-" is money out; H, Haben, C,
     * CR, Credit or "+" is money in. See {@link Direction}.
     */
    DIRECTION,
    CATEGORY, NOTES,
    /** The entry's kind: expense, refund or income (Outlay's own export writes it; the amount stays positive). */
    KIND,
    /** The entry's tags, {@code trip;work} (Outlay's own export writes it, after kind). */
    TAGS,
    /**
     * The split a line is a part of (issue 21): consecutive lines with the same value are the parts of one payment
     * (Outlay's own export writes it, after tags).
     */
    SPLIT,
    /** The currency an amount was paid in (issue 22; empty: the ledger's), after split. */
    CURRENCY,
    /** What an amount in another currency came to in the ledger's (optional: the rate table gives it otherwise). */
    LEDGER_AMOUNT;

    /** The name used in {@code --map} and in saved profiles: date, description, … */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Column ofKey(String key) {
        for (Column column : values()) {
            if (column.key().equals(key.strip().toLowerCase(Locale.ROOT))) {
                return column;
            }
        }
        throw InvalidInputException.of("problem.map.column", key);
    }
}
