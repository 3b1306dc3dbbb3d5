package app.outlay.bankfiles;

import app.outlay.text.UserText;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * OFX and QFX, both generations, with one small tag reader: 1.x is SGML whose elements ({@code <TRNAMT>-12.50})
 * have no closing tags while aggregates ({@code <STMTTRN>…</STMTTRN>}) do; 2.x is the same as XML. No XML parser
 * is used, so there are no entities to expand and no external files to fetch; a DOCTYPE is refused all the same.
 * Reads the {@code STMTTRN}s of bank and credit-card statements ({@code STMTRS}, {@code CCSTMTRS}) with their
 * statement's {@code CURDEF}.
 * <p>
 * A FITID is unique within an account (OFX 2.x, 3.2.1), so one the same account uses twice in a file is either one
 * transaction listed twice (same date, amount, name and memo: the second is left out and counted) or a damaged file
 * (anything differs: refused, naming both lines, since either could be the one the id belongs to and the duplicate
 * check of later statements goes by that id).
 */
final class OfxReader {

    private static final Pattern AMOUNT = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern DATE = Pattern.compile("(\\d{8}).*", Pattern.DOTALL);

    /** An aggregate still open, with the line it opened on. */
    private record Open(String name, long line) {
    }

    private final String text;
    private int at;
    private long line = 1;
    private final Deque<Open> open = new ArrayDeque<>();
    private final List<BankTransaction> transactions = new ArrayList<>();
    private String currency;
    /** The account of the statement being read (ACCTID), "" until it is named. */
    private String account = "";
    /** Each account's FITIDs read so far, with their transactions (see the class comment). */
    private final Map<String, BankTransaction> byFitid = new HashMap<>();
    private long repeated;
    /** The fields of the STMTTRN being read (by name; CURSYM by its aggregate), or null outside one. */
    private Map<String, String> fields;
    private Map<String, Long> fieldLines;
    private long transactionLine;
    private String lastLeaf;

    private OfxReader(String text) {
        this.text = text;
    }

    static List<BankTransaction> read(byte[] bytes) {
        return statement(bytes).transactions();
    }

    /** The transactions, and how many were listed twice with the same FITID ({@link BankStatement#repeated}). */
    static BankStatement statement(byte[] bytes) {
        String text = BankFiles.text(bytes, StandardCharsets.UTF_8);
        OfxReader reader = new OfxReader(text);
        int root = text.toUpperCase(Locale.ROOT).indexOf("<OFX>");
        if (root < 0) {
            throw new BankFileException(1, "<OFX>", BankFileException.shorten(text.lines().findFirst().orElse("")),
                    UserText.of("bankfile.why.missing"));
        }
        int declaration = text.substring(0, root).indexOf("<!");
        if (declaration >= 0) {
            reader.skipTo(declaration);
            throw new BankFileException(reader.line, "<!DOCTYPE", BankFileException.shorten(text.substring(declaration, Math.min(root, declaration + 60))),
                    UserText.of("bankfile.why.dtd"));
        }
        reader.skipTo(root);
        reader.readTags();
        return new BankStatement(reader.transactions, 0, reader.repeated);
    }

    private void skipTo(int index) {
        for (; at < index; at++) {
            if (text.charAt(at) == '\n') {
                line++;
            }
        }
    }

    private void readTags() {
        boolean sawRoot = false;
        while (at < text.length()) {
            int lt = text.indexOf('<', at);
            if (lt < 0) {
                skipTo(text.length());
                break;
            }
            skipTo(lt);
            if (text.startsWith("<!--", at)) {
                skipPast("-->");
                continue;
            }
            if (text.startsWith("<?", at)) {
                skipPast("?>");
                continue;
            }
            if (text.startsWith("<!", at)) {
                throw new BankFileException(line, "<!DOCTYPE", BankFileException.shorten(text.substring(at, Math.min(text.length(), at + 60))),
                        UserText.of("bankfile.why.dtd"));
            }
            int gt = text.indexOf('>', at);
            if (gt < 0) {
                throw truncated();
            }
            long tagLine = line;
            String tag = text.substring(at + 1, gt).strip();
            skipTo(gt + 1);
            int next = text.indexOf('<', at);
            String value = text.substring(at, next < 0 ? text.length() : next);
            if (tag.startsWith("/")) {
                close(tag.substring(1).strip().toUpperCase(Locale.ROOT), tagLine);
            } else if (tag.endsWith("/")) {
                leaf(tag.substring(0, tag.length() - 1).strip().toUpperCase(Locale.ROOT), "", tagLine);
            } else {
                String name = tag.split("\\s", 2)[0].toUpperCase(Locale.ROOT);
                sawRoot |= name.equals("OFX");
                if (value.isBlank()) {
                    openAggregate(name, tagLine);
                } else {
                    leaf(name, value, tagLine);
                }
            }
        }
        if (!open.isEmpty()) {
            throw truncated();
        }
        if (!sawRoot) {
            throw new BankFileException(line, "<OFX>", "", UserText.of("bankfile.why.missing"));
        }
    }

