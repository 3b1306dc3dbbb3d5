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
 * @param original    for a purchase in another currency that the bank booked in the statement's (CAMT InstdAmt,
 *                    MT940 /OCMT/): the amount as instructed, else null (issue 22)
 * @param category    the category the file gives a payment that is not split (QIF L), or null
 * @param transfer    the account a QIF transfer names ({@code L[Savings]}: no category), or null
 * @param reversal    true when the bank books this as the reversal of an earlier entry (CAMT RvslInd, MT940 RC/RD);
 *                    the amount's sign is already the direction of this booking
 */
public record BankTransaction(LocalDate bookingDate, LocalDate valueDate, BigDecimal amount, String payee, String memo,
                              String bankId, String currency, long line, String element, List<SplitPart> splits,
                              BigDecimal rate, String rateCurrency, Original original, String category, String transfer,
                              boolean reversal) {

    /** A transaction with the amount as instructed in another currency (see {@link #original}). */
    public BankTransaction(LocalDate bookingDate, LocalDate valueDate, BigDecimal amount, String payee, String memo,
                           String bankId, String currency, long line, String element, List<SplitPart> splits,
                           BigDecimal rate, String rateCurrency, Original original) {
        this(bookingDate, valueDate, amount, payee, memo, bankId, currency, line, element, splits, rate, rateCurrency,
                original, null, null, false);
    }

    /** A transaction in the statement's currency (or one whose rate the file does not say). */
    public BankTransaction(LocalDate bookingDate, LocalDate valueDate, BigDecimal amount, String payee, String memo,
                           String bankId, String currency, long line, String element, List<SplitPart> splits) {
        this(bookingDate, valueDate, amount, payee, memo, bankId, currency, line, element, splits, null, null, null);
    }

    /** A transaction in another currency at the rate the file states (OFX CURRENCY). */
    public BankTransaction(LocalDate bookingDate, LocalDate valueDate, BigDecimal amount, String payee, String memo,
                           String bankId, String currency, long line, String element, List<SplitPart> splits,
                           BigDecimal rate, String rateCurrency) {
        this(bookingDate, valueDate, amount, payee, memo, bankId, currency, line, element, splits, rate, rateCurrency, null);
    }

    /**
     * The amount as instructed in another currency than the one the bank booked it in: its currency (ISO code, as
     * written), the amount (above zero) and, where the file states it, the bank's exchange rate. Which way round that
     * rate goes is not always written: {@code unitCurrency} is the currency of which it gives one unit (CAMT
     * {@code UnitCcy}) or null when the file does not say (see {@link BookedRate}).
     */
    public record Original(String currency, BigDecimal amount, BigDecimal bankRate, String unitCurrency) {
        public Original {
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(amount, "amount");
        }
    }

    /** The same transaction with the amount as instructed (null: none). */
    BankTransaction withOriginal(Original instructed) {
        return new BankTransaction(bookingDate, valueDate, amount, payee, memo, bankId, currency, line, element, splits, rate,
                rateCurrency, instructed, category, transfer, reversal);
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
                rate, rateCurrency, original, newCategory, newTransfer, reversal);
    }

    /** This transaction marked as the reversal of an earlier one (its amount stays as it is). */
    public BankTransaction asReversal() {
        return new BankTransaction(bookingDate, valueDate, amount, payee, memo, bankId, currency, line, element, splits,
                rate, rateCurrency, original, category, transfer, true);
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
