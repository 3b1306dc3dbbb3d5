package app.outlay.csv;

import app.outlay.text.UserText;
import java.util.List;

/**
 * One record of a CSV file: its fields and the physical line it starts on (1-based; a quoted field may span
 * lines, so the next record can start several lines later). {@code problem} is set when the record could not be
 * read as CSV (an unclosed quote, a record too long to be real data), and then the fields are what was read.
 */
public record CsvRecord(long line, List<String> fields, UserText problem) {

    public CsvRecord {
        fields = List.copyOf(fields);
    }

    public boolean isBlank() {
        return problem == null && fields.stream().allMatch(String::isBlank);
    }

    /** The field at a 0-based index, or null when the record is shorter. */
    public String field(int index) {
        return index >= 0 && index < fields.size() ? fields.get(index) : null;
    }
}
