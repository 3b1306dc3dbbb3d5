package app.outlay.csv;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens files for reading as a stream of records in a given format (a UTF-8 BOM is skipped). */
public final class CsvFiles {

    private CsvFiles() {
    }

    /** A reader positioned at the first record (the header, if the file has one). Close it. */
    public static CsvReader open(Path file, CsvFormat format) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
        try {
            skipBom(in, format.encoding());
            // Undecodable bytes become U+FFFD: the line that holds them is then rejected for its value, not the whole read.
            var decoder = format.encoding().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            return new CsvReader(new BufferedReader(new InputStreamReader(in, decoder), 64 * 1024), format.delimiter(), format.quote());
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private static void skipBom(InputStream in, Charset charset) throws IOException {
        if (!charset.equals(StandardCharsets.UTF_8)) {
            return;
        }
        in.mark(3);
        byte[] start = in.readNBytes(3);
        if (!(start.length == 3 && (start[0] & 0xff) == 0xEF && (start[1] & 0xff) == 0xBB && (start[2] & 0xff) == 0xBF)) {
            in.reset();
        }
    }

    static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF;
    }
}
