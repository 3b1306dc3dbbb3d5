package app.outlay.bankfiles;

import java.util.List;

/**
 * What a bank file holds for the import: its transactions, and how many entries it lists that are left out.
 *
 * @param transactions the booked transactions, in file order
 * @param notBooked    CAMT entries whose status is not booked ({@code PDNG} pending, {@code INFO}, {@code FUTR}): the
 *                     bank may still change or drop them, and the next statement lists them again once booked
 * @param repeated     OFX transactions whose FITID the same account already used earlier in the file, with the same
 *                     date, amount and text: the bank listed one transaction twice
 */
public record BankStatement(List<BankTransaction> transactions, long notBooked, long repeated) {

    /** A file that leaves nothing out (a CSV file's counts). */
    public static final BankStatement NOTHING_LEFT_OUT = new BankStatement(List.of(), 0, 0);

    public BankStatement {
        transactions = List.copyOf(transactions);
    }

    /** Transactions with nothing left out. */
    static BankStatement of(List<BankTransaction> transactions) {
        return new BankStatement(transactions, 0, 0);
    }
}