    private void skipPast(String end) {
        int found = text.indexOf(end, at);
        if (found < 0) {
            throw truncated();
        }
        skipTo(found + end.length());
    }

    private BankFileException truncated() {
        Open innermost = open.peek();
        return innermost == null
                ? new BankFileException(line, "<", "", UserText.of("bankfile.why.truncated"))
                : new BankFileException(innermost.line(), "<" + innermost.name() + ">", "", UserText.of("bankfile.why.truncated"));
    }

    private void openAggregate(String name, long tagLine) {
        if (name.equals("STMTTRN")) {
            if (fields != null) {
                throw new BankFileException(transactionLine, "<STMTTRN>", "", UserText.of("bankfile.why.notClosed", String.valueOf(tagLine)));
            }
            fields = new HashMap<>();
            fieldLines = new HashMap<>();
            transactionLine = tagLine;
        } else if (name.equals("STMTRS") || name.equals("CCSTMTRS")) {
            currency = null;
            account = "";
        }
        open.push(new Open(name, tagLine));
    }

    /**
     * Closes {@code name} and any element between: in SGML an empty element ({@code <MEMO>} and nothing) looks like
     * an aggregate and is closed with its parent. A statement transaction must be closed by its own tag.
     */
    private void close(String name, long tagLine) {
        if (open.stream().noneMatch(o -> o.name().equals(name))) {
            if (name.equals(lastLeaf)) {
                return; // 2.x: </NAME> after <NAME>value
            }
            throw new BankFileException(tagLine, "</" + name + ">", "", UserText.of("bankfile.why.notOpened"));
        }
        while (true) {
            Open top = open.pop();
            if (top.name().equals(name)) {
                if (name.equals("STMTTRN")) {
                    BankTransaction transaction = transaction();
                    if (firstWithItsId(transaction)) {
                        transactions.add(transaction);
                    }
                    fields = null;
                }
                return;
            }
            if (top.name().equals("STMTTRN") || top.name().equals("BANKTRANLIST")) {
                throw new BankFileException(top.line(), "<" + top.name() + ">", "", UserText.of("bankfile.why.notClosed", String.valueOf(tagLine)));
            }
        }
    }

    private void leaf(String name, String value, long tagLine) {
        lastLeaf = name;
        if (value.length() > BankFiles.MAX_LINE) {
            throw new BankFileException(tagLine, name, value, UserText.of("bankfile.why.tooLong",
                    String.valueOf(value.length()), String.valueOf(BankFiles.MAX_LINE)));
        }
        String decoded = decode(value).strip();
        if (fields != null) {
            String parent = open.isEmpty() ? "" : open.peek().name();
            String key = name.equals("CURSYM") || name.equals("CURRATE") ? parent + "." + name : name;
            if (!fields.containsKey(key)) {
                fields.put(key, decoded);
                fieldLines.put(key, tagLine);
            }
        } else if (name.equals("CURDEF")) {
            currency = decoded.toUpperCase(Locale.ROOT);
        } else if (name.equals("ACCTID")) {
            account = decoded;
        }
    }

