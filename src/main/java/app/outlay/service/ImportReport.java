package app.outlay.service;

import app.outlay.csv.StatementLine;

import java.util.List;

/**
 * The outcome of checking or importing a file.
 *
 * @param imported          expenses imported (or, when checking, that would be)
 * @param duplicates        lines skipped because the ledger already has them
 * @param keptDuplicates    lines that match the ledger but were imported because the user asked to keep them
 * @param incoming          lines of money coming in, skipped
 * @param skippedLines      lines the user chose to skip
 * @param rejected          the first {@link ImportService#REJECTED_LISTED} rejected lines, in file order
 * @param rejectedCount     all rejected lines
 * @param unknownCategories categories named by the file or the rules that the ledger does not have (before mapping)
 * @param newCategories     the categories that are (or would be) created
 * @param committed         true when the expenses were written; false for a check or a refused import
 */
public record ImportReport(long imported, long duplicates, long keptDuplicates, long incoming, long skippedLines,
                           List<StatementLine.Rejected> rejected, long rejectedCount,
                           List<String> unknownCategories, List<String> newCategories, boolean committed) {

    public ImportReport {
        rejected = List.copyOf(rejected);
        unknownCategories = List.copyOf(unknownCategories);
        newCategories = List.copyOf(newCategories);
    }

    /** True when no line stands in the way: the file can be imported as the user set it up. */
    public boolean acceptable() {
        return rejectedCount == 0;
    }

    /** {@code imported 12, skipped 3 duplicates, 2 incoming}. */
    public String summary() {
        return "imported " + imported + ", skipped " + duplicates + " duplicate" + (duplicates == 1 ? "" : "s")
                + ", " + incoming + " incoming";
    }
}
