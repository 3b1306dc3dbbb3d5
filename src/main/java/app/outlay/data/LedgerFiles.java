package app.outlay.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** What an embedded ledger's file is, told from its first bytes without opening it. */
public final class LedgerFiles {

    /** H2 starts a file it encrypts (CIPHER=AES) with this header; the rest is ciphertext. */
    private static final byte[] ENCRYPTED = "H2encrypt".getBytes(StandardCharsets.US_ASCII);

    private LedgerFiles() {
    }

    /** True for an H2 file encrypted with a password; false for a plain one, or none. */
    public static boolean isEncrypted(Path h2File) {
        if (!Files.isRegularFile(h2File)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(h2File)) {
            return Arrays.equals(in.readNBytes(ENCRYPTED.length), ENCRYPTED);
        } catch (IOException e) {
            return false;
        }
    }
}
