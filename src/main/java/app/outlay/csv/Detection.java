package app.outlay.csv;

import app.outlay.text.UserText;
import java.util.List;

/**
 * What {@link CsvDetector} found in the start of a file: a format, the header (or null), a first guess at the
 * columns, the first records for a preview, and notes on how sure it is, for the user to check.
 *
 * @param scan    what the whole file's bytes say about its encoding; null when the file cannot be read at all
 * @param problem set when the file cannot be imported at all (empty, binary); the rest is then a default
 */
public record Detection(CsvFormat format, EncodingScan scan, List<String> header, ColumnMapping mapping,
                        List<CsvRecord> sample, UserText problem) {

    public Detection {
        header = header == null ? null : List.copyOf(header);
        sample = List.copyOf(sample);
    }

    public boolean ok() {
        return problem == null;
    }

    /** True when the file starts with a byte-order mark. */
    public boolean bom() {
        return scan != null && scan.bom() != EncodingScan.Bom.NONE;
    }

    /** The number of columns the preview shows. */
    public int columnCount() {
        int count = header == null ? 0 : header.size();
        for (CsvRecord record : sample) {
            count = Math.max(count, record.fields().size());
        }
        return count;
    }

    /** The header as a profile remembers it: names joined, so files of the same shape are recognised. */
    public String headerSignature() {
        return header == null ? null : signature(header);
    }

    public static String signature(List<String> header) {
        return String.join("|", header.stream().map(h -> h.strip().toLowerCase(java.util.Locale.ROOT)).toList());
    }
}
