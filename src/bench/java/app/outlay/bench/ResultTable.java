package app.outlay.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The result table: figure | Outlay | baseline | ratio | target. For times the ratio is the median of the paired
 * runs' Outlay time ÷ baseline time (lower is better); for memory, Outlay's figure ÷ the baseline's. Printed as
 * Markdown and written as JSON ({@code target/bench/results.json}) for tools.
 */
final class ResultTable {

    /** What a figure must reach, in words, and whether this run reached it; null where the issue sets none. */
    record Target(String text, boolean met) {

        static Target ratioAtMost(double limit, double ratio) {
            return new Target(String.format(Locale.ROOT, "≤ %.2f×", limit), ratio <= limit);
        }
    }

    private record Row(String database, String figure, String outlay, String baseline, Double ratio, Target target) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void compare(String database, String figure, Samples outlay, Samples baseline) {
        compare(database, figure, outlay, baseline, null);
    }

    void compare(String database, String figure, Samples outlay, Samples baseline, Double maxRatio) {
        double ratio = outlay.pairedRatio(baseline);
        rows.add(new Row(database, figure, outlay.describeMillis(), baseline.describeMillis(), ratio,
                maxRatio == null ? null : Target.ratioAtMost(maxRatio, ratio)));
    }

    void compareThroughput(String database, String figure, long rowCount, Samples outlay, Samples baseline, double maxRatio) {
        double ratio = outlay.pairedRatio(baseline);
        rows.add(new Row(database, figure, outlay.describeThroughput(rowCount), baseline.describeThroughput(rowCount),
                ratio, Target.ratioAtMost(maxRatio, ratio)));
    }

    void add(String database, String figure, String outlay, String baseline, Double ratio, Target target) {
        rows.add(new Row(database, figure, outlay, baseline, ratio, target));
    }

    void note(String text) {
        notes.add(text);
    }

    /** True when every figure with a target met it. */
    boolean allTargetsMet() {
        return rows.stream().allMatch(row -> row.target() == null || row.target().met());
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| database | figure | Outlay | baseline | ratio | target |\n");
        out.append("|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            out.append("| ").append(row.database()).append(" | ").append(row.figure()).append(" | ").append(row.outlay())
                    .append(" | ").append(row.baseline()).append(" | ").append(ratioText(row.ratio()))
                    .append(" | ").append(row.target() == null ? "" : row.target().text() + (row.target().met() ? " met" : " **missed**"))
                    .append(" |\n");
        }
        for (String note : notes) {
            out.append("\n- ").append(note);
        }
        return out.append('\n').toString();
    }

    String json() {
        StringBuilder out = new StringBuilder("{\n  \"figures\": [\n");
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            out.append("    {\"database\": ").append(quote(row.database()))
                    .append(", \"figure\": ").append(quote(row.figure()))
                    .append(", \"outlay\": ").append(quote(row.outlay()))
                    .append(", \"baseline\": ").append(quote(row.baseline()))
                    .append(", \"ratio\": ").append(row.ratio() == null ? "null" : String.format(Locale.ROOT, "%.4f", row.ratio()))
                    .append(", \"target\": ").append(row.target() == null ? "null" : quote(row.target().text()))
                    .append(", \"met\": ").append(row.target() == null ? "null" : row.target().met())
                    .append('}').append(i < rows.size() - 1 ? "," : "").append('\n');
        }
        out.append("  ],\n  \"notes\": [");
        for (int i = 0; i < notes.size(); i++) {
            out.append(i == 0 ? "\n    " : ",\n    ").append(quote(notes.get(i)));
        }
        return out.append(notes.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
    }

    private static String ratioText(Double ratio) {
        return ratio == null ? "" : String.format(Locale.ROOT, ratio < 0.1 ? "%.3f×" : "%.2f×", ratio);
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
