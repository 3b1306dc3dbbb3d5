package app.outlay.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import java.util.Locale;

/**
 * A reader that decodes bytes strictly: where the bytes are not valid in the charset it hands out the text up to
 * them, then throws {@link Undecodable} once, naming their offset in the file, and goes on after them. The CSV reader
 * turns that into a rejected line; nothing ever becomes a replacement character (U+FFFD), which an
 * {@link java.io.InputStreamReader} would either store or report without saying where.
 */
final class CheckedDecoding extends Reader {

    /** Bytes at {@code offset} of the file that are not a character in {@code charset}. */
    static final class Undecodable extends IOException {
        final long offset;
        final byte[] bytes;
        final Charset charset;

        Undecodable(long offset, byte[] bytes, Charset charset) {
            // Technical only: the reader turns it into problem.csv.undecodable with the line and column.
            super(charset.name() + "@" + offset + ": " + CheckedDecoding.hex(bytes));
            this.offset = offset;
            this.bytes = bytes;
            this.charset = charset;
        }

        String hex() {
            return CheckedDecoding.hex(bytes);
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
    /** File offset of the buffer's first byte. */
    private long bufferStart;
    private boolean endOfInput;
    private boolean flushed;
    private Undecodable pending;

    CheckedDecoding(InputStream in, Charset charset, long startOffset) {
        this.in = in;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        this.bufferStart = startOffset;
        bytes.flip();
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (pending != null) {
            Undecodable failure = pending;
            pending = null;
            throw failure;
        }
        if (length == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(target, offset, length);
        while (true) {
            if (flushed) {
                return produced(out, offset);
            }
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                byte[] bad = new byte[result.length()];
                long at = bufferStart + bytes.position();
                bytes.get(bad);
                Undecodable failure = new Undecodable(at, bad, decoder.charset());
                if (out.position() > offset) {
                    pending = failure;
                    return out.position() - offset;
                }
                throw failure;
            }
            if (result.isOverflow()) {
                return out.position() - offset;
            }
            if (endOfInput) {
                decoder.flush(out);
                flushed = true;
                continue;
            }
            if (out.position() > offset) {
                return out.position() - offset; // hand out what is there before reading more
            }
            fill();
        }
    }

    private int produced(CharBuffer out, int offset) {
        int n = out.position() - offset;
        return n == 0 ? -1 : n;
    }

    private void fill() throws IOException {
        bufferStart += bytes.position();
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    static String hex(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (byte b : Arrays.copyOf(bytes, Math.min(bytes.length, 4))) {
            text.append(text.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", b & 0xff));
        }
        return text.toString();
    }
}
