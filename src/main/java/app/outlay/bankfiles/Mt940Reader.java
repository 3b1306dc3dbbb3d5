package app.outlay.bankfiles;

import app.outlay.text.UserText;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SWIFT MT940 customer statements, one or several per file, with or without the SWIFT envelope ({@code {1:…}{4:}).
 * A {@code :61:} line gives value date, optional booking date, mark ({@code C}, {@code D}, reversals {@code RC},
 * {@code RD}), amount with a decimal comma and references; the {@code :86:} after it the details, read by
 * {@link Mt940Details}. Each statement's opening balance ({@code :60F:}) plus its lines must make its closing
 * balance ({@code :62F:}): a statement that was cut off or damaged does not add up and is refused.
 */
final class Mt940Reader {

    private static final Pattern FIELD = Pattern.compile("^:(\\d{2}[A-Z]?):(.*)$", Pattern.DOTALL);
    private static final Pattern BALANCE = Pattern.compile("([CD])(\\d{6})([A-Z]{3})(\\d{1,15},\\d{0,2})\\s*");
    private static final Pattern LINE = Pattern.compile(
            "(\\d{6})(\\d{4})?(RC|RD|C|D)([A-Z])?(\\d{1,15},\\d{0,2})([NSF][A-Z0-9]{3})([^\\n]*?)(?://([^\\n]*))?(?:\\n(.*))?",
            Pattern.DOTALL);

    /** A field ({@code :61:} and its text, continuation lines joined with newlines) and the line it starts on. */
    private record Field(String tag, String value, long line) {
    }

    /** The statement being read. */
    private static final class Statement {
        final long line;
        String currency;
        BigDecimal balance;
        final List<Pending> lines = new ArrayList<>();

        Statement(long line) {
            this.line = line;
        }
    }

    /** A {@code :61:} read, waiting for its {@code :86:}. */
    private record Pending(Field field, LocalDate booked, LocalDate value, BigDecimal amount, String bankId, String supplementary) {
    }

    private Mt940Reader() {
    }

    static List<BankTransaction> read(String text) {
        List<BankTransaction> transactions = new ArrayList<>();
        Statement statement = null;
        Pending pending = null;
        for (Field field : fields(BankFiles.lines(text))) {
            switch (field.tag()) {
                case "20" -> {
                    if (statement != null) {
                        throw new BankFileException(statement.line, ":20:", "", UserText.of("bankfile.why.mtNoClosing", String.valueOf(field.line())));
                    }
                    statement = new Statement(field.line());
                    pending = null;
                }
                case "60F", "60M" -> {
                    Statement s = require(statement, field);
                    Matcher m = balance(field);
                    s.currency = m.group(3);
                    s.balance = signed(m.group(1), m.group(4));
                }
                case "61" -> {
                    Statement s = require(statement, field);
                    if (s.balance == null) {
                        throw new BankFileException(field.line(), ":60F:", "", UserText.of("bankfile.why.missing"));
                    }
                    pending = statementLine(field);
                    s.lines.add(pending);
                    transactions.add(transaction(pending, null, s.currency));
                }
                case "86" -> {
                    if (pending != null && statement != null) {
                        // the details belong to the line just read: replace its transaction with the full one
                        transactions.set(transactions.size() - 1, transaction(pending, field, statement.currency));
                        pending = null;
                    }
                }
                case "62F", "62M" -> {
                    Statement s = require(statement, field);
                    Matcher m = balance(field);
                    BigDecimal closing = signed(m.group(1), m.group(4));
                    BigDecimal computed = s.lines.stream().map(Pending::amount).reduce(s.balance == null ? BigDecimal.ZERO : s.balance, BigDecimal::add);
                    if (computed.compareTo(closing) != 0) {
                        throw new BankFileException(field.line(), ":" + field.tag() + ":", field.value(),
                                UserText.of("bankfile.why.mtBalance", computed.toPlainString()));
                    }
                    statement = null;
                    pending = null;
                }
                default -> pending = field.tag().equals("86") ? pending : null; // :25:, :28C:, :64:, :65:…
            }
        }
        if (statement != null) {
            throw new BankFileException(statement.line, ":20:", "", UserText.of("bankfile.why.truncated"));
        }
        return transactions;
    }

    /** The file's fields; envelope lines ({@code {1:…}}, {@code -}}) and separators end a field. */
    private static List<Field> fields(List<String> lines) {
        List<Field> fields = new ArrayList<>();
        String tag = null;
        StringBuilder value = new StringBuilder();
        long start = 0;
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : null;
            boolean envelope = line != null && (line.startsWith("{") || line.strip().equals("-") || line.strip().equals("-}")
                    || line.isBlank());
            Matcher m = line == null ? null : FIELD.matcher(line);
            boolean starts = m != null && m.matches();
            if ((line == null || envelope || starts) && tag != null) {
                fields.add(new Field(tag, value.toString(), start));
                tag = null;
            }
            if (starts) {
                tag = m.group(1);
                value.setLength(0);
                value.append(m.group(2));
                start = i + 1;
            } else if (line != null && !envelope) {
                if (tag == null) {
                    throw new BankFileException(i + 1, "", line, UserText.of("bankfile.why.mtNoField"));
                }
                value.append('\n').append(line);
            }
        }
        return fields;
    }

    private static Statement require(Statement statement, Field field) {
        if (statement == null) {
            throw new BankFileException(field.line(), ":" + field.tag() + ":", field.value(), UserText.of("bankfile.why.mtOutside"));
        }
        return statement;
    }

    private static Matcher balance(Field field) {
        Matcher m = BALANCE.matcher(field.value());
        if (!m.matches()) {
            throw new BankFileException(field.line(), ":" + field.tag() + ":", field.value(), UserText.of("bankfile.why.mtBalanceFormat"));
        }
        return m;
    }

    private static BigDecimal signed(String mark, String amount) {
        BigDecimal value = new BigDecimal(amount.endsWith(",") ? amount.substring(0, amount.length() - 1) : amount.replace(',', '.'));
        return mark.equals("D") ? value.negate() : value;
    }

    private static Pending statementLine(Field field) {
        Matcher m = LINE.matcher(field.value());
        if (!m.matches()) {
            throw new BankFileException(field.line(), ":61:", field.value(), UserText.of("bankfile.why.mtLine"));
        }
        LocalDate value = date(field, m.group(1));
        LocalDate booked = m.group(2) == null ? value : bookingDate(field, value, m.group(2));
        String mark = m.group(3);
        BigDecimal amount = signed("D", m.group(5)).negate(); // the amount as written, positive
        if (mark.equals("D") || mark.equals("RC")) {
            amount = amount.negate(); // a debit, or the reversal of a credit, takes money out
        }
        return new Pending(field, booked, value, amount, reference(m.group(8), m.group(7)), m.group(9));
    }

    /** The bank's reference (after {@code //}), else the account owner's, unless it is a placeholder. */
    private static String reference(String bank, String owner) {
        for (String candidate : new String[] {bank, owner}) {
            String ref = candidate == null ? "" : candidate.strip();
            if (!ref.isEmpty() && !ref.equalsIgnoreCase("NONREF") && !ref.equalsIgnoreCase("NOTPROVIDED")) {
                return ref;
            }
        }
        return null;
    }

    private static LocalDate date(Field field, String yymmdd) {
        try {
            int yy = Integer.parseInt(yymmdd.substring(0, 2));
            return LocalDate.of(yy < 80 ? 2000 + yy : 1900 + yy, Integer.parseInt(yymmdd.substring(2, 4)),
                    Integer.parseInt(yymmdd.substring(4, 6)));
        } catch (DateTimeException noSuchDay) {
            throw new BankFileException(field.line(), ":61:", yymmdd, UserText.of("bankfile.why.date", "YYMMDD"));
        }
    }

    /** The booking date's MMDD in the year that puts it nearest the value date (a statement spans New Year). */
    private static LocalDate bookingDate(Field field, LocalDate value, String mmdd) {
        try {
            LocalDate sameYear = LocalDate.of(value.getYear(), Integer.parseInt(mmdd.substring(0, 2)), Integer.parseInt(mmdd.substring(2, 4)));
            if (sameYear.isAfter(value.plusMonths(6))) {
                return sameYear.minusYears(1);
            }
            if (sameYear.isBefore(value.minusMonths(6))) {
                return sameYear.plusYears(1);
            }
            return sameYear;
        } catch (DateTimeException noSuchDay) {
            throw new BankFileException(field.line(), ":61:", mmdd, UserText.of("bankfile.why.date", "MMDD"));
        }
    }

    private static BankTransaction transaction(Pending line, Field details, String currency) {
        Mt940Details read = details == null ? Mt940Details.NONE : Mt940Details.read(details.value());
        // The original amount of a line in another currency: :61:'s supplementary details (SWIFT), else what :86: says.
        BankTransaction.Original original = Mt940Details.original(line.supplementary());
        if (original == null) {
            original = read.original();
        }
        if (original != null && (original.currency().equals(currency) || original.amount().signum() <= 0)) {
            original = null;
        }
        BankTransaction transaction = new BankTransaction(line.booked(), line.value(), line.amount(), read.payee(), read.memo(),
                line.bankId(), currency, line.field().line(), null, List.of()).withOriginal(original);
        return reversal(line.field()) ? transaction.asReversal() : transaction;
    }

    /** A {@code :61:} marked RC or RD: the reversal of an earlier credit or debit (its sign is already this booking's). */
    private static boolean reversal(Field field) {
        Matcher m = LINE.matcher(field.value());
        return m.matches() && m.group(3).startsWith("R");
    }
}
