package app.outlay.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The result table: figure | Outlay | raw JDBC baseline | ratio. For times the ratio is the median of the paired
 * runs' Outlay time ÷ baseline time (lower is better); for memory, Outlay's figure ÷ the baseline's.
 */
final class ResultTable {

    private record Row(String database, String figure, String outlay, String baseline, String ratio) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void compare(String database, String figure, Samples outlay, Samples baseline) {
        rows.add(new Row(database, figure, outlay.describeMillis(), baseline.describeMillis(),
                String.format("%.2f×", outlay.pairedRatio(baseline))));
    }

    void compareThroughput(String database, String figure, long rowCount, Samples outlay, Samples baseline) {
        rows.add(new Row(database, figure, outlay.describeThroughput(rowCount), baseline.describeThroughput(rowCount),
                String.format("%.2f×", outlay.pairedRatio(baseline))));
    }

    void add(String database, String figure, String outlay, String baseline, String ratio) {
        rows.add(new Row(database, figure, outlay, baseline, ratio));
    }

    void note(String text) {
        notes.add(text);
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| database | figure | Outlay | raw JDBC baseline | ratio |\n");
        out.append("|---|---|---|---|---|\n");
        for (Row row : rows) {
            out.append("| ").append(row.database()).append(" | ").append(row.figure()).append(" | ").append(row.outlay())
                    .append(" | ").append(row.baseline()).append(" | ").append(row.ratio()).append(" |\n");
        }
        for (String note : notes) {
            out.append("\n- ").append(note);
        }
        return out.append('\n').toString();
    }
}
