package app.outlay.bankfiles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One transaction of a bank file, as the file says it, whatever the format: the common record every reader produces.
 *
 * @param bookingDate the day the bank booked it (the date Outlay uses)
 * @param valueDate   the value (or transaction) date where the file has a different one, else null
 * @param amount      signed and exact: below zero is money going out
 * @param payee       the counterparty (OFX NAME, QIF P, CAMT creditor/debtor name, MT940 ?32/?33), or null
 * @param memo        what the payment was for (OFX MEMO, QIF M, CAMT Ustrd, MT940 purpose), or null
 * @param bankId      the bank's own id of the transaction (OFX FITID, CAMT AcctSvcrRef…, MT940 reference), or null
 * @param currency    the statement's ISO 4217 currency, or null where the format has none (QIF)
 * @param line        the line in the file where the transaction starts, for messages
 * @param element     where in the file's structure (e.g. {@code Stmt[1]/Ntry[3]}), or null for line formats
 * @param splits      the parts of a split payment (QIF S/$), empty when it is not split
 * @param rate        for a transaction in another currency than the statement's: units of {@code rateCurrency} per
 *                    unit of {@code currency}, as the file states it (OFX CURRENCY/CURRATE), else null (issue 22)
 * @param rateCurrency the currency {@code rate} converts into (the statement's, OFX CURDEF), or null
 * @param category    the category the file gives a payment that is not split (QIF L), or null
 * @param transfer    the account a QIF transfer names ({@code L[Savings]}: no category), or null
 * @param reversal    true when the bank books this as the reversal of an earlier entry (CAMT RvslInd, MT940 RC/RD);
 *                    the amount's sign is already the direction of this booking
 */
public record BankTransaction(LocalDate bookingDate, LocalDate valueDate, BigDecimal amount, String payee, String memo,
                              String bankId, String currency, long line, String element, List<SplitPart> splits,
                              BigDecimal rate, String rateCurrency, String category, String transfer, boolean reversal) {

    /** A transaction with the rate the file states for it (see {@link #rate}). */
    public BankTransaction(LocalDate bookingDate, LocalDate valueDate, BigDecimal amount, String payee, String memo,
                           String bankId, String currency, long line, String element, List<SplitPart> splits,
                           BigDecimal rate, String rateCurrency) {
        this(bookingDate, valueDate, amount, payee, memo, bankId, currency, line, element, splits, rate, rateCurrency,
                null, null, false);
    }

    /** A transaction in the statement's currency (or one whose rate the file does not say). */
    public BankTransaction(LocalDate bookingDate, LocalDate valueDate, BigDecimal amount, String payee, String memo,
                           String bankId, String currency, long line, String element, List<SplitPart> splits) {
        this(bookingDate, valueDate, amount, payee, memo, bankId, currency, line, element, splits, null, null);
    }

    public BankTransaction {
        Objects.requireNonNull(bookingDate, "bookingDate");
        Objects.requireNonNull(amount, "amount");
        valueDate = bookingDate.equals(valueDate) ? null : valueDate;
        payee = blankToNull(payee);
        memo = blankToNull(memo);
        bankId = blankToNull(bankId);
        splits = List.copyOf(splits);
        category = blankToNull(category);
        transfer = blankToNull(transfer);
    }

    /** This transaction with the category (QIF L) and transfer account the file gives it. */
    public BankTransaction withCategory(String newCategory, String newTransfer) {
        return new BankTransaction(bookingDate, valueDate, amount, payee, memo, bankId, currency, line, element, splits,
                rate, rateCurrency, newCategory, newTransfer, reversal);
    }

    /** This transaction marked as the reversal of an earlier one (its amount stays as it is). */
    public BankTransaction asReversal() {
        return new BankTransaction(bookingDate, valueDate, amount, payee, memo, bankId, currency, line, element, splits,
                rate, rateCurrency, category, transfer, true);
    }

    /** One part of a split payment: its category (QIF S), memo (E) and signed amount ($). */
    public record SplitPart(String category, String memo, BigDecimal amount) {
        public SplitPart {
            category = blankToNull(category);
            memo = blankToNull(memo);
            Objects.requireNonNull(amount, "amount");
        }
    }

    /** {@code line 12} or {@code line 40, Stmt[1]/Ntry[3]}: where to look in the file. */
    public String position() {
        return element == null ? "line " + line : "line " + line + ", " + element;
    }

    static String blankToNull(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip().replaceAll("\\s+", " ");
        return stripped.isEmpty() ? null : stripped;
    }
}
