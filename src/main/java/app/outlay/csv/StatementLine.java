package app.outlay.csv;

import app.outlay.domain.EntryKind;
import app.outlay.domain.ForeignAmount;
import app.outlay.text.UserText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What one record of a file turned out to be. {@code paid}: the amount as paid in another currency (issue 22), the
 * {@code amount} then being its value in the ledger's currency; null for the ledger's own. {@code split}: the split id of a line that is one part of a split
 * payment (issue 21; consecutive lines with the same id are its parts), or null.
 */
public sealed interface StatementLine {

    /** The physical line the record starts on. */
    long line();

    /** Money going out: becomes an expense. The amount is above zero. */
    record Spending(long line, LocalDate date, String description, BigDecimal amount, String category, String notes,
                    List<String> tags, String split, ForeignAmount paid) implements StatementLine {

        /** Spending in the ledger's currency. */
        public Spending(long line, LocalDate date, String description, BigDecimal amount, String category, String notes,
                        List<String> tags, String split) {
            this(line, date, description, amount, category, notes, tags, split, null);
        }

        /** Spending that is no part of a split payment. */
        public Spending(long line, LocalDate date, String description, BigDecimal amount, String category, String notes,
                        List<String> tags) {
            this(line, date, description, amount, category, notes, tags, null);
        }

        /** Spending without tags (every bank format; Outlay's own file says them in its tags column). */
        public Spending(long line, LocalDate date, String description, BigDecimal amount, String category, String notes) {
            this(line, date, description, amount, category, notes, List.of());
        }
    }

    /**
     * Money coming in (salary, refunds). The amount is above zero. {@code kind} is what the file itself says the line
     * is (Outlay's export: {@code REFUND} or {@code INCOME}); null when only the sign says money came in, and the
     * import decides (skip, refund, income, or a suggestion per line).
     */
    record Incoming(long line, LocalDate date, String description, BigDecimal amount, String category, String notes,
                    EntryKind kind, List<String> tags, String split, ForeignAmount paid) implements StatementLine {

        /** Money coming in, in the ledger's currency. */
        public Incoming(long line, LocalDate date, String description, BigDecimal amount, String category, String notes,
                        EntryKind kind, List<String> tags, String split) {
            this(line, date, description, amount, category, notes, kind, tags, split, null);
        }

        /** Money coming in that is no part of a split payment. */
        public Incoming(long line, LocalDate date, String description, BigDecimal amount, String category, String notes,
                        EntryKind kind, List<String> tags) {
            this(line, date, description, amount, category, notes, kind, tags, null);
        }

        /** Money coming in whose kind the import decides. */
        public Incoming(long line, LocalDate date, String description, BigDecimal amount, String category, String notes) {
            this(line, date, description, amount, category, notes, null);
        }

        /** Money coming in without tags. */
        public Incoming(long line, LocalDate date, String description, BigDecimal amount, String category, String notes,
                        EntryKind kind) {
            this(line, date, description, amount, category, notes, kind, List.of());
        }
    }

    /** An empty line: ignored. */
    record Blank(long line) implements StatementLine {
    }

    /**
     * A line that cannot be imported, with the field (a {@link Column} key, or null for the whole line), the value
     * and the reason, for the user to read.
     */
    record Rejected(long line, String field, String value, UserText why) implements StatementLine {

        /** The reason in English. */
        public String reason() {
            return why.english();
        }

        /** {@code amount 'abc': not a number}, in English. */
        public String message() {
            return field == null ? reason() : field + " '" + value + "': " + reason();
        }

        /** {@code line 7: amount 'abc': not a number}. */
        @Override
        public String toString() {
            return "line " + line + ": " + message();
        }
    }
}
