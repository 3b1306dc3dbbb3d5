package app.outlay.service.importing;

import app.outlay.csv.StatementLine;
import app.outlay.domain.ForeignAmount;
import app.outlay.text.UserText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Gathers the lines of a file that are parts of one split payment (issue 21): consecutive lines with the same split
 * id, the same date, description and kind; each line's amount, category, notes and tags are its part's. Lines that
 * are no part of a split pass through unchanged, in the file's order.
 */
final class SplitLines {

    /** A line as the import takes it: with the bank's id of its (first) line and, for a split payment, its parts. */
    record Sourced(StatementLine line, String bankId, List<Part> parts) {
    }

    /** One part as its line gave it; {@code paid}: its amount as paid in another currency (issue 22), or null. */
    record Part(long line, String category, BigDecimal amount, String notes, List<String> tags, ForeignAmount paid) {
    }

    private final List<StatementLine> group = new ArrayList<>();
    private String groupBankId;
    /** A line of the group was rejected: the import fails with that line, and a group left too small says no more. */
    private boolean broken;

    /** What can be taken now that {@code line} was read: nothing while a split goes on, else what came before and the line. */
    List<Sourced> offer(StatementLine line, String bankId) {
        List<Sourced> ready = new ArrayList<>();
        String split = splitOf(line);
        if (split != null && !group.isEmpty() && split.equals(splitOf(group.get(0)))) {
            UserText mismatch = mismatch(group.get(0), line);
            if (mismatch != null) {
                ready.add(new Sourced(new StatementLine.Rejected(line.line(), "split", split, mismatch), bankId, List.of()));
                broken = true;
            } else {
                group.add(line);
            }
            return ready;
        }
        if (line instanceof StatementLine.Rejected) {
            ready.add(new Sourced(line, bankId, List.of()));
            return ready;
        }
        ready.addAll(finish());
        if (split != null) {
            group.add(line);
            groupBankId = bankId;
        } else {
            ready.add(new Sourced(line, bankId, List.of()));
        }
        return ready;
    }

    /** The split payment still being gathered, at the end of the file or when another line follows it. */
    List<Sourced> finish() {
        if (group.isEmpty()) {
            return List.of();
        }
        StatementLine first = group.get(0);
        List<Sourced> ready = new ArrayList<>();
        if (group.size() < app.outlay.domain.SplitParts.MIN_PARTS && broken) {
            // Nothing more to say: the broken part's line is rejected already.
        } else if (group.size() < app.outlay.domain.SplitParts.MIN_PARTS) {
            ready.add(new Sourced(new StatementLine.Rejected(first.line(), "split", splitOf(first),
                    UserText.of("problem.line.splitAlone")), groupBankId, List.of()));
        } else {
            ready.add(new Sourced(first, groupBankId, group.stream().map(SplitLines::part).toList()));
        }
        group.clear();
        broken = false;
        return ready;
    }

    /** The sum of the parts: the payment's amount. */
    static BigDecimal total(List<Part> parts) {
        return parts.stream().map(Part::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * The payment's amount as paid when its parts were paid in another currency (issue 22; all in the same one, as
     * {@link #offer} makes sure): the sum of the parts' originals, at the rate the sum of their ledger amounts gives.
     * Null for parts in the ledger's currency.
     */
    static ForeignAmount paid(List<Part> parts) {
        if (parts.isEmpty() || parts.get(0).paid() == null) {
            return null;
        }
        BigDecimal original = parts.stream().map(part -> part.paid().original()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return ForeignAmount.withLedgerAmount(parts.get(0).paid().currency(), original, total(parts));
    }

    private static Part part(StatementLine line) {
        if (line instanceof StatementLine.Spending s) {
            return new Part(s.line(), s.category(), s.amount(), s.notes(), s.tags(), s.paid());
        }
        StatementLine.Incoming i = (StatementLine.Incoming) line;
        return new Part(i.line(), i.category(), i.amount(), i.notes(), i.tags(), i.paid());
    }

    private static String splitOf(StatementLine line) {
        if (line instanceof StatementLine.Spending s) {
            return s.split();
        }
        return line instanceof StatementLine.Incoming i ? i.split() : null;
    }

    /** Why a line cannot be a part of the same payment as {@code first}, or null when it can. */
    private static UserText mismatch(StatementLine first, StatementLine line) {
        if (!first.getClass().equals(line.getClass())
                || line instanceof StatementLine.Incoming i && !Objects.equals(i.kind(), ((StatementLine.Incoming) first).kind())) {
            return UserText.of("problem.line.splitKind", first.line());
        }
        if (!Objects.equals(dateOf(first), dateOf(line)) || !Objects.equals(descriptionOf(first), descriptionOf(line))) {
            return UserText.of("problem.line.splitPayment", first.line());
        }
        if (!Objects.equals(currencyOf(first), currencyOf(line))) {
            // Issue 22: one payment is paid in one currency, so are its parts.
            return UserText.of("problem.line.splitCurrency", first.line(), currencyOf(first) == null ? "-" : currencyOf(first));
        }
        return null;
    }

    /** The currency a line was paid in, or null for the ledger's. */
    private static String currencyOf(StatementLine line) {
        ForeignAmount paid = line instanceof StatementLine.Spending s ? s.paid() : ((StatementLine.Incoming) line).paid();
        return paid == null ? null : paid.code();
    }

    private static Object dateOf(StatementLine line) {
        return line instanceof StatementLine.Spending s ? s.date() : ((StatementLine.Incoming) line).date();
    }

    private static String descriptionOf(StatementLine line) {
        return line instanceof StatementLine.Spending s ? s.description() : ((StatementLine.Incoming) line).description();
    }
}
