package app.outlay.files;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Puts a finished file in place of {@code target} in one step, so a reader (or a crash) sees the old file or the new
 * one, never half of either. Where the file system cannot move atomically, a plain replacing move is the best there is.
 */
public final class AtomicReplace {

    private AtomicReplace() {
    }

    public static void move(Path finished, Path target) throws IOException {
        try {
            Files.move(finished, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(finished, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
