package app.outlay.data;

import app.outlay.files.AtomicReplace;
import app.outlay.text.ExplainedException;
import app.outlay.text.UserText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Copies of an embedded database taken just before its schema is upgraded, e.g.
 * {@code backups/outlay-v3-2026-11-24T135501.mv.db} (the schema version it had, then when). Taken as a plain file
 * copy while no connection has the file open, so the copy is consistent. The newest {@value #KEPT} per database
 * are kept; backups the user made with {@code outlay backup} are never deleted here.
 */
final class UpgradeBackups {

    static final int KEPT = 5;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss");
    private static final String SUFFIX = ".mv.db";

    private UpgradeBackups() {
    }

    /**
     * Where upgrade backups go when the caller does not say: Outlay's own layout keeps the database in
     * {@code <data folder>/data} and backups in {@code <data folder>/backups} (docs/design.md §3); a database file
     * anywhere else gets a {@code backups} folder beside it.
     */
    static Path defaultFolder(Path h2Base) {
        Path folder = h2Base.toAbsolutePath().getParent();
        if (folder.getFileName() != null && folder.getFileName().toString().equals("data") && folder.getParent() != null) {
            return folder.resolveSibling("backups");
        }
        return folder.resolve("backups");
    }

    /** Copies the (closed) database file into {@code folder}; returns the copy. Then prunes old upgrade backups. */
    static Path write(DatabaseSettings settings, String schemaVersion, Path folder, LocalDateTime now) {
        Path file = settings.h2File();
        String base = settings.h2Base().getFileName().toString();
        try {
            createOwnerOnly(folder);
            String name = base + "-v" + schemaVersion + "-" + now.format(STAMP);
            Path backup = folder.resolve(name + SUFFIX);
            for (int n = 2; Files.exists(backup); n++) {
                backup = folder.resolve(name + "-" + n + SUFFIX);
            }
            copyAtomically(file, backup);
            prune(folder, base);
            return backup;
        } catch (IOException e) {
            throw new ExplainedException(UserText.of("problem.upgrade.noBackup", file.toString(), folder.toString(),
                    String.valueOf(e.getMessage())), e);
        }
    }

    /** Puts {@code backup} back in place of the database file (closed), in one rename. */
    static void restore(Path backup, Path file) throws IOException {
        copyAtomically(backup, file);
    }

    /** Deletes all but the newest {@value #KEPT} upgrade backups of the database named {@code base}. */
    static void prune(Path folder, String base) throws IOException {
        Pattern pattern = Pattern.compile(Pattern.quote(base) + "-v[0-9.]+-(\\d{4}-\\d\\d-\\d\\dT\\d{6})(?:-(\\d+))?"
                + Pattern.quote(SUFFIX));
        List<Path> newestFirst;
        try (Stream<Path> files = Files.list(folder)) {
            newestFirst = files.filter(p -> pattern.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparing((Path p) -> sortKey(pattern, p)).reversed())
                    .toList();
        }
        for (Path old : newestFirst.subList(Math.min(KEPT, newestFirst.size()), newestFirst.size())) {
            Files.deleteIfExists(old);
        }
    }

    /** The time stamp, then the counter of backups taken within the same second. */
    private static String sortKey(Pattern pattern, Path path) {
        Matcher m = pattern.matcher(path.getFileName().toString());
        m.matches();
        return m.group(1) + String.format(java.util.Locale.ROOT, "%06d", m.group(2) == null ? 1 : Integer.parseInt(m.group(2)));
    }

    /** A temp file beside the target, then a rename: a crash leaves the old file or the new one, never half of one. */
    private static void copyAtomically(Path from, Path to) throws IOException {
        Path temp = Files.createTempFile(to.toAbsolutePath().getParent(), ".outlay-copy", ".tmp");
        try {
            Files.copy(from, temp, StandardCopyOption.REPLACE_EXISTING);
            AtomicReplace.move(temp, to);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void createOwnerOnly(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        Files.createDirectories(folder);
        try {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the user's profile folders are private already.
        }
    }
}
