package app.outlay.bankfiles;

import app.outlay.text.UserText;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads a structured bank file (OFX/QFX, QIF, CAMT.053, MT940) into its transactions, all of them or none. */
public final class BankFiles {

    /** Far above a year of a household's statements; a larger file is refused before it is read. */
    public static final long MAX_BYTES = 32L * 1024 * 1024;
    /** Lines of QIF and MT940 are short (MT940: 65 characters by the standard). */
    static final int MAX_LINE = 64 * 1024;

    private BankFiles() {
    }

    /** The format of {@code file} from its first bytes ({@link BankFormat#detect}). */
    public static BankFormat detect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return BankFormat.detect(in.readNBytes(BankFormat.HEAD_BYTES));
        }
    }

    /**
     * Every transaction of {@code file} read as {@code format}, in file order.
     *
     * @param dates for QIF, which order its slashed dates are in; {@link QifDates.Order#AUTO} decides from the
     *              file and throws {@link AmbiguousDatesException} when it cannot
     * @throws BankFileException naming the line and value of the first problem; nothing is returned then
     */
    public static List<BankTransaction> read(Path file, BankFormat format, QifDates.Order dates) throws IOException {
        return statement(file, format, dates).transactions();
    }

    /** As {@link #read}, with the counts of what the file lists but the import leaves out ({@link BankStatement}). */
    public static BankStatement statement(Path file, BankFormat format, QifDates.Order dates) throws IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new BankFileException(UserText.of("bankfile.tooLarge", file.getFileName().toString(),
                    String.valueOf(size / (1024 * 1024)), String.valueOf(MAX_BYTES / (1024 * 1024))));
        }
        byte[] bytes = Files.readAllBytes(file);
        return switch (format) {
            case OFX -> OfxReader.statement(bytes);
            case QIF -> BankStatement.of(QifReader.read(text(bytes, StandardCharsets.UTF_8), dates));
            case CAMT053 -> Camt053Reader.statement(bytes);
            case MT940 -> BankStatement.of(Mt940Reader.read(text(bytes, StandardCharsets.UTF_8)));
            case CSV -> throw new IllegalArgumentException(format.name()); // CSV is read by app.outlay.csv
        };
    }

    /**
     * The bytes as text: in {@code declared} when they are valid in it, else Windows-1252 (what banks' older exports
     * use; ISO-8859-1 is a part of it). A file that starts with a UTF-16 byte order mark is UTF-16 whatever its
     * header declares. A byte order mark is dropped.
     */
    static String text(byte[] bytes, Charset declared) {
        if (BankFormat.utf16(bytes)) {
            declared = StandardCharsets.UTF_16;
        }
        try {
            String text = declared.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\ufeff") ? text.substring(1) : text;
        } catch (CharacterCodingException notDeclared) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    /** The file's lines, each checked against {@link #MAX_LINE}; line endings of any system. */
    static List<String> lines(String text) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).length() > MAX_LINE) {
                throw new BankFileException(i + 1, "", lines.get(i),
                        UserText.of("bankfile.why.tooLong", String.valueOf(lines.get(i).length()), String.valueOf(MAX_LINE)));
            }
        }
        return lines;
    }
}
