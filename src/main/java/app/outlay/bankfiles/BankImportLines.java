package app.outlay.bankfiles;

import app.outlay.csv.StatementLine;
import app.outlay.domain.ExpenseDetails;
import app.outlay.domain.ForeignAmount;
import app.outlay.domain.Money;
import app.outlay.text.UserText;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * What the import makes of a bank file's transactions, the same way it reads a CSV line: a debit is money going out
 * ({@link StatementLine.Spending}), a credit money coming in ({@link StatementLine.Incoming}); a line that cannot be
 * an entry is {@link StatementLine.Rejected} and named. The description is the payee (else the memo); the notes keep
 * the memo and a value date that differs from the booking date. A split payment (QIF S/E/$) becomes one line per
 * part ({@link SplitTransactions}); parts that cannot be a split are listed in its notes instead.
 */
public final class BankImportLines {

    /** One line for the import, with the bank's transaction id (null where the file has none). */
    public record Line(StatementLine line, String bankId) {
    }

    private BankImportLines() {
    }

    /**
     * The import's lines for {@code transactions}; the whole file is refused when one is in another currency than
     * the ledger's ({@code ledger}; null when the ledger has none chosen yet, and then the statement's one currency
     * is taken: a line in a second currency, or one converted at a rate, is refused, since without the ledger's
     * currency its amount would be added to the others as if it were theirs).
     */
    public static List<Line> of(List<BankTransaction> transactions, Currency ledger) {
        List<Line> lines = new ArrayList<>(transactions.size());
        String taken = null;
        for (BankTransaction transaction : transactions) {
            if (ledger == null && transaction.currency() != null) {
                if (transaction.rate() != null || taken != null && !taken.equals(transaction.currency())) {
                    throw new BankFileException(transaction.line(), transaction.element() == null ? "currency" : transaction.element(),
                            transaction.currency(), UserText.of("bankfile.why.noLedgerCurrency", transaction.currency()));
                }
                taken = transaction.currency();
            }
            if (ledger != null && transaction.currency() != null && !transaction.currency().equals(ledger.getCurrencyCode())) {
                if (transaction.rate() != null && ledger.getCurrencyCode().equals(transaction.rateCurrency())) {
                    // In another currency at the rate the file states (issue 22): its amount as paid, and what it came to.
                    lines.add(new Line(foreign(transaction, ledger), transaction.bankId()));
                    continue;
                }
                throw new BankFileException(transaction.line(), transaction.element() == null ? "currency" : transaction.element(),
                        transaction.currency(), UserText.of("bankfile.why.currency", ledger.getCurrencyCode()));
            }
            for (StatementLine line : SplitTransactions.lines(transaction)) {
                lines.add(new Line(line, transaction.bankId()));
            }
        }
        return lines;
    }

    /** A transaction in another currency with its rate: the statement line in the ledger's currency, with the amount as paid. */
    private static StatementLine foreign(BankTransaction t, Currency ledger) {
        ForeignAmount paid;
        try {
            paid = ForeignAmount.atRate(ForeignAmount.currency(t.currency()), t.amount().abs(), t.rate());
        } catch (app.outlay.text.InvalidInputException bad) {
            return reject(t, "amount", t.amount().toPlainString(), bad.explanation());
        }
        BigDecimal ledgerAmount = paid.ledgerAmount(ledger);
        StatementLine line = statementLine(new BankTransaction(t.bookingDate(), t.valueDate(),
                t.amount().signum() < 0 ? ledgerAmount.negate() : ledgerAmount, t.payee(), t.memo(), t.bankId(), ledger.getCurrencyCode(),
                t.line(), t.element(), t.splits()));
        if (line instanceof StatementLine.Spending s) {
            return new StatementLine.Spending(s.line(), s.date(), s.description(), s.amount(), s.category(), s.notes(), s.tags(), s.split(), paid);
        }
        if (line instanceof StatementLine.Incoming i) {
            return new StatementLine.Incoming(i.line(), i.date(), i.description(), i.amount(), i.category(), i.notes(), i.kind(), i.tags(),
                    i.split(), paid);
        }
        return line;
    }

    static StatementLine statementLine(BankTransaction t) {
        return statementLine(t, true);
    }

    /** @param splitsInNotes whether the parts of a split payment are listed in its notes (they are not when it becomes a split) */
    static StatementLine statementLine(BankTransaction t, boolean splitsInNotes) {
        BigDecimal amount = t.amount();
        if (amount.signum() == 0) {
            return reject(t, "amount", amount.toPlainString(), UserText.of("problem.line.zero"));
        }
        if (amount.stripTrailingZeros().scale() > Money.SCALE) {
            return reject(t, "amount", amount.toPlainString(), UserText.of("problem.line.decimals"));
        }
        String description = t.payee() != null ? t.payee() : t.memo();
        if (description == null) {
            return reject(t, "description", "", UserText.of("bankfile.why.noDescription"));
        }
        String notes = notes(t, description, splitsInNotes);
        if (description.length() > ExpenseDetails.DESCRIPTION_MAX) {
            // a long purpose text: its start is the description, all of it stays in the notes
            notes = notes == null ? description : description + "\n" + notes;
            description = description.substring(0, ExpenseDetails.DESCRIPTION_MAX - 1).strip() + "\u2026";
        }
        if (notes != null && notes.length() > ExpenseDetails.NOTES_MAX) {
            return reject(t, "notes", notes, UserText.of("problem.line.tooLong", ExpenseDetails.NOTES_MAX));
        }
        BigDecimal exact = amount.abs().setScale(Money.SCALE, RoundingMode.UNNECESSARY);
        if (amount.signum() > 0) {
            return incoming(t, description, exact, notes);
        }
        return new StatementLine.Spending(t.line(), t.bookingDate(), description, exact, null, notes);
    }

    /** Money coming in: the one place that builds it (see COMMON: entry kinds). */
    private static StatementLine incoming(BankTransaction t, String description, BigDecimal amount, String notes) {
        return new StatementLine.Incoming(t.line(), t.bookingDate(), description, amount, null, notes);
    }

    /**
     * The memo (when the payee is the description), the value date and the split parts, one to a line. Saved with
     * the entry, so written in English whatever the window's language, as the CLI and the logs are.
     */
    static String notes(BankTransaction t, String description, boolean splitsInNotes) {
        List<String> notes = new ArrayList<>();
        if (t.memo() != null && !t.memo().equals(description)) {
            notes.add(t.memo());
        }
        if (t.valueDate() != null) {
            notes.add(UserText.of("bankfile.notes.valueDate", t.valueDate().toString()).english());
        }
        if (splitsInNotes && !t.splits().isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (BankTransaction.SplitPart part : t.splits()) {
                String name = part.category() == null ? "" : part.category() + " ";
                // shown as the payment is: a spending's parts above zero, a part the other way round below
                BigDecimal shown = t.amount().signum() < 0 ? part.amount().negate() : part.amount();
                parts.add(name + shown.toPlainString() + (part.memo() == null ? "" : " (" + part.memo() + ")"));
            }
            notes.add(UserText.of("bankfile.notes.split", String.join("; ", parts)).english());
        }
        return notes.isEmpty() ? null : String.join("\n", notes);
    }

    private static StatementLine.Rejected reject(BankTransaction t, String field, String value, UserText why) {
        String where = t.element() == null ? field : t.element() + " " + field;
        return new StatementLine.Rejected(t.line(), where, BankFileException.shorten(value), why);
    }
}
