package app.outlay.csv;

import app.outlay.domain.TagNames;

import app.outlay.text.InvalidInputException;
import java.util.List;

import app.outlay.text.UserText;
import app.outlay.domain.Category;
import app.outlay.domain.EntryKind;
import app.outlay.domain.ExpenseDetails;
import app.outlay.domain.ForeignAmount;
import app.outlay.domain.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Turns one CSV record into a {@link StatementLine} with the format and mapping the user chose: an expense,
 * money coming in (by its sign, or a refund or income as Outlay's own kind column says), a blank line, or a
 * rejection that names the field, the value and the reason.
 */
public final class LineInterpreter {

    private static final BigDecimal MAX = new BigDecimal("99999999999999999.99");
    private static final int VALUE_SHOWN = 60;

    private final CsvFormat format;
    private final ColumnMapping mapping;
    private final DateTimeFormatter dates;
    /** Fields a record needs for this mapping (the highest mapped column + 1). */
    private final int needed;
    /** Outlay's own columns: its export guarded text cells against spreadsheet formulas, which is undone here. */
    private final boolean outlayFormat;
    /**
     * Whether a line of money coming in (by its sign) has its text checked like an expense's. Not when the import
     * skips such lines anyway: they were never checked before entries had kinds, and must not start stopping imports.
     */
    private final boolean checkMoneyIn;
    /** The ledger's currency and its rate table, for lines in another currency (issue 22); null: none known. */
    private java.util.Currency ledger;
    private RateLookup rates;

    /** The rate table: ledger units per unit of {@code currency} on {@code date} (the latest at or before it), if any. */
    @FunctionalInterface
    public interface RateLookup {
        java.util.Optional<BigDecimal> rateFor(java.util.Currency currency, LocalDate date);
    }

    /**
     * Reads the currency and ledger_amount columns against the ledger's currency: a line in another currency keeps its
     * amount as paid, and its amount becomes the ledger amount the file gives or the rate table's conversion.
     */
    public LineInterpreter withCurrencies(java.util.Currency ledgerCurrency, RateLookup rateTable) {
        this.ledger = ledgerCurrency;
        this.rates = rateTable;
        return this;
    }

    /** The header's number of fields, or 0 when the file has no header (then lines are not counted against it). */
    private int headerFields;

    /**
     * Lines with more fields than the header, the extra ones not empty, are refused as such: an unquoted delimiter
     * inside a field ("Strom; Abschlag") would otherwise shift the amount and be reported as a bad amount.
     */
    public LineInterpreter withHeader(List<String> header) {
        this.headerFields = header == null ? 0 : header.size();
        return this;
    }

    /** Reads lines of money coming in as fully as expenses, to be imported as refunds or income. */
    public LineInterpreter(CsvFormat format, ColumnMapping mapping) {
        this(format, mapping, true);
    }

    /** @param checkMoneyIn false when money coming in (by its sign) is skipped: such lines are then not checked further */
    public LineInterpreter(CsvFormat format, ColumnMapping mapping, boolean checkMoneyIn) {
        UserText problem = mapping.problem();
        if (problem != null) {
            throw new InvalidInputException(problem);
        }
        this.format = format;
        this.mapping = mapping;
        this.dates = DateFormats.formatter(format.dateFormat());
        // An older export of Outlay's own lacks the columns added since (kind, tags): its lines have five fields.
        this.needed = ColumnMapping.isCanonical(mapping) ? ColumnMapping.CANONICAL_FIVE.asMap().size()
                : mapping.asMap().values().stream().mapToInt(i -> i + 1).max().orElse(0);
        this.outlayFormat = ColumnMapping.isCanonical(mapping);
        this.checkMoneyIn = checkMoneyIn;
    }

    public StatementLine interpret(CsvRecord record) {
        long line = record.line();
        if (record.problem() != null) {
            UserText why = record.problem().key().equals(CsvReader.UNDECODABLE) ? record.problem()
                    : UserText.of("problem.line.notCsv", record.problem());
            return new StatementLine.Rejected(line, null, null, why);
        }
        if (record.isBlank()) {
            return new StatementLine.Blank(line);
        }
        if (record.fields().size() < needed) {
            return new StatementLine.Rejected(line, null, null, UserText.of("problem.line.tooFewFields",
                    record.fields().size(), needed, CsvFormat.nameOf(format.delimiter())));
        }

        if (headerFields > 0 && record.fields().size() > headerFields
                && record.fields().subList(headerFields, record.fields().size()).stream().anyMatch(f -> !f.isBlank())) {
            return new StatementLine.Rejected(line, null, null, UserText.of("problem.line.tooManyFields",
                    record.fields().size(), headerFields, CsvFormat.nameOf(format.delimiter())));
        }
        String dateText = value(record, Column.DATE);
        LocalDate date = dateText.isBlank() ? null : DateFormats.parse(dateText, format.dateFormat(), dates);
        if (date == null) {
            return reject(line, "date", dateText, dateText.isBlank() ? UserText.of("problem.line.missing")
                    : UserText.of("problem.line.notADate", format.dateFormat()));
        }

        EntryKind stated = null;
        if (mapping.has(Column.KIND)) {
            String kindText = value(record, Column.KIND);
            if (!kindText.isBlank()) {
                stated = EntryKind.ofKey(kindText).orElse(null);
                if (stated == null) {
                    return reject(line, "kind", kindText, UserText.of("problem.line.kind"));
                }
            }
        }

        BigDecimal out;
        boolean incoming;
        String amountField;
        String amountText;
        if (mapping.has(Column.AMOUNT)) {
            amountField = "amount";
            amountText = value(record, Column.AMOUNT);
            Amounts.Result amount = Amounts.parse(amountText, format.decimal(), format.thousands());
            if (!amount.ok()) {
                return reject(line, "amount", amountText, amount.problem());
            }
            BigDecimal signed = amount.value();
            if (signed.signum() == 0) {
                return reject(line, "amount", amountText, UserText.of("problem.line.zero"));
            }
            String directionText = mapping.has(Column.DIRECTION) ? value(record, Column.DIRECTION) : "";
            if (!directionText.isBlank()) {
                // S/H, Soll/Haben, D/C: the column, not the sign, says which way the money went.
                Direction direction = Direction.of(directionText).orElse(null);
                if (direction == null) {
                    return reject(line, "direction", directionText, UserText.of("problem.line.direction"));
                }
                incoming = direction == Direction.IN;
                out = signed.abs();
            } else {
                BigDecimal outward = format.sign() == CsvFormat.AmountSign.NEGATIVE_IS_EXPENSE ? signed.negate() : signed;
                incoming = outward.signum() < 0;
                out = outward.abs();
            }
        } else {
            // Debit and credit columns: one of them holds the line's amount; banks write debits signed or not.
            String debitText = value(record, Column.DEBIT);
            String creditText = value(record, Column.CREDIT);
            BigDecimal debit = null;
            if (!debitText.isBlank()) {
                Amounts.Result amount = Amounts.parse(debitText, format.decimal(), format.thousands());
                if (!amount.ok()) {
                    return reject(line, "debit", debitText, amount.problem());
                }
                debit = amount.value().abs();
            }
            BigDecimal credit = null;
            if (!creditText.isBlank()) {
                Amounts.Result amount = Amounts.parse(creditText, format.decimal(), format.thousands());
                if (!amount.ok()) {
                    return reject(line, "credit", creditText, amount.problem());
                }
                credit = amount.value();
            }
            boolean hasDebit = debit != null && debit.signum() != 0;
            boolean hasCredit = credit != null && credit.signum() != 0;
            if (hasDebit && hasCredit) {
                return reject(line, "debit", debitText, UserText.of("problem.line.debitAndCredit", shown(creditText)));
            }
            if (!hasDebit && !hasCredit) {
                return reject(line, "debit", debitText, UserText.of("problem.line.noDebitOrCredit"));
            }
            incoming = !hasDebit;
            amountField = hasDebit ? "debit" : "credit";
            amountText = hasDebit ? debitText : creditText;
            out = hasDebit ? debit : credit.abs();
        }
        if (incoming && stated != null) {
            // The kind gives the direction: in Outlay's own file every amount is above zero.
            return reject(line, amountField, amountText, UserText.of("problem.line.kindNeedsPositive", stated.key()));
        }
        if (incoming && !checkMoneyIn) {
            // Skipped by the import: counted, not checked, as before entries had kinds.
            return new StatementLine.Incoming(line, date, text(record, Column.DESCRIPTION), out, null, null, null);
        }
        ForeignAmount paid = null;
        String currencyText = mapping.has(Column.CURRENCY) ? value(record, Column.CURRENCY).strip() : "";
        if (!currencyText.isEmpty()) {
            java.util.Currency currency;
            try {
                currency = ForeignAmount.currency(currencyText);
            } catch (InvalidInputException unknown) {
                return reject(line, "currency", currencyText, UserText.of("problem.line.currency"));
            }
            if (ledger == null) {
                // Without the ledger's currency the amount could only be added to the others as if it were theirs.
                return reject(line, "currency", currencyText, UserText.of("problem.line.noLedgerCurrency", currency.getCurrencyCode()));
            }
            if (!currency.equals(ledger)) {
                if (out.stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
                    return reject(line, amountField, amountText, UserText.of("problem.line.currencyDecimals", currency.getCurrencyCode(),
                            currency.getDefaultFractionDigits()));
                }
                String ledgerText = mapping.has(Column.LEDGER_AMOUNT) ? value(record, Column.LEDGER_AMOUNT).strip() : "";
                try {
                    if (!ledgerText.isEmpty()) {
                        Amounts.Result booked = Amounts.parse(ledgerText, format.decimal(), format.thousands());
                        if (!booked.ok()) {
                            return reject(line, "ledger_amount", ledgerText, booked.problem());
                        }
                        BigDecimal ledgerAmount = booked.value().abs();
                        UserText wrong = ledgerAmount.signum() == 0 ? UserText.of("problem.line.zero") : checkAmount(ledgerAmount);
                        if (wrong != null) {
                            return reject(line, "ledger_amount", ledgerText, wrong);
                        }
                        paid = ForeignAmount.withLedgerAmount(currency, out, ledgerAmount);
                        out = ledgerAmount;
                    } else {
                        java.util.Optional<BigDecimal> rate = rates == null || ledger == null ? java.util.Optional.empty()
                                : rates.rateFor(currency, date);
                        if (rate.isEmpty()) {
                            return reject(line, "ledger_amount", "", UserText.of("problem.line.noRate", currency.getCurrencyCode(), date.toString()));
                        }
                        paid = ForeignAmount.atRate(currency, out, rate.get());
                        out = paid.ledgerAmount(ledger);
                    }
                } catch (InvalidInputException bad) {
                    return reject(line, amountField, amountText, bad.explanation());
                }
            }
        }
        UserText problem = checkAmount(out);
        if (problem != null) {
            return reject(line, amountField, amountText, problem);
        }

        String description = text(record, Column.DESCRIPTION);
        if (description.isEmpty()) {
            return reject(line, "description", description, UserText.of("problem.line.missing"));
        }
        if (description.length() > ExpenseDetails.DESCRIPTION_MAX) {
            return reject(line, "description", description, UserText.of("problem.line.tooLong", ExpenseDetails.DESCRIPTION_MAX));
        }
        String category = text(record, Column.CATEGORY);
        if (category.length() > Category.NAME_MAX) {
            return reject(line, "category", category, UserText.of("problem.line.tooLong", Category.NAME_MAX));
        }
        String notes = text(record, Column.NOTES);
        if (notes.length() > ExpenseDetails.NOTES_MAX) {
            return reject(line, "notes", notes, UserText.of("problem.line.tooLong", ExpenseDetails.NOTES_MAX));
        }
        List<String> tags = List.of();
        if (mapping.has(Column.TAGS)) {
            String tagsText = text(record, Column.TAGS);
            try {
                tags = TagNames.parse(tagsText);
            } catch (InvalidInputException bad) {
                return reject(line, "tags", tagsText, bad.explanation());
            }
        }
        String split = mapping.has(Column.SPLIT) ? text(record, Column.SPLIT) : "";
        String splitOrNull = split.isEmpty() ? null : split;
        BigDecimal amount = out.setScale(Money.SCALE, RoundingMode.UNNECESSARY);
        String categoryOrNull = category.isEmpty() ? null : category;
        String notesOrNull = notes.isEmpty() ? null : notes;
        if (incoming || stated != null && stated != EntryKind.EXPENSE) {
            return new StatementLine.Incoming(line, date, description, amount, categoryOrNull, notesOrNull, stated, tags, splitOrNull,
                    paid);
        }
        return new StatementLine.Spending(line, date, description, amount, categoryOrNull, notesOrNull, tags, splitOrNull, paid);
    }

    private static UserText checkAmount(BigDecimal amount) {
        if (amount.stripTrailingZeros().scale() > Money.SCALE) {
            return UserText.of("problem.line.decimals");
        }
        if (amount.compareTo(MAX) > 0) {
            return UserText.of("problem.line.tooLarge");
        }
        return null;
    }

    /** A text field as the user sees it: stripped, and without the quote Outlay's export put before a formula. */
    private String text(CsvRecord record, Column column) {
        String text = value(record, column).strip();
        return outlayFormat ? FormulaGuard.unguard(text) : text;
    }

    private String value(CsvRecord record, Column column) {
        String value = record.field(mapping.index(column));
        return value == null ? "" : value;
    }

    private static StatementLine.Rejected reject(long line, String field, String value, UserText reason) {
        return new StatementLine.Rejected(line, field, shown(value), reason);
    }

    /** Values are shown in messages: control characters made visible, long ones cut. */
    static String shown(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().limit(VALUE_SHOWN).forEach(cp -> {
            if (cp == '\n') {
                out.append("\u21b5");
            } else if (Character.isISOControl(cp) || cp == 0xFFFD) {
                out.append('?');
            } else {
                out.appendCodePoint(cp);
            }
        });
        if (value.codePointCount(0, value.length()) > VALUE_SHOWN) {
            out.append('\u2026');
        }
        return out.toString();
    }
}
