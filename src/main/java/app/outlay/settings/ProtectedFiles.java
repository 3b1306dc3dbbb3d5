package app.outlay.settings;

import app.outlay.data.DatabaseSettings;
import app.outlay.text.InvalidInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Files an export (or anything else Outlay writes where the user says) must never replace: the embedded database and
 * the files H2 keeps beside it, the backups folder, the settings file and the PostgreSQL password file. Compared by
 * their real location, so a symbolic link, a {@code ..} or a second hard link to one of them is caught too.
 */
public final class ProtectedFiles {

    private final AppPaths paths;
    private final Path pgPass;

    public ProtectedFiles(AppPaths paths, Path pgPass) {
        this.paths = paths;
        this.pgPass = pgPass;
    }

    /** For the user running Outlay: their data folder and their password file ({@code PGPASSFILE} or the default). */
    public static ProtectedFiles forUser(AppPaths paths) {
        return new ProtectedFiles(paths, PgPassFile.forUser(Map.copyOf(System.getenv()), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home"))).file());
    }

    /**
     * @throws InvalidInputException naming {@code target} and what it is, when writing it would replace one of them
     */
    public void refuseToOverwrite(Path target, DatabaseSettings database) {
        Path real = real(target);
        if (database != null && database.kind() == DatabaseSettings.Kind.H2) {
            Path base = real(database.h2Base());
            // outlay.mv.db, outlay.trace.db, outlay.lock.db, outlay.upgrading, …
            if (real.getParent() != null && real.getParent().equals(base.getParent())
                    && real.getFileName().toString().startsWith(base.getFileName() + ".")
                    || sameFile(real, Path.of(database.h2Base() + ".mv.db"))) {
                throw refused(target, "export.refused.database");
            }
        }
        if (sameOrInside(real, real(paths.backupDir()))) {
            throw refused(target, "export.refused.backups");
        }
        if (sameFile(real, paths.settingsFile())) {
            throw refused(target, "export.refused.settings");
        }
        if (pgPass != null && sameFile(real, pgPass)) {
            throw refused(target, "export.refused.pgpass");
        }
    }

    private static InvalidInputException refused(Path target, String what) {
        return InvalidInputException.of("export.refused", target.toString(), app.outlay.text.UserText.of(what));
    }

    private static boolean sameOrInside(Path real, Path folder) {
        return real.startsWith(folder);
    }

    private static boolean sameFile(Path real, Path protectedFile) {
        Path other = real(protectedFile);
        if (real.equals(other)) {
            return true;
        }
        try {
            return Files.exists(real) && Files.exists(other) && Files.isSameFile(real, other);
        } catch (IOException e) {
            return false;
        }
    }

    /** The real path of the file, or of its nearest existing folder with the rest appended. */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }
}
