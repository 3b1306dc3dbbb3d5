package app.outlay.bankfiles;

import app.outlay.text.ExplainedException;
import app.outlay.text.UserText;

/**
 * A bank file that cannot be read as a whole: names the line (and element or field) and the value, and why. Readers
 * throw it at the first such problem and return nothing, so an import never takes part of a file.
 */
public class BankFileException extends ExplainedException {

    private final long line;

    public BankFileException(long line, String field, String value, UserText why) {
        super(UserText.of("bankfile.problem", String.valueOf(line), field, shorten(value), why));
        this.line = line;
    }

    /** For problems with the file as a whole (its size, its kind). */
    public BankFileException(UserText explanation) {
        super(explanation);
        this.line = 0;
    }

    /** The line of the problem, 0 for the whole file. */
    public long line() {
        return line;
    }

    /** A 50 MB value is named by its start, not printed. */
    static String shorten(String value) {
        if (value == null) {
            return "";
        }
        return value.length() <= 80 ? value : value.substring(0, 60) + "… (" + value.length() + " characters)";
    }
}
