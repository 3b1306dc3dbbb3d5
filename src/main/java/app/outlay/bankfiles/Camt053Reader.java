package app.outlay.bankfiles;

import app.outlay.text.UserText;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * ISO 20022 CAMT.053 bank-to-customer statements (any version of the schema), read with the JDK's StAX parser with
 * DTDs and external entities switched off; a file that declares a DOCTYPE is refused before anything in it is used,
 * so neither entity expansion ("billion laughs") nor a reference to another file can happen.
 * <p>
 * Every statement ({@code Stmt}) of the file is read; an entry ({@code Ntry}) becomes one transaction, or one per
 * {@code TxDtls} when it is a batch whose details each carry an amount (they must add up to the entry's).
 * <p>
 * Only booked entries are read: one whose status ({@code Sts/Cd}, or {@code Sts} before version 8) is pending
 * ({@code PDNG}), information ({@code INFO}) or future ({@code FUTR}) is counted and left out; the bank lists it again
 * once booked. A reversal ({@code RvslInd} true) keeps the direction of its {@code CdtDbtInd}: by the ISO 20022 usage
 * rule that is the direction of the reversing booking itself ("If the CreditDebitIndicator is CRDT and
 * ReversalIndicator is Yes, the original operation was a debit entry"), so a returned direct debit is a credit,
 * money coming back. It is marked as a reversal for the notes.
 */
final class Camt053Reader {

    private static final Pattern AMOUNT = Pattern.compile("\\d+(\\.\\d+)?");
    /** Longer text in a statement is not a bank's: the file is refused rather than held in memory. */
    private static final int MAX_TEXT = 64 * 1024;

    /** One {@code TxDtls} as written. */
    private static final class Details {
        String amount;
        String sign;
        String serviceRef;
        String endToEndId;
        String creditor;
        String debtor;
        final List<String> unstructured = new ArrayList<>();
        String additional;
        long line;
        final Instructed instructed = new Instructed();
    }

    /**
     * {@code AmtDtls}: the amount as instructed ({@code InstdAmt}) where it is in another currency than the one booked,
     * and the bank's exchange rate ({@code CcyXchg}, under InstdAmt, TxAmt or CntrValAmt: the first one written).
     * {@code SrcCcy}/{@code TrgtCcy} say nothing about which way the rate goes (banks write it both ways), so only
     * {@code UnitCcy} is kept: see {@link BookedRate}.
     */
    private static final class Instructed {
        String amount;
        String currency;
        String rate;
        String unit;

        void field(String relative, String value, String amountCurrency) {
            if (!relative.startsWith("AmtDtls/")) {
                return;
            }
            String rest = relative.substring("AmtDtls/".length());
            if (rest.equals("InstdAmt/Amt")) {
                amount = value;
                currency = amountCurrency;
                return;
            }
            int exchange = rest.indexOf("/CcyXchg/");
            if (exchange < 0) {
                return;
            }
            String name = rest.substring(exchange + "/CcyXchg/".length());
            switch (name) {
                case "XchgRate" -> rate = rate == null ? value : rate;
                case "UnitCcy" -> unit = unit == null ? value : unit;
                default -> { }
            }
        }

        /** The amount as instructed, when it is in another currency than {@code booked}; else null. */
        BankTransaction.Original original(String booked, long line, String element) {
            if (amount == null || currency == null || currency.equals(booked)) {
                return null;
            }
            if (!AMOUNT.matcher(amount).matches() || new BigDecimal(amount).signum() <= 0) {
                throw new BankFileException(line, element + "/AmtDtls/InstdAmt/Amt", amount, UserText.of("bankfile.why.amount"));
            }
            BigDecimal bankRate = null;
            if (rate != null) {
                if (!AMOUNT.matcher(rate).matches() || new BigDecimal(rate).signum() <= 0) {
                    throw new BankFileException(line, element + "/AmtDtls/CcyXchg/XchgRate", rate, UserText.of("bankfile.why.amount"));
                }
                bankRate = new BigDecimal(rate);
            }
            return new BankTransaction.Original(currency, new BigDecimal(amount), bankRate, unit);
        }
    }

    /** One {@code Ntry} as written. */
    private static final class Entry {
        final long line;
        final String element;
        String amount;
        String currency;
        String sign;
        String booked;
        String value;
        String serviceRef;
        String entryRef;
        String additional;
        String status;
        boolean reversal;
        final Instructed instructed = new Instructed();
        final List<Details> details = new ArrayList<>();

        Entry(long line, String element) {
            this.line = line;
            this.element = element;
        }
    }

    private final List<BankTransaction> transactions = new ArrayList<>();
    private final Deque<String> path = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private int statements;
    private int entries;
    private String accountCurrency;
    private Entry entry;
    private Details details;
    private String amountCurrency;
    private long notBooked;

    private Camt053Reader() {
    }

    static List<BankTransaction> read(byte[] bytes) {
        return statement(bytes).transactions();
    }

    /** The booked transactions, and how many entries were left out as not booked. */
    static BankStatement statement(byte[] bytes) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        Camt053Reader reader = new Camt053Reader();
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            reader.readAll(xml);
        } catch (XMLStreamException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            String message = e.getMessage() == null ? "" : e.getMessage();
            int cut = message.indexOf("Message: ");
            throw new BankFileException(Math.max(line, 0), "XML", "",
                    UserText.of("bankfile.why.xml", (cut >= 0 ? message.substring(cut + 9) : message).strip()));
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // nothing was held open: the bytes are in memory
                }
            }
        }
        return new BankStatement(reader.transactions, reader.notBooked, 0);
    }

    private void readAll(XMLStreamReader xml) throws XMLStreamException {
        boolean root = true;
        while (xml.hasNext()) {
            int event = xml.next();
            long line = xml.getLocation().getLineNumber();
            switch (event) {
                case XMLStreamConstants.DTD -> throw new BankFileException(line, "<!DOCTYPE", "", UserText.of("bankfile.why.dtd"));
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new BankFileException(line, "&" + xml.getLocalName() + ";", "",
                        UserText.of("bankfile.why.dtd"));
                case XMLStreamConstants.START_ELEMENT -> {
                    String name = xml.getLocalName();
                    if (root && !name.equals("Document")) {
                        throw new BankFileException(line, name, "", UserText.of("bankfile.why.notCamt"));
                    }
                    root = false;
                    start(name, line, xml.getAttributeValue(null, "Ccy"));
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                    if (text.length() + xml.getTextLength() > MAX_TEXT) {
                        throw new BankFileException(line, path.peek(), "", UserText.of("bankfile.why.tooLong",
                                String.valueOf(text.length() + xml.getTextLength()), String.valueOf(MAX_TEXT)));
                    }
                    text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                }
                case XMLStreamConstants.END_ELEMENT -> end();
                default -> { } // comments, processing instructions, whitespace
            }
        }
        if (statements == 0) {
            throw new BankFileException(1, "Stmt", "", UserText.of("bankfile.why.missing"));
        }
    }

    private void start(String name, long line, String currencyAttribute) {
        path.push(name);
        text.setLength(0);
        switch (name) {
            case "Stmt" -> {
                if (inside("BkToCstmrStmt")) {
                    statements++;
                    entries = 0;
                    accountCurrency = null;
                }
            }
            case "Ntry" -> {
                entries++;
                entry = new Entry(line, "Stmt[" + statements + "]/Ntry[" + entries + "]");
            }
            case "TxDtls" -> {
                if (entry != null) {
                    details = new Details();
                    details.line = line;
                    entry.details.add(details);
                }
            }
            case "Amt" -> amountCurrency = currencyAttribute;
            default -> { }
        }
    }

    private boolean inside(String parent) {
        var names = path.iterator();
        names.next();
        return names.hasNext() && names.next().equals(parent);
    }

    private void end() {
        String relative = relativePath();
        String value = text.toString().strip();
        text.setLength(0);
        if (details != null) {
            detailsField(relative, value);
        } else if (entry != null) {
            entryField(relative, value);
        } else if (relative.equals("Stmt/Acct/Ccy")) {
            accountCurrency = value;
        }
        String name = path.pop();
        if (name.equals("TxDtls")) {
            details = null;
        } else if (name.equals("Ntry") && entry != null) {
            if (booked(entry)) {
                transactions.addAll(transactions(entry));
            } else {
                notBooked++;
            }
            entry = null;
        }
    }

    /** The open elements from the innermost Ntry or TxDtls (or Stmt) down, e.g. {@code RltdPties/Cdtr/Nm}. */
    private String relativePath() {
        List<String> names = new ArrayList<>();
        for (String name : path) {
            names.add(0, name);
            if (name.equals("TxDtls") || name.equals("Ntry") || name.equals("Stmt")) {
                break;
            }
        }
        names.remove(0);
        return names.isEmpty() ? "" : (entry == null ? "Stmt/" : "") + String.join("/", names);
    }

    private void entryField(String relative, String value) {
        entry.instructed.field(relative, value, amountCurrency);
        switch (relative) {
            case "Amt" -> {
                entry.amount = value;
                entry.currency = amountCurrency;
            }
            case "CdtDbtInd" -> entry.sign = value;
            case "BookgDt/Dt", "BookgDt/DtTm" -> entry.booked = value;
            case "ValDt/Dt", "ValDt/DtTm" -> entry.value = value;
            case "AcctSvcrRef" -> entry.serviceRef = value;
            case "NtryRef" -> entry.entryRef = value;
            case "AddtlNtryInf" -> entry.additional = value;
            case "Sts", "Sts/Cd" -> entry.status = value.isEmpty() ? entry.status : value;
            case "RvslInd" -> entry.reversal = value.equalsIgnoreCase("true") || value.equals("1");
            default -> { }
        }
    }

    /** BOOK, or no status at all (older banks' files): the entry is on the account. */
    private static boolean booked(Entry entry) {
        return entry.status == null || entry.status.equalsIgnoreCase("BOOK");
    }

    private void detailsField(String relative, String value) {
        details.instructed.field(relative, value, amountCurrency);
        switch (relative) {
            case "Amt", "AmtDtls/TxAmt/Amt" -> {
                // a detail's amount in another currency than the entry's is the amount as instructed, not its share
                if (amountCurrency == null || entry == null || entry.currency == null || amountCurrency.equals(entry.currency)) {
                    details.amount = details.amount == null ? value : details.amount;
                }
            }
            case "CdtDbtInd" -> details.sign = value;
            case "Refs/AcctSvcrRef" -> details.serviceRef = value;
            case "Refs/EndToEndId" -> details.endToEndId = value;
            case "RltdPties/Cdtr/Nm", "RltdPties/Cdtr/Pty/Nm" -> details.creditor = value;
            case "RltdPties/Dbtr/Nm", "RltdPties/Dbtr/Pty/Nm" -> details.debtor = value;
            case "RmtInf/Ustrd" -> details.unstructured.add(value);
            case "AddtlTxInf" -> details.additional = value;
            default -> { }
        }
    }

    private List<BankTransaction> transactions(Entry entry) {
        List<BankTransaction> read = bookedTransactions(entry);
        return entry.reversal ? read.stream().map(BankTransaction::asReversal).toList() : read;
    }

    private List<BankTransaction> bookedTransactions(Entry entry) {
        BigDecimal total = signed(entry.amount, entry.sign, entry.line, entry.element);
        LocalDate booked = date(entry.booked, entry.value, entry);
        LocalDate valued = entry.value == null ? null : date(entry.value, null, entry);
        String currency = entry.currency != null ? entry.currency : accountCurrency;
        String entryRef = entry.serviceRef != null ? entry.serviceRef : entry.entryRef;
        boolean itemised = entry.details.size() > 1 && entry.details.stream().allMatch(d -> d.amount != null);
        if (!itemised) {
            Details only = entry.details.size() == 1 ? entry.details.get(0) : null;
            String id = entryRef;
            if (only != null && only.serviceRef != null) {
                id = only.serviceRef;
            } else if (id == null && only != null) {
                id = endToEnd(only);
            }
            String payee = only == null ? null : counterparty(only, total, entry.reversal);
            String memo = only == null ? entry.additional : memo(only, entry.additional);
            if (only == null && !entry.details.isEmpty()) {
                memo = String.join("; ", entry.details.stream().map(d -> memo(d, null)).filter(m -> m != null).toList());
            }
            BankTransaction.Original original = only == null ? null : only.instructed.original(currency, only.line, entry.element + "/TxDtls");
            if (original == null) {
                original = entry.instructed.original(currency, entry.line, entry.element);
            }
            return List.of(new BankTransaction(booked, valued, total, payee, memo, id, currency, entry.line, entry.element, List.of())
                    .withOriginal(original));
        }
        List<BankTransaction> parts = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < entry.details.size(); i++) {
            Details d = entry.details.get(i);
            String element = entry.element + "/TxDtls[" + (i + 1) + "]";
            BigDecimal amount = signed(d.amount, d.sign != null ? d.sign : entry.sign, d.line, element);
            sum = sum.add(amount);
            String id = d.serviceRef != null ? d.serviceRef : entryRef != null ? entryRef + "/" + (i + 1) : endToEnd(d);
            parts.add(new BankTransaction(booked, valued, amount, counterparty(d, amount, entry.reversal), memo(d, entry.additional), id,
                    currency, d.line, element, List.of()).withOriginal(d.instructed.original(currency, d.line, element)));
        }
        if (sum.compareTo(total) != 0) {
            throw new BankFileException(entry.line, entry.element + "/Amt", entry.amount,
                    UserText.of("bankfile.why.batchSum", sum.toPlainString()));
        }
        return parts;
    }

    /** The EndToEndId, unless it is the placeholder SEPA uses when there is none. */
    private static String endToEnd(Details d) {
        return d.endToEndId == null || d.endToEndId.equalsIgnoreCase("NOTPROVIDED") ? null : d.endToEndId;
    }

    /**
     * Who the money went to (a debit's creditor) or came from (a credit's debtor). A reversal keeps the parties of the
     * payment it reverses: a returned direct debit, a credit, names the shop that collected it as the creditor (banks
     * differ here, so a reversal falls back on the other party).
     */
    private static String counterparty(Details d, BigDecimal amount, boolean reversal) {
        String party = amount.signum() < 0 != reversal ? d.creditor : d.debtor;
        if (party == null && reversal) {
            return amount.signum() < 0 ? d.creditor : d.debtor;
        }
        return party;
    }

    private static String memo(Details d, String entryInfo) {
        if (!d.unstructured.isEmpty()) {
            return String.join(" ", d.unstructured);
        }
        return d.additional != null ? d.additional : entryInfo;
    }

    private static BigDecimal signed(String amount, String sign, long line, String element) {
        if (amount == null || amount.isEmpty()) {
            throw new BankFileException(line, element + "/Amt", "", UserText.of("bankfile.why.missing"));
        }
        if (!AMOUNT.matcher(amount).matches()) {
            throw new BankFileException(line, element + "/Amt", amount, UserText.of("bankfile.why.amount"));
        }
        if ("DBIT".equals(sign)) {
            return new BigDecimal(amount).negate();
        }
        if ("CRDT".equals(sign)) {
            return new BigDecimal(amount);
        }
        throw new BankFileException(line, element + "/CdtDbtInd", sign == null ? "" : sign, UserText.of("bankfile.why.sign"));
    }

    /** {@code 2026-01-05} or {@code 2026-01-05T10:15:00+01:00}: the day. Without a booking date, the value date. */
    private static LocalDate date(String written, String fallback, Entry entry) {
        String value = written != null ? written : fallback;
        if (value == null) {
            throw new BankFileException(entry.line, entry.element + "/BookgDt", "", UserText.of("bankfile.why.missing"));
        }
        try {
            if (value.length() >= 10) {
                return LocalDate.parse(value.substring(0, 10));
            }
        } catch (DateTimeException notADate) {
            // the message below
        }
        throw new BankFileException(entry.line, entry.element + "/BookgDt", value, UserText.of("bankfile.why.date", "YYYY-MM-DD"));
    }
}
