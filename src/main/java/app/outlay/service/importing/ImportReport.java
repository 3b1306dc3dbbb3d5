package app.outlay.service.importing;

import app.outlay.csv.StatementLine;

import java.util.List;

/**
 * The outcome of checking or importing a file.
 *
 * @param imported          entries imported (or, when checking, that would be): expenses, refunds and income
 * @param duplicates        lines skipped because the ledger already has them
 * @param keptDuplicates    lines that match the ledger but were imported because the user asked to keep them
 * @param incoming          lines of money coming in, skipped
 * @param skippedLines      lines the user chose to skip
 * @param rejected          the first {@link ImportService#REJECTED_LISTED} rejected lines, in file order
 * @param rejectedCount     all rejected lines
 * @param unknownCategories categories named by the file or the rules that the ledger does not have (before mapping)
 * @param newCategories     the categories that are (or would be) created
 * @param committed         true when the entries were written; false for a check or a refused import
 * @param refunds           of {@code imported}, the refunds
 * @param income            of {@code imported}, the income
 * @param moneyIn           the first {@link ImportService#REJECTED_LISTED} lines of money coming in whose kind the file
 *                          does not state, with what becomes of each (for the wizard to show and change)
 */
public record ImportReport(long imported, long duplicates, long keptDuplicates, long incoming, long skippedLines,
                           List<StatementLine.Rejected> rejected, long rejectedCount,
                           List<String> unknownCategories, List<String> newCategories, boolean committed,
                           long refunds, long income, List<MoneyInLine> moneyIn) {

    /**
     * A line of money coming in and what it becomes: {@code kind} null when it is left out; {@code suggested} the
     * kind the suggestion gave it (null unless the choice was {@link MoneyIn#AUTO}); {@code category} the category it
     * goes to, if any.
     */
    public record MoneyInLine(long line, java.time.LocalDate date, String description, java.math.BigDecimal amount,
                              app.outlay.domain.EntryKind kind, app.outlay.domain.EntryKind suggested, String category) {
    }

    public ImportReport {
        rejected = List.copyOf(rejected);
        unknownCategories = List.copyOf(unknownCategories);
        newCategories = List.copyOf(newCategories);
        moneyIn = List.copyOf(moneyIn);
    }

    public ImportReport(long imported, long duplicates, long keptDuplicates, long incoming, long skippedLines,
                        List<StatementLine.Rejected> rejected, long rejectedCount,
                        List<String> unknownCategories, List<String> newCategories, boolean committed,
                        long refunds, long income) {
        this(imported, duplicates, keptDuplicates, incoming, skippedLines, rejected, rejectedCount, unknownCategories,
                newCategories, committed, refunds, income, List.of());
    }

    /** Only expenses imported. */
    public ImportReport(long imported, long duplicates, long keptDuplicates, long incoming, long skippedLines,
                        List<StatementLine.Rejected> rejected, long rejectedCount,
                        List<String> unknownCategories, List<String> newCategories, boolean committed) {
        this(imported, duplicates, keptDuplicates, incoming, skippedLines, rejected, rejectedCount, unknownCategories,
                newCategories, committed, 0, 0);
    }

    /** Of {@code imported}, the expenses. */
    public long expenses() {
        return imported - refunds - income;
    }

    /** True when no line stands in the way: the file can be imported as the user set it up. */
    public boolean acceptable() {
        return rejectedCount == 0;
    }

    /**
     * {@code imported 12, skipped 3 duplicates, 2 incoming}; when refunds or income were imported, how many of each:
     * {@code imported 12 (9 expenses, 2 refunds, 1 income), skipped 3 duplicates, 0 incoming}. "incoming" counts
     * the lines of money coming in that were left out.
     */
    public String summary() {
        String kinds = refunds + income == 0 ? ""
                : " (" + expenses() + " expense" + (expenses() == 1 ? "" : "s") + ", " + refunds + " refund"
                + (refunds == 1 ? "" : "s") + ", " + income + " income)";
        return "imported " + imported + kinds + ", skipped " + duplicates + " duplicate" + (duplicates == 1 ? "" : "s")
                + ", " + incoming + " incoming";
    }
}
