package app.outlay.data;

import app.outlay.text.ExplainedException;
import app.outlay.text.UserText;
import org.h2.tools.ChangeFileEncryption;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Protects an embedded ledger with a password: H2 encrypts the file (AES) with it, and so every backup of it in the
 * backups folder, so that no readable copy of the ledger is left in the data folder. Changing the password and
 * removing the protection work the same way. The ledger must be closed (no window open on it); its counts and sums
 * are compared before and after. The password is held in memory only.
 */
public final class LedgerProtection {

    private static final String CIPHER = "AES";
    private static final String SUFFIX = ".mv.db";

    private LedgerProtection() {
    }

    /** What was done: the ledger's contents, checked, and the backups that were converted with it. */
    public record Result(DatabaseCopy.Contents contents, List<Path> backups) { }

    /** Encrypts the plain ledger {@code plain} and its plain backups with {@code password}. */
    public static Result protect(DatabaseSettings plain, String password, Path backupFolder) {
        requirePassword(password);
        Path file = plain.h2File();
        if (LedgerFiles.isEncrypted(file)) {
            throw new ExplainedException(UserText.of("problem.ledger.alreadyProtected", file.toString()));
        }
        return convert(plain, null, password, backupFolder);
    }

    /** Decrypts the protected ledger {@code protectedLedger} and the backups that have its password. */
    public static Result unprotect(DatabaseSettings protectedLedger, Path backupFolder) {
        requireProtected(protectedLedger);
        return convert(protectedLedger, protectedLedger.password(), null, backupFolder);
    }

    /** Re-encrypts the protected ledger and the backups that have its password with {@code newPassword}. */
    public static Result changePassword(DatabaseSettings protectedLedger, String newPassword, Path backupFolder) {
        requireProtected(protectedLedger);
        requirePassword(newPassword);
        return convert(protectedLedger, protectedLedger.password(), newPassword, backupFolder);
    }

    private static Result convert(DatabaseSettings ledger, String oldPassword, String newPassword, Path backupFolder) {
        Path file = ledger.h2File();
        if (!Files.isRegularFile(file)) {
            throw new DatabaseMissingException(UserText.of("problem.database.missing", file.toString()));
        }
        DatabaseCopy.Contents before;
        try (Database database = Database.open(ledger, backupFolder)) {
            before = DatabaseCopy.contents(database);
        }
        change(file, oldPassword, newPassword);
        DatabaseSettings after = DatabaseSettings.h2(ledger.h2Base()).withPassword(newPassword);
        try (Database database = Database.open(after, backupFolder)) {
            DatabaseCopy.Contents contents = DatabaseCopy.contents(database);
            if (!contents.equals(before)) {
                throw new ExplainedException(UserText.of("problem.copy.notVerified", file.toString(), before + " / " + contents));
            }
            return new Result(contents, convertBackups(backupFolder, oldPassword, newPassword));
        }
    }

    /** The backups that had the ledger's old password (or none, when it had none) get the new one (or none). */
    private static List<Path> convertBackups(Path backupFolder, String oldPassword, String newPassword) {
        List<Path> converted = new ArrayList<>();
        if (!Files.isDirectory(backupFolder)) {
            return converted;
        }
        List<Path> backups;
        try (Stream<Path> files = Files.list(backupFolder)) {
            backups = files.filter(p -> p.getFileName().toString().endsWith(SUFFIX) && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new ExplainedException(UserText.of("problem.file.unwritable", backupFolder.toString(), String.valueOf(e.getMessage())), e);
        }
        for (Path backup : backups) {
            if (LedgerFiles.isEncrypted(backup) != (oldPassword != null)) {
                continue; // plain while the ledger was protected (or the reverse): not this ledger's to change
            }
            try {
                change(backup, oldPassword, newPassword);
                converted.add(backup);
            } catch (ExplainedException e) {
                if (oldPassword == null) {
                    throw e; // a plain copy must not stay behind
                }
                // encrypted with another password: it is not readable to anyone without that one
            }
        }
        return converted;
    }

    private static void change(Path file, String oldPassword, String newPassword) {
        String name = file.getFileName().toString();
        try {
            ChangeFileEncryption.execute(file.getParent().toString(), name.substring(0, name.length() - SUFFIX.length()),
                    CIPHER, chars(oldPassword), chars(newPassword), true);
        } catch (SQLException | RuntimeException e) {
            throw new ExplainedException(UserText.of(oldPassword == null ? "problem.file.unwritable" : "problem.ledger.wrongPassword",
                    file.toString(), String.valueOf(e.getMessage())), e);
        }
    }

    private static char[] chars(String password) {
        return password == null ? null : DatabaseSettings.h2FilePassword(password).toCharArray();
    }

    private static void requirePassword(String password) {
        if (password == null || password.isEmpty()) {
            throw new ExplainedException(UserText.of("problem.ledger.noPassword"));
        }
    }

    private static void requireProtected(DatabaseSettings ledger) {
        if (!ledger.isProtected()) {
            throw new ExplainedException(UserText.of("problem.ledger.notProtected", ledger.h2File().toString()));
        }
    }
}
