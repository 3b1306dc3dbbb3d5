package app.outlay.csv;

import app.outlay.text.UserText;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A streaming RFC 4180 reader: one record at a time, so memory stays the size of one record whatever the file's
 * size. Lenient where bank files are sloppy (a quote inside an unquoted field is kept as text; CR, LF and CRLF all end
 * a line) and strict where data would be lost (an unclosed quote or an absurdly long record is reported, not guessed).
 */
public final class CsvReader implements Iterator<CsvRecord>, AutoCloseable {

    /** No real bank line is this long; past it we are reading a binary file or a quote that never closes. */
    static final int MAX_RECORD_CHARS = 64 * 1024;
    /** The message key of a record holding bytes its file's encoding cannot read. */
    static final String UNDECODABLE = "problem.csv.undecodable";

    private final Reader in;
    /** Read in blocks: one call into the (locking) Reader per character cost a measurable part of an import. */
    private final char[] buffer = new char[8192];
    private int buffered;
    private int position;
    private final char delimiter;
    private final char quote;
    private long line = 1;
    /** Characters handed out by earlier buffers, and where the current physical line starts: for a column. */
    private long consumed;
    private long lineStart;
    /** Bytes the decoder could not read in the record being read (the first such place). */
    private UserText undecodable;
    private int pushedBack = -2;
    private CsvRecord next;
    private boolean finished;

    public CsvReader(Reader in, char delimiter, char quote) {
        this.in = in;
        this.delimiter = delimiter;
        this.quote = quote;
    }

    /**
     * Passes over the physical lines before {@code firstLine} without reading them as records: a preamble of account
     * details before a bank file's header. Records after it keep their physical line numbers.
     */
    public CsvReader skipTo(long firstLine) {
        while (line < firstLine) {
            int c = read();
            if (c == -1) {
                break;
            }
            if (c == '\n' || c == '\r') {
                endOfLine(c);
            }
        }
        undecodable = null; // bytes of the preamble are not the records'
        return this;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !finished) {
            next = readRecord();
            finished = next == null;
        }
        return next != null;
    }

    @Override
    public CsvRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        CsvRecord record = next;
        next = null;
        return record;
    }

    private int read() {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        if (position < buffered) {
            return buffer[position++];
        }
        while (true) {
            try {
                consumed += buffered;
                buffered = 0;
                position = 0;
                buffered = in.read(buffer, 0, buffer.length);
                if (buffered <= 0) {
                    buffered = 0;
                    return -1;
                }
                position = 1;
                return buffer[0];
            } catch (CheckedDecoding.Undecodable e) {
                noteUndecodable(e); // and read on after the bad bytes
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void noteUndecodable(CheckedDecoding.Undecodable e) {
        if (undecodable == null) {
            long column = consumed + position - lineStart + 1;
            undecodable = UserText.of(UNDECODABLE, e.hex(), e.charset.name(), line, column, e.offset);
        }
    }

    /** The record as read, with the problem of bytes that could not be decoded in it, if any. */
    private CsvRecord record(long start, List<String> fields, UserText problem) {
        UserText bad = undecodable;
        undecodable = null;
        return new CsvRecord(start, fields, problem != null ? problem : bad);
    }

    private void newLine() {
        line++;
        lineStart = consumed + position;
    }

    /** Consumes the LF of a CRLF pair so it does not count as a second line end. */
    private void endOfLine(int c) {
        if (c == '\r') {
            int after = read();
            if (after != '\n') {
                pushedBack = after;
            }
        }
        newLine();
        if (pushedBack >= 0) {
            lineStart--; // the character read ahead belongs to the new line
        }
    }

    private CsvRecord readRecord() {
        int c = read();
        long start = line;
        if (c == -1) {
            // Bad bytes after the last line end still make a (rejected) record of their own.
            return undecodable == null ? null : record(start, List.of(""), null);
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int length = 0;
        boolean quoted = false;      // inside a quoted section
        boolean wasQuoted = false;   // this field started with a quote
        while (true) {
            if (++length > MAX_RECORD_CHARS) {
                skipRestOfLine(c, quoted);
                fields.add(field.toString());
                return record(start, fields, UserText.of("problem.csv.recordTooLong", MAX_RECORD_CHARS));
            }
            if (c == -1) {
                fields.add(field.toString());
                return record(start, fields, quoted ? UserText.of("problem.csv.unclosedQuote", start) : null);
            }
            if (quoted) {
                if (c == quote) {
                    int after = read();
                    if (after == quote) {
                        field.append((char) quote);
                    } else {
                        quoted = false;
                        c = after;
                        continue;
                    }
                } else {
                    if (c == '\n' || c == '\r') {
                        // Kept exactly as written (CRLF stays CRLF), but counted as one physical line.
                        field.append((char) c);
                        if (c == '\r') {
                            int after = read();
                            if (after == '\n') {
                                field.append('\n');
                            } else {
                                pushedBack = after;
                            }
                        }
                        newLine();
                        if (pushedBack >= 0) {
                            lineStart--;
                        }
                    } else {
                        field.append((char) c);
                    }
                }
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                endOfLine(c);
                fields.add(field.toString());
                return record(start, fields, null);
            } else if (c == quote && field.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    private void skipRestOfLine(int c, boolean quoted) {
        // Resynchronise on the next physical line; an open quote is abandoned there.
        while (c != -1 && c != '\n' && c != '\r') {
            c = read();
        }
        if (c != -1) {
            endOfLine(c);
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
