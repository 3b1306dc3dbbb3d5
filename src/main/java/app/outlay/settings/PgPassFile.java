package app.outlay.settings;

import app.outlay.files.AtomicReplace;
import app.outlay.text.ExplainedException;
import app.outlay.text.UserText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * "Remember password": PostgreSQL's own password file (host:port:database:user:password), which the JDBC driver
 * and every PostgreSQL tool read. Written atomically and readable by the owner only.
 */
public final class PgPassFile {

    private final Path file;

    public PgPassFile(Path file) {
        this.file = file;
    }

    /** {@code PGPASSFILE}, else {@code %APPDATA%\postgresql\pgpass.conf} on Windows, else {@code ~/.pgpass}. */
    public static PgPassFile forUser(Map<String, String> environment, String osName, Path userHome) {
        String explicit = environment.get("PGPASSFILE");
        if (explicit != null && !explicit.isBlank()) {
            return new PgPassFile(Path.of(explicit));
        }
        if (osName.toLowerCase(java.util.Locale.ROOT).contains("win") && environment.get("APPDATA") != null) {
            return new PgPassFile(Path.of(environment.get("APPDATA"), "postgresql", "pgpass.conf"));
        }
        return new PgPassFile(userHome.resolve(".pgpass"));
    }

    public Path file() {
        return file;
    }

    /**
     * Adds or replaces the entry for exactly this host, port, database and user, as the first entry of the file so that
     * it wins over wildcard lines; other lines are kept in their order.
     */
    public void remember(String host, int port, String database, String user, String password) {
        String key = escape(host) + ":" + port + ":" + escape(database) + ":" + escape(user) + ":";
        try {
            List<String> lines = new ArrayList<>();
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.startsWith(key)) {
                        lines.add(line);
                    }
                }
            }
            // libpq and the driver take the FIRST line that matches: after a wildcard line such as *:*:*:ann:old
            // the remembered password would never be used. The exact line goes first (after leading comments).
            int first = 0;
            while (first < lines.size() && (lines.get(first).isBlank() || lines.get(first).startsWith("#"))) {
                first++;
            }
            lines.add(first, key + escape(password));
            write(lines);
        } catch (IOException e) {
            throw new ExplainedException(UserText.of("problem.pgpass.unwritable", file.toString(), String.valueOf(e.getMessage())), e);
        }
    }

    private void write(List<String> lines) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, ".pgpass", ".tmp");
        try {
            ownerOnly(temp);
            Files.write(temp, lines, StandardCharsets.UTF_8);
            AtomicReplace.move(temp, file);
            ownerOnly(file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** libpq ignores a password file that others can read; on Windows the profile folder protects it. */
    private static void ownerOnly(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(path, EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: %APPDATA% is private to the user already.
        }
    }

    static String escape(String field) {
        return field.replace("\\", "\\\\").replace(":", "\\:");
    }

    /** For tests and diagnostics: the permissions as rwx text, e.g. {@code rw-------}. */
    public String permissions() throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }
}