    /**
     * True for a transaction whose FITID its account has not used yet in this file (or that has none); false for the
     * same transaction listed again. Another transaction under a FITID already used refuses the file.
     */
    private boolean firstWithItsId(BankTransaction transaction) {
        if (transaction.bankId() == null) {
            return true;
        }
        BankTransaction first = byFitid.putIfAbsent(account + "\u0000" + transaction.bankId(), transaction);
        if (first == null) {
            return true;
        }
        if (first.bookingDate().equals(transaction.bookingDate()) && first.amount().compareTo(transaction.amount()) == 0
                && java.util.Objects.equals(first.payee(), transaction.payee()) && java.util.Objects.equals(first.memo(), transaction.memo())) {
            repeated++;
            return false;
        }
        throw new BankFileException(transaction.line(), "FITID", transaction.bankId(),
                UserText.of("bankfile.why.fitidRepeated", String.valueOf(first.line())));
    }

    private BankTransaction transaction() {
        LocalDate posted = date("DTPOSTED", true);
        LocalDate user = date("DTUSER", false);
        LocalDate available = date("DTAVAIL", false);
        String amountText = fields.get("TRNAMT");
        if (amountText == null || amountText.isEmpty()) {
            throw new BankFileException(transactionLine, "TRNAMT", "", UserText.of("bankfile.why.missing"));
        }
        String plain = amountText.indexOf('.') < 0 ? amountText.replace(',', '.') : amountText;
        if (!AMOUNT.matcher(plain).matches()) {
            throw new BankFileException(fieldLines.get("TRNAMT"), "TRNAMT", amountText, UserText.of("bankfile.why.amount"));
        }
        String currencyOfLine = fields.getOrDefault("CURRENCY.CURSYM", currency);
        // <CURRENCY>: TRNAMT is in CURSYM, and CURRATE turns it into the statement's CURDEF (issue 22). (<ORIGCURRENCY>
        // says TRNAMT is in CURDEF already: such a line is the statement's currency.)
        BigDecimal rate = null;
        String rateText = fields.get("CURRENCY.CURRATE");
        if (fields.containsKey("CURRENCY.CURSYM") && rateText != null && !rateText.isEmpty()) {
            String plainRate = rateText.indexOf('.') < 0 ? rateText.replace(',', '.') : rateText;
            if (!AMOUNT.matcher(plainRate).matches() || new BigDecimal(plainRate).signum() <= 0) {
                throw new BankFileException(fieldLines.get("CURRENCY.CURRATE"), "CURRATE", rateText, UserText.of("bankfile.why.amount"));
            }
            rate = new BigDecimal(plainRate);
        }
        return new BankTransaction(posted, user != null ? user : available, new BigDecimal(plain.startsWith("+") ? plain.substring(1) : plain),
                fields.get("NAME"), fields.get("MEMO"), fields.get("FITID"), currencyOfLine, transactionLine, null, List.of(),
                rate, rate == null ? null : currency);
    }

    /** {@code YYYYMMDD[HHMMSS[.XXX]][[-5:EST]]}: the day as the bank wrote it, whatever its time zone. */
    private LocalDate date(String field, boolean required) {
        String value = fields.get(field);
        if (value == null || value.isEmpty()) {
            if (required) {
                throw new BankFileException(transactionLine, field, "", UserText.of("bankfile.why.missing"));
            }
            return null;
        }
        var m = DATE.matcher(value);
        try {
            if (m.matches()) {
                String digits = m.group(1);
                return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                        Integer.parseInt(digits.substring(6, 8)));
            }
        } catch (DateTimeException noSuchDay) {
            // the message below
        }
        throw new BankFileException(fieldLines.get(field), field, value, UserText.of("bankfile.why.date", "YYYYMMDD"));
    }

    /** XML's five named entities and numeric ones; an {@code &} that is none of them stays as it is (SGML files). */
    private static String decode(String value) {
        if (value.indexOf('&') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            int semicolon = c == '&' ? value.indexOf(';', i) : -1;
            if (semicolon > i && semicolon - i <= 8) {
                String entity = value.substring(i + 1, semicolon);
                String replaced = switch (entity) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    default -> numeric(entity);
                };
                if (replaced != null) {
                    out.append(replaced);
                    i = semicolon;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String numeric(String entity) {
        try {
            if (entity.startsWith("#x") || entity.startsWith("#X")) {
                return Character.toString(Integer.parseInt(entity.substring(2), 16));
            }
            if (entity.startsWith("#")) {
                return Character.toString(Integer.parseInt(entity.substring(1)));
            }
        } catch (IllegalArgumentException notACharacter) {
            // left as written
        }
        return null;
    }
}
