package app.outlay.bankfiles;

import app.outlay.csv.LineInterpreter;
import app.outlay.csv.StatementLine;
import app.outlay.domain.ExpenseDetails;
import app.outlay.domain.ForeignAmount;
import app.outlay.domain.Category;
import app.outlay.domain.Money;
import app.outlay.text.InvalidInputException;
import app.outlay.text.Texts;
import app.outlay.text.UserText;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
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
        return of(transactions, ledger, null, Texts.english());
    }

    /** As {@link #of(List, Currency, LineInterpreter.RateLookup, Texts)}, the notes in English. */
    public static List<Line> of(List<BankTransaction> transactions, Currency ledger, LineInterpreter.RateLookup rates) {
        return of(transactions, ledger, rates, Texts.english());
    }

    /**
     * The import's lines for {@code transactions} (issue 22), every amount in the ledger's currency ({@code ledger};
     * null when none is chosen yet, and then the statement's one currency is taken as it is, see above):
     * <ul>
     * <li>a purchase in another currency that the bank booked in the ledger's (CAMT InstdAmt, MT940 /OCMT/) keeps its
     *     amount as paid beside the booked amount, at the rate the two give ({@link BookedRate});</li>
     * <li>a line in another currency at a rate the file states (OFX CURRENCY) is converted at that rate;</li>
     * <li>a statement of an account in another currency is converted with the rate table ({@code rates}) at each
     *     line's booking date. When the table has no rate for that currency at all, or none on or before a line's date,
     *     the whole file is refused, naming the currency or the first such date; nothing is imported.</li>
     * </ul>
     * The notes the import writes (value date, split parts, reversal, transfer) are in the language of {@code notesIn}:
     * the ledger's, as they are saved with its entries.
     */
    public static List<Line> of(List<BankTransaction> transactions, Currency ledger, LineInterpreter.RateLookup rates,
                                Texts notesIn) {
        List<Line> lines = new ArrayList<>(transactions.size());
        BankTransaction firstWithoutRate = null;
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
                    lines.add(new Line(foreign(transaction, ledger, notesIn), transaction.bankId()));
                    continue;
                }
                if (transaction.original() != null && ledger.getCurrencyCode().equals(transaction.original().currency())) {
                    // Paid from an account in another currency for an amount in the ledger's: that amount is the ledger's.
                    lines.add(new Line(paidFromAccount(transaction, ledger, notesIn), transaction.bankId()));
                    continue;
                }
                java.util.Optional<BigDecimal> rate = rates == null ? java.util.Optional.empty()
                        : currencyOf(transaction).flatMap(currency -> rates.rateFor(currency, transaction.bookingDate()));
                if (rate.isEmpty()) {
                    if (rates == null || currencyOf(transaction).isEmpty()
                            || currencyOf(transaction).flatMap(currency -> rates.rateFor(currency, LocalDate.of(9999, 12, 31))).isEmpty()) {
                        throw new BankFileException(transaction.line(), transaction.element() == null ? "currency" : transaction.element(),
                                transaction.currency(), UserText.of("bankfile.why.currency", ledger.getCurrencyCode(), transaction.currency()));
                    }
                    if (firstWithoutRate == null || transaction.bookingDate().isBefore(firstWithoutRate.bookingDate())) {
                        firstWithoutRate = transaction;
                    }
                    continue;
                }
                lines.add(new Line(atTableRate(transaction, ledger, rate.get(), notesIn), transaction.bankId()));
                continue;
            }
            if (ledger != null && transaction.original() != null && !transaction.original().currency().equals(ledger.getCurrencyCode())
                    && transaction.splits().isEmpty()) {
                lines.add(new Line(booked(transaction, ledger, notesIn), transaction.bankId()));
                continue;
            }
            for (StatementLine line : SplitTransactions.lines(transaction, notesIn)) {
                lines.add(new Line(line, transaction.bankId()));
            }
        }
        if (firstWithoutRate != null) {
            BankTransaction t = firstWithoutRate;
            throw new BankFileException(t.line(), t.element() == null ? "date" : t.element(), t.bookingDate().toString(),
                    UserText.of("bankfile.why.noRate", t.currency(), ledger.getCurrencyCode(), t.bookingDate().toString()));
        }
        return lines;
    }

    private static java.util.Optional<Currency> currencyOf(BankTransaction t) {
        try {
            return java.util.Optional.of(ForeignAmount.currency(t.currency()));
        } catch (InvalidInputException unknown) {
            return java.util.Optional.empty();
        }
    }

    /** A transaction in another currency with its rate: the statement line in the ledger's currency, with the amount as paid. */
    private static StatementLine foreign(BankTransaction t, Currency ledger, Texts notesIn) {
        ForeignAmount paid;
        try {
            paid = ForeignAmount.atRate(ForeignAmount.currency(t.currency()), t.amount().abs(), t.rate());
        } catch (InvalidInputException bad) {
            return reject(t, "amount", t.amount().toPlainString(), bad.explanation());
        }
        return inLedgerCurrency(t, ledger, paid, paid.ledgerAmount(ledger), null, notesIn);
    }

    /** A line of an account in another currency, at the rate table's rate for its booking date. */
    private static StatementLine atTableRate(BankTransaction t, Currency ledger, BigDecimal rate, Texts notesIn) {
        ForeignAmount paid;
        try {
            paid = ForeignAmount.atRate(ForeignAmount.currency(t.currency()), t.amount().abs(), rate);
        } catch (InvalidInputException bad) {
            return reject(t, "amount", t.amount().toPlainString(), bad.explanation());
        }
        // An amount instructed in a third currency cannot be the entry's too: it stays readable in the notes.
        String instructed = t.original() == null || t.original().currency().equals(t.currency()) ? null
                : notesIn.of(UserText.of("bankfile.notes.original", t.original().amount().toPlainString(), t.original().currency()));
        return inLedgerCurrency(t, ledger, paid, paid.ledgerAmount(ledger), instructed, notesIn);
    }

    /** Paid from an account in another currency for an amount in the ledger's: as paid from the account, at what it came to. */
    private static StatementLine paidFromAccount(BankTransaction t, Currency ledger, Texts notesIn) {
        ForeignAmount paid;
        try {
            BigDecimal ledgerAmount = t.original().amount().setScale(Money.SCALE, RoundingMode.UNNECESSARY);
            paid = ForeignAmount.withLedgerAmount(ForeignAmount.currency(t.currency()), t.amount().abs(), ledgerAmount);
        } catch (InvalidInputException | ArithmeticException bad) {
            return reject(t, "amount", t.original().amount().toPlainString(), bad instanceof InvalidInputException e ? e.explanation()
                    : UserText.of("problem.line.decimals"));
        }
        return inLedgerCurrency(t, ledger, paid, t.original().amount().setScale(Money.SCALE, RoundingMode.UNNECESSARY), null, notesIn);
    }

    /** A purchase in another currency booked in the ledger's: the booked amount, with the amount as paid beside it. */
    private static StatementLine booked(BankTransaction t, Currency ledger, Texts notesIn) {
        BankTransaction.Original original = t.original();
        StatementLine plain = statementLine(t, true, notesIn);
        if (plain instanceof StatementLine.Rejected) {
            return plain;
        }
        ForeignAmount paid;
        try {
            paid = BookedRate.paid(ForeignAmount.currency(original.currency()), original.amount(), t.amount().abs(), ledger,
                    original.bankRate(), original.unitCurrency());
        } catch (InvalidInputException bad) {
            return reject(t, "amount", original.amount().toPlainString() + " " + original.currency(), bad.explanation());
        }
        return withPaid(plain, paid);
    }

    private static StatementLine inLedgerCurrency(BankTransaction t, Currency ledger, ForeignAmount paid, BigDecimal ledgerAmount,
                                                  String extraNote, Texts notesIn) {
        String memo = extraNote == null ? t.memo() : t.memo() == null ? extraNote : t.memo() + "\n" + extraNote;
        StatementLine line = statementLine(new BankTransaction(t.bookingDate(), t.valueDate(),
                t.amount().signum() < 0 ? ledgerAmount.negate() : ledgerAmount, t.payee(), memo, t.bankId(), ledger.getCurrencyCode(),
                t.line(), t.element(), t.splits(), null, null, null, t.category(), t.transfer(), t.reversal()), true, notesIn);
        return withPaid(line, paid);
    }

    private static StatementLine withPaid(StatementLine line, ForeignAmount paid) {
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
        return statementLine(t, true, Texts.english());
    }

    /**
     * @param splitsInNotes whether the parts of a split payment are listed in its notes (they are not when it becomes a split)
     * @param notesIn       the language of the notes written
     */
    static StatementLine statementLine(BankTransaction t, boolean splitsInNotes, Texts notesIn) {
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
        if (t.category() != null && t.category().length() > Category.NAME_MAX) {
            return reject(t, "L", t.category(), UserText.of("problem.line.tooLong", Category.NAME_MAX));
        }
        String notes = notes(t, description, splitsInNotes, notesIn);
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
        return new StatementLine.Spending(t.line(), t.bookingDate(), description, exact, t.category(), notes);
    }

    /** Money coming in: the one place that builds it (see COMMON: entry kinds). */
    private static StatementLine incoming(BankTransaction t, String description, BigDecimal amount, String notes) {
        return new StatementLine.Incoming(t.line(), t.bookingDate(), description, amount, t.category(), notes);
    }

    /**
     * The memo (when the payee is the description), the value date, a reversal, a transfer's account and the split
     * parts, one to a line. Saved with the entry, so written in the ledger's language ({@code notesIn}), not the
     * window's: a ledger shared by people of two languages keeps one.
     */
    static String notes(BankTransaction t, String description, boolean splitsInNotes, Texts notesIn) {
        List<String> notes = new ArrayList<>();
        if (t.memo() != null && !t.memo().equals(description)) {
            notes.add(t.memo());
        }
        if (t.valueDate() != null) {
            notes.add(notesIn.of(UserText.of("bankfile.notes.valueDate", t.valueDate().toString())));
        }
        if (t.reversal()) {
            notes.add(notesIn.get("bankfile.notes.reversal"));
        }
        if (t.transfer() != null) {
            notes.add(notesIn.of(UserText.of("bankfile.notes.transfer", t.transfer())));
        }
        if (splitsInNotes && !t.splits().isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (BankTransaction.SplitPart part : t.splits()) {
                String name = part.category() == null ? "" : part.category() + " ";
                // shown as the payment is: a spending's parts above zero, a part the other way round below
                BigDecimal shown = t.amount().signum() < 0 ? part.amount().negate() : part.amount();
                parts.add(name + shown.toPlainString() + (part.memo() == null ? "" : " (" + part.memo() + ")"));
            }
            notes.add(notesIn.of(UserText.of("bankfile.notes.split", String.join("; ", parts))));
        }
        return notes.isEmpty() ? null : String.join("\n", notes);
    }

    private static StatementLine.Rejected reject(BankTransaction t, String field, String value, UserText why) {
        String where = t.element() == null ? field : t.element() + " " + field;
        return new StatementLine.Rejected(t.line(), where, BankFileException.shorten(value), why);
    }
}
