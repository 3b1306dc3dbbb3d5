package app.outlay.csv;

import app.outlay.text.UserText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * What a whole file's bytes say about its encoding, from one streaming pass (memory stays a few buffers, whatever
 * the file's size): a byte-order mark, whether the bytes are valid UTF-8 and where they first are not, and how often
 * each byte occurs, from which {@link CodePages} guesses a single-byte code page.
 * <p>
 * The verdict: a BOM decides; a file valid as UTF-8 is UTF-8; a file that is mostly UTF-8 (at least as many
 * well-formed multi-byte characters as broken places) is damaged UTF-8 — read as UTF-8, so the broken line is
 * rejected by name instead of the whole file silently turning into another code page; anything else is the code
 * page whose letters fit the file best.
 */
public final class EncodingScan {

    /** How sure the scan is of {@link #charset()}. */
    public enum Verdict {
        /** No byte above 127: every ASCII-compatible encoding reads it the same. */
        ASCII,
        /** A byte-order mark names the encoding. */
        BOM,
        /** Valid UTF-8 with characters beyond ASCII: no single-byte file looks like that by chance. */
        UTF_8,
        /** Mostly UTF-8 with bytes that are not: read as UTF-8, the lines holding them are rejected. */
        DAMAGED_UTF_8,
        /** Not UTF-8: the code page whose letters fit best, a guess. */
        CODE_PAGE,
        /** Neither UTF-8 nor a code page whose letters make sense: read as UTF-8, so the lines are rejected, not garbled. */
        UNKNOWN
    }

    /** A byte-order mark at the start of a file, and the encoding it stands for. */
    public enum Bom {
        NONE(0, null), UTF_8(3, StandardCharsets.UTF_8), UTF_16LE(2, StandardCharsets.UTF_16LE), UTF_16BE(2, StandardCharsets.UTF_16BE);

        final int length;
        final Charset charset;

        Bom(int length, Charset charset) {
            this.length = length;
            this.charset = charset;
        }

        public int length() {
            return length;
        }

        static Bom of(byte[] start, int length) {
            int b0 = length > 0 ? start[0] & 0xff : -1;
            int b1 = length > 1 ? start[1] & 0xff : -1;
            int b2 = length > 2 ? start[2] & 0xff : -1;
            if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
                return UTF_8;
            }
            if (b0 == 0xFF && b1 == 0xFE) {
                return UTF_16LE;
            }
            if (b0 == 0xFE && b1 == 0xFF) {
                return UTF_16BE;
            }
            return NONE;
        }

