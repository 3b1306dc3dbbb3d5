package app.outlay.bankfiles;

import app.outlay.csv.StatementLine;
import app.outlay.domain.Category;
import app.outlay.domain.ExpenseDetails;
import app.outlay.domain.Money;
import app.outlay.domain.SplitParts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A bank file's split payment (QIF S/E/$ records) as the import's lines (issue 21): one line per part with the
 * payment's date and description, the part's category, amount and memo, and a split id shared by the parts, so the
 * import makes one split payment of them. The payment's own notes (memo, value date) go to the first part's, as a
 * split payment has none of its own. Parts that cannot be a split (one only, or one the other way round than the
 * payment) stay listed in the payment's notes, as before.
 */
final class SplitTransactions {

    private SplitTransactions() {
    }

    static List<StatementLine> lines(BankTransaction t) {
        return lines(t, app.outlay.text.Texts.english());
    }

    /** @param notesIn the language of the notes the import writes (the ledger's) */
    static List<StatementLine> lines(BankTransaction t, app.outlay.text.Texts notesIn) {
        if (!splittable(t)) {
            return List.of(BankImportLines.statementLine(t, true, notesIn));
        }
        StatementLine payment = BankImportLines.statementLine(t, false, notesIn);
        if (payment instanceof StatementLine.Rejected) {
            return List.of(payment);
        }
        String split = "line " + t.line();
        List<StatementLine> parts = new ArrayList<>();
        for (int i = 0; i < t.splits().size(); i++) {
            BankTransaction.SplitPart part = t.splits().get(i);
            BigDecimal amount = part.amount().abs().setScale(Money.SCALE, RoundingMode.UNNECESSARY);
            String notes = i == 0 ? join(notesOf(payment), part.memo()) : part.memo();
            if (part.category() != null && part.category().length() > Category.NAME_MAX) {
                return List.of(new StatementLine.Rejected(t.line(), "S", BankFileException.shorten(part.category()),
                        app.outlay.text.UserText.of("problem.line.tooLong", Category.NAME_MAX)));
            }
            if (notes != null && notes.length() > ExpenseDetails.NOTES_MAX) {
                return List.of(new StatementLine.Rejected(t.line(), "E", BankFileException.shorten(notes),
                        app.outlay.text.UserText.of("problem.line.tooLong", ExpenseDetails.NOTES_MAX)));
            }
            parts.add(payment instanceof StatementLine.Spending s
                    ? new StatementLine.Spending(t.line(), s.date(), s.description(), amount, part.category(), notes, List.of(), split)
                    : incoming((StatementLine.Incoming) payment, amount, part.category(), notes, split));
        }
        return parts;
    }

    /** At least two parts, each of the payment's direction, none beyond the ledger's two decimals. */
    private static boolean splittable(BankTransaction t) {
        return t.splits().size() >= SplitParts.MIN_PARTS && t.amount().signum() != 0 && t.splits().stream().allMatch(
                p -> p.amount().signum() == t.amount().signum() && p.amount().stripTrailingZeros().scale() <= Money.SCALE);
    }

    private static StatementLine.Incoming incoming(StatementLine.Incoming payment, BigDecimal amount, String category,
                                                   String notes, String split) {
        return new StatementLine.Incoming(payment.line(), payment.date(), payment.description(), amount, category, notes,
                payment.kind(), List.of(), split);
    }

    private static String notesOf(StatementLine payment) {
        return payment instanceof StatementLine.Spending s ? s.notes() : ((StatementLine.Incoming) payment).notes();
    }

    private static String join(String first, String second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : first + "\n" + second;
    }
}
