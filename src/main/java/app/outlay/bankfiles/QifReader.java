package app.outlay.bankfiles;

import app.outlay.csv.Amounts;
import app.outlay.text.UserText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Quicken Interchange Format: {@code !Type:Bank} (or Cash, CCard, Oth A/L) followed by records of one-letter fields
 * ending in {@code ^}: D date, T/U amount, P payee, M memo, and split lines S category, E memo, $ amount. Lists of
 * accounts, categories, classes and memorised payments are skipped; investment accounts are refused. QIF has no
 * transaction ids and no currency.
 * <p>
 * Categories (L of a payment that is not split, S of a split part) are kept whole, sub-category included
 * ({@code Food:Groceries} stays one name: Outlay's categories have no levels, and the import lets the user map it to
 * one of the ledger's); a class after a slash ({@code Food:Groceries/Holiday}) is not part of it. A transfer names an
 * account in brackets ({@code [Savings]}): it is no category, and the import notes the account instead.
 */
final class QifReader {

    private enum Section { NONE, TRANSACTIONS, SKIPPED }

    /** A record's fields as written, before the file's date order and decimal separator are known. */
    private static final class Record {
        final long line;
        QifDates.Written date;
        String amount;
        long amountLine;
        String exactAmount;
        String payee;
        String memo;
        String category;
        final List<Split> splits = new ArrayList<>();
        Record(long line) {
            this.line = line;
        }
    }

    private QifReader() {
    }

    static List<BankTransaction> read(String text, QifDates.Order order) {
        List<Record> records = records(BankFiles.lines(text));
        List<QifDates.Written> dates = records.stream().map(r -> r.date).toList();
        QifDates.Order dateOrder = QifDates.decide(dates, order);
        char decimal = decimalSeparator(records);
        List<BankTransaction> transactions = new ArrayList<>(records.size());
        for (Record record : records) {
            transactions.add(transaction(record, dateOrder, decimal));
        }
        return transactions;
    }

    private static List<Record> records(List<String> lines) {
        List<Record> records = new ArrayList<>();
        Section section = Section.NONE;
        Record record = null;
        for (int i = 0; i < lines.size(); i++) {
            long number = i + 1;
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("!")) {
                if (record != null) {
                    throw new BankFileException(record.line, "^", "", UserText.of("bankfile.why.qifOpenRecord"));
                }
                section = section(number, line, section);
                continue;
            }
            if (section != Section.TRANSACTIONS) {
                if (section == Section.NONE) {
                    throw new BankFileException(number, "!Type", line, UserText.of("bankfile.why.qifNoType"));
                }
                continue;
            }
            if (line.equals("^")) {
                if (record != null) {
                    records.add(complete(record));
                }
                record = null;
                continue;
            }
            record = record == null ? new Record(number) : record;
            field(record, number, line.charAt(0), line.substring(1));
        }
        if (record != null) {
            throw new BankFileException(record.line, "^", "", UserText.of("bankfile.why.qifOpenRecord"));
        }
        return records;
    }

    private static Section section(long number, String header, Section current) {
        String name = header.toLowerCase(Locale.ROOT).replace(" ", "");
        if (name.startsWith("!option:") || name.startsWith("!clear:")) {
            return current;
        }
        if (name.equals("!type:bank") || name.equals("!type:cash") || name.equals("!type:ccard")
                || name.equals("!type:otha") || name.equals("!type:othl")) {
            return Section.TRANSACTIONS;
        }
        if (name.startsWith("!type:invst")) {
            throw new BankFileException(number, "!Type", header, UserText.of("bankfile.why.qifInvestment"));
        }
        return Section.SKIPPED; // !Account, !Type:Cat, !Type:Class, !Type:Memorized, !Type:Prices…
    }

    private static void field(Record record, long number, char code, String value) {
        switch (code) {
            case 'D' -> record.date = new QifDates.Written(number, value);
            case 'T' -> {
                record.amount = value;
                record.amountLine = number;
            }
            case 'U' -> record.exactAmount = value;
            case 'P' -> record.payee = value;
            case 'M' -> record.memo = value;
            case 'L' -> record.category = value;
            case 'S' -> record.splits.add(new Split(value, number));
            case 'E' -> splitPart(record, number).memo = value;
            case '$' -> {
                Split part = splitPart(record, number);
                part.amount = value;
                part.line = number;
            }
            default -> { } // N number, C cleared, A address, % percentage: not needed
        }
    }

    /** One split line (S, E, $) as written. */
    private static final class Split {
        String category;
        String memo;
        String amount;
        long line;

        Split(String category, long line) {
            this.category = category;
            this.line = line;
        }
    }

    /** The split part an E or $ line belongs to: the last one while it has no amount, else a new one. */
    private static Split splitPart(Record record, long number) {
        Split last = record.splits.isEmpty() ? null : record.splits.get(record.splits.size() - 1);
        if (last == null || last.amount != null) {
            last = new Split(null, number);
            record.splits.add(last);
        }
        return last;
    }

    private static Record complete(Record record) {
        if (record.date == null) {
            throw new BankFileException(record.line, "D", "", UserText.of("bankfile.why.missing"));
        }
        if (record.amount == null && record.exactAmount == null) {
            throw new BankFileException(record.line, "T", "", UserText.of("bankfile.why.missing"));
        }
        if (record.amount == null) {
            record.amount = record.exactAmount;
            record.amountLine = record.line;
        }
        return record;
    }

    /**
     * The decimal separator of the whole file: a comma when some amount ends in a comma and one or two digits
     * ({@code -12,50}), else a point. Decided once, so {@code 1.234} means one thing throughout.
     */
    private static char decimalSeparator(List<Record> records) {
        for (Record record : records) {
            if (record.amount.strip().matches(".*,\\d{1,2}")) {
                return ',';
            }
        }
        return '.';
    }

    private static BankTransaction transaction(Record record, QifDates.Order order, char decimal) {
        BigDecimal amount = amount(record.amountLine, "T", record.amount, decimal);
        if (record.exactAmount != null && amount(record.line, "U", record.exactAmount, decimal).compareTo(amount) != 0) {
            throw new BankFileException(record.line, "U", record.exactAmount, UserText.of("bankfile.why.qifAmountsDiffer", record.amount));
        }
        List<BankTransaction.SplitPart> parts = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Split split : record.splits) {
            if (split.amount == null) {
                throw new BankFileException(split.line, "$", "", UserText.of("bankfile.why.missing"));
            }
            BigDecimal part = amount(split.line, "$", split.amount, decimal);
            total = total.add(part);
            parts.add(new BankTransaction.SplitPart(category(split.category), split.memo, part));
        }
        if (!parts.isEmpty() && total.compareTo(amount) != 0) {
            throw new BankFileException(record.amountLine, "T", record.amount,
                    UserText.of("bankfile.why.splits", total.toPlainString()));
        }
        BankTransaction transaction = new BankTransaction(QifDates.parse(record.date, order), null, amount, record.payee,
                record.memo, null, null, record.line, null, parts);
        // A split payment's categories are its parts' (its L is the first part's, or "--Split--").
        return parts.isEmpty() ? transaction.withCategory(category(record.category), transfer(record.category)) : transaction;
    }

    /** The category an L or S line names: without its class ({@code /Holiday}), none for a transfer ({@code [Savings]}). */
    static String category(String written) {
        String name = withoutClass(written);
        return name == null || isTransfer(name) ? null : name;
    }

    /** The account a transfer names ({@code [Savings]} → {@code Savings}), or null when the line names a category. */
    static String transfer(String written) {
        String name = withoutClass(written);
        return name != null && isTransfer(name) ? name.substring(1, name.length() - 1).strip() : null;
    }

    private static String withoutClass(String written) {
        if (written == null) {
            return null;
        }
        int slash = written.indexOf('/');
        String name = (slash < 0 ? written : written.substring(0, slash)).strip();
        return name.isEmpty() ? null : name;
    }

    private static boolean isTransfer(String name) {
        return name.startsWith("[") && name.endsWith("]");
    }

    private static BigDecimal amount(long line, String field, String text, char decimal) {
        Amounts.Result result = Amounts.parse(text, decimal, decimal == ',' ? '.' : ',');
        if (!result.ok()) {
            throw new BankFileException(line, field, text, result.problem());
        }
        return result.value();
    }
}