        /** True when {@code charset} is this mark's encoding or its family (UTF-16 for either UTF-16 mark). */
        boolean matches(Charset charset) {
            String name = charset.name().toUpperCase(Locale.ROOT);
            return switch (this) {
                case NONE -> false;
                case UTF_8 -> charset.equals(StandardCharsets.UTF_8);
                case UTF_16LE -> name.equals("UTF-16") || name.equals("UTF-16LE") || name.equals("X-UTF-16LE-BOM");
                case UTF_16BE -> name.equals("UTF-16") || name.equals("UTF-16BE");
            };
        }
    }

    /** Where the first byte that is not UTF-8 sits: physical line (1-based), character column, offset in the file. */
    public record BadByte(long line, long column, long offset, int value) {
        public String hex() {
            return String.format(Locale.ROOT, "0x%02X", value);
        }
    }

    static final int HEAD_BYTES = 64 * 1024;

    private final long size;
    private final Bom bom;
    private final byte[] head;
    /** How often each byte value occurs (after the BOM). */
    final long[] counts;
    /** How often each byte above 127 stands right next to an ASCII letter. */
    final long[] besideLatin;
    private final long wellFormed;
    private final long broken;
    private final BadByte firstBroken;
    private final Verdict verdict;
    private final Charset charset;

    private EncodingScan(Counter counter) {
        this.size = counter.size;
        this.bom = counter.bom;
        this.head = counter.head;
        this.counts = counter.counts;
        this.besideLatin = counter.besideLatin;
        this.wellFormed = counter.wellFormed;
        this.broken = counter.broken;
        this.firstBroken = counter.firstBroken;
        long high = 0;
        for (int b = 0x80; b < 0x100; b++) {
            high += counts[b];
        }
        if (bom != Bom.NONE) {
            verdict = Verdict.BOM;
            charset = bom.charset;
        } else if (high == 0) {
            verdict = Verdict.ASCII;
            charset = StandardCharsets.UTF_8;
        } else if (broken == 0) {
            verdict = Verdict.UTF_8;
            charset = StandardCharsets.UTF_8;
        } else {
            Charset codePage = wellFormed >= broken ? null : CodePages.best(counts, besideLatin);
            verdict = wellFormed >= broken ? Verdict.DAMAGED_UTF_8 : codePage == null ? Verdict.UNKNOWN : Verdict.CODE_PAGE;
            charset = codePage == null ? StandardCharsets.UTF_8 : codePage;
        }
    }

    /** Reads the whole file once. */
    public static EncodingScan of(Path file) throws IOException {
        Counter counter = new Counter();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[HEAD_BYTES];
            int n = in.readNBytes(buffer, 0, buffer.length);
            counter.head = Arrays.copyOf(buffer, n);
            counter.bom = Bom.of(buffer, n);
            counter.size = counter.bom.length;
            counter.scan(buffer, counter.bom.length, n);
            while ((n = in.read(buffer)) > 0) {
                counter.scan(buffer, 0, n);
            }
            counter.end();
        }
        return new EncodingScan(counter);
    }

    public long size() {
        return size;
    }

    public Bom bom() {
        return bom;
    }

    public Verdict verdict() {
        return verdict;
    }

    /** The encoding to read the file with. */
    public Charset charset() {
        return charset;
    }

    /** The first place where the bytes are not UTF-8, or null when they all are (or the file has a BOM). */
    public BadByte firstBadUtf8() {
        return bom == Bom.NONE ? firstBroken : null;
    }

    /** What the user should know about the encoding: set when the file is damaged UTF-8 or in no known code page. */
    public UserText note() {
        if (verdict != Verdict.DAMAGED_UTF_8 && verdict != Verdict.UNKNOWN) {
            return null;
        }
        return UserText.of(verdict == Verdict.UNKNOWN ? "problem.encoding.unknown" : "problem.encoding.damagedUtf8", firstBroken.line(), firstBroken.hex(), firstBroken.column(),
                firstBroken.offset(), broken);
    }

    /** NUL bytes, or many control characters, do not occur in text exports (a UTF-16 file is judged by its mark). */
    public boolean looksBinary() {
        if (bom == Bom.UTF_16LE || bom == Bom.UTF_16BE) {
            return false;
        }
        int control = 0;
        for (int i = bom.length; i < head.length; i++) {
            int c = head[i] & 0xff;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                control++;
            }
        }
        return control > head.length / 100;
    }

    /** The start of the file as text in {@code encoding}, without a BOM and without a line cut off at the end. */
    String headText(Charset encoding) {
        int skip = bom.matches(encoding) ? bom.length : 0;
        String text = new String(head, skip, head.length - skip, bom.matches(encoding) ? bom.charset : encoding);
        if (size > head.length) {
            int lastBreak = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
            text = lastBreak > 0 ? text.substring(0, lastBreak + 1) : text;
        }
        return text;
    }

    /**
     * Why a saved encoding (an import profile's) must not be used for this file, or null when it may. It may when
     * the file's bytes are valid in it and the scan is not sure of something else: a BOM, or valid (even if
     * damaged) UTF-8, outranks a saved single-byte code page, which would turn {@code Köln} into {@code KÃ¶ln}.
     */
    public UserText refuses(Charset saved) {
        if (saved.equals(charset) || bom.matches(saved)) {
            return null;
        }
        return switch (verdict) {
            case BOM -> UserText.of("import.encoding.reason.bom", charset.name());
            case UTF_8 -> UserText.of("import.encoding.reason.utf8");
            case DAMAGED_UTF_8 -> UserText.of("import.encoding.reason.damagedUtf8");
            case ASCII -> asciiCompatible(saved) ? null : UserText.of("import.encoding.reason.invalid", saved.name());
            case CODE_PAGE, UNKNOWN -> fitsCodePage(saved) ? null : UserText.of("import.encoding.reason.invalid", saved.name());
        };
    }

    private boolean fitsCodePage(Charset saved) {
        if (saved.equals(StandardCharsets.UTF_8) || !asciiCompatible(saved)) {
            return false;
        }
        if (!CodePages.singleByte(saved)) {
            return true; // a multi-byte code page (GBK…) is checked line by line while reading
        }
        for (int b = 0x80; b < 0x100; b++) {
            if (counts[b] > 0 && CodePages.decode(saved, b) == null) {
                return false;
            }
        }
        return true;
    }

    private static final String ASCII_SAMPLE = "date,description;amount\t|\"0123456789.-+ ()'AZaz\r\n";

    /** Writes digits, letters, delimiters and line ends as the same bytes as ASCII (UTF-16 and EBCDIC do not). */
    static boolean asciiCompatible(Charset charset) {
        try {
            return charset.canEncode() && Arrays.equals(ASCII_SAMPLE.getBytes(charset), ASCII_SAMPLE.getBytes(StandardCharsets.US_ASCII));
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    /** The byte loop: counts bytes, follows UTF-8 sequences and line ends. Kept to a few branches per byte. */
    private static final class Counter {
        long size;
        Bom bom;
        byte[] head;
        final long[] counts = new long[256];
        final long[] besideLatin = new long[256];
        long wellFormed;
        long broken;
        BadByte firstBroken;

        private long line = 1;
        private long column = 1;
        private int previous = -1;
        /** A byte above 127 just seen that was not next to an ASCII letter on its left, or -1. */
        private int pendingHigh = -1;
        private boolean previousLetter;
        // The UTF-8 sequence being followed.
        private int needed;
        private int low = 0x80;
        private int highest = 0xBF;
        private long sequenceStart;
        private long sequenceLine;
        private long sequenceColumn;
        private int sequenceLead;

        void scan(byte[] bytes, int from, int to) {
            for (int i = from; i < to; i++) {
                int b = bytes[i] & 0xff;
                counts[b]++;
                if (b < 0x80) {
                    if (needed > 0) {
                        breakSequence();
                    }
                    boolean letter = (b | 0x20) >= 'a' && (b | 0x20) <= 'z';
                    if (letter && pendingHigh >= 0) {
                        besideLatin[pendingHigh]++;
                    }
                    pendingHigh = -1;
                    previousLetter = letter;
                    if (b == '\n') {
                        if (previous != '\r') {
                            line++;
                        }
                        column = 0;
                    } else if (b == '\r') {
                        line++;
                        column = 0;
                    }
                    column++;
                } else {
                    if (previousLetter) {
                        besideLatin[b]++;
                        pendingHigh = -1;
                    } else {
                        pendingHigh = b;
                    }
                    previousLetter = false;
                    utf8(b);
                }
                previous = b;
                size++;
            }
        }

        private void utf8(int b) {
            if (needed > 0) {
                if (b >= low && b <= highest) {
                    low = 0x80;
                    highest = 0xBF;
                    if (--needed == 0) {
                        wellFormed++;
                    }
                    return;
                }
                breakSequence();
            }
            sequenceStart = size;
            sequenceLine = line;
            sequenceColumn = column;
            sequenceLead = b;
            column++;
            if (b >= 0xC2 && b <= 0xDF) {
                needed = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                needed = 2;
                low = b == 0xE0 ? 0xA0 : 0x80;
                highest = b == 0xED ? 0x9F : 0xBF;
            } else if (b >= 0xF0 && b <= 0xF4) {
                needed = 3;
                low = b == 0xF0 ? 0x90 : 0x80;
                highest = b == 0xF4 ? 0x8F : 0xBF;
            } else {
                broken();
            }
        }

        private void breakSequence() {
            needed = 0;
            low = 0x80;
            highest = 0xBF;
            broken();
        }

        private void broken() {
            if (firstBroken == null) {
                firstBroken = new BadByte(sequenceLine, sequenceColumn, sequenceStart, sequenceLead);
            }
            broken++;
        }

        void end() {
            if (needed > 0) {
                breakSequence();
            }
        }
    }
}
