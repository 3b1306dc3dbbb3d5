package app.outlay.bankfiles;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The kinds of file an import reads, told apart by what the file says, never by its name. */
public enum BankFormat {
    CSV("csv"), OFX("ofx"), QIF("qif"), CAMT053("camt053"), MT940("mt940");

    /** How much of the file's start {@link #detect} looks at. */
    public static final int HEAD_BYTES = 8192;

    private final String option;

    BankFormat(String option) {
        this.option = option;
    }

    /** The name on the command line ({@code --format camt053}). */
    public String option() {
        return option;
    }

    /** True for the formats read by {@link BankFiles}: everything but CSV. */
    public boolean structured() {
        return this != CSV;
    }

    /** The format named {@code name} (any case), or null. */
    public static BankFormat ofOption(String name) {
        for (BankFormat format : values()) {
            if (format.option.equals(name.strip().toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        return null;
    }

    /**
     * The format of a file that starts with {@code head}; CSV when it is none of the structured ones. Reads the
     * signature each format starts with: OFX's header or root, QIF's {@code !Type:}, CAMT.053's namespace or root,
     * MT940's {@code :20:}, {@code :25:} and {@code :60F:} fields (after an optional SWIFT envelope).
     */
    public static BankFormat detect(byte[] head) {
        String text = headText(head, Math.min(head.length, HEAD_BYTES));
        String start = text.stripLeading();
        String upper = start.toUpperCase(Locale.ROOT);
        if (upper.startsWith("OFXHEADER:") || upper.startsWith("<OFX>")
                || (upper.startsWith("<?XML") && upper.contains("<?OFX "))) {
            return OFX;
        }
        if (upper.startsWith("!TYPE:") || upper.startsWith("!ACCOUNT") || upper.startsWith("!OPTION:")
                || upper.startsWith("!CLEAR:")) {
            return QIF;
        }
        if (start.startsWith("<") && (start.contains("camt.053") || start.contains("<BkToCstmrStmt"))) {
            return CAMT053;
        }
        if (startsALine(start, ":20:") && (startsALine(start, ":60F:") || startsALine(start, ":60M:"))) {
            return MT940;
        }
        return CSV;
    }

    /**
     * The file's start as text to look for signatures in: UTF-16 when it starts with a UTF-16 byte order mark (as
     * Windows tools save "Unicode" files), else each byte one character (Latin-1), after a UTF-8 byte order mark.
     */
    private static String headText(byte[] head, int length) {
        if (utf16(head)) {
            return new String(head, 0, length & ~1, StandardCharsets.UTF_16); // the mark says the byte order, and is dropped
        }
        String text = new String(head, 0, length, StandardCharsets.ISO_8859_1);
        return text.startsWith("\u00ef\u00bb\u00bf") ? text.substring(3) : text;
    }

    /** True when {@code bytes} start with a UTF-16 byte order mark, little-endian (FF FE) or big-endian (FE FF). */
    static boolean utf16(byte[] bytes) {
        return bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
    }

    private static boolean startsALine(String text, String tag) {
        return text.startsWith(tag) || text.contains("\n" + tag);
    }
}
