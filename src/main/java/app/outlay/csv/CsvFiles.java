package app.outlay.csv;

import app.outlay.text.InvalidInputException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens files for reading as a stream of records in a given format. A byte-order mark is skipped when it belongs to
 * the format's encoding (a UTF-16 mark also picks the byte order); a mark of another encoding is refused, since the
 * file could then only be read wrongly. Bytes the encoding cannot read make their record a rejected one.
 */
public final class CsvFiles {

    private CsvFiles() {
    }

    /** A reader positioned at the first record (the header, if the file has one), past any preamble. Close it. */
    public static CsvReader open(Path file, CsvFormat format) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
        try {
            in.mark(3);
            byte[] start = in.readNBytes(3);
            in.reset();
            EncodingScan.Bom bom = EncodingScan.Bom.of(start, start.length);
            Charset charset = format.encoding();
            if (bom != EncodingScan.Bom.NONE) {
                if (!bom.matches(charset)) {
                    throw InvalidInputException.of("problem.encoding.bomMismatch", bom.charset.name(), charset.name());
                }
                in.skipNBytes(bom.length);
                charset = bom.charset;
            }
            return new CsvReader(new CheckedDecoding(in, charset, bom.length), format.delimiter(), format.quote())
                    .skipTo(format.firstLine());
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }
}
