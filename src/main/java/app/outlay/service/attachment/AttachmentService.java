package app.outlay.service.attachment;

import app.outlay.service.expense.ChangedElsewhereException;
import app.outlay.service.expense.ExpenseExtras;
import app.outlay.service.history.ChangeRecorder;
import app.outlay.data.DatabaseHolder;
import app.outlay.domain.Expense;
import app.outlay.files.AtomicReplace;
import app.outlay.settings.ProtectedFiles;
import app.outlay.text.ExplainedException;
import app.outlay.text.InvalidInputException;
import app.outlay.text.UserText;
import org.hibernate.Session;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Collection;

/**
 * Receipts: files attached to expenses, stored in the database (so a shared ledger, a backup and a copy carry them),
 * each content once (by SHA-256). Attaching and removing are edits of the expense: they are in its history and
 * Ctrl+Z undoes them. One short transaction per call; only {@link #bytes}, {@link #open} and {@link #saveAs} read bytes.
 */
public final class AttachmentService {

    /** 20 MB: a phone photo or a scanned PDF fits; a video does not. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    /** Keeps an expense's history entry (names and hashes of its receipts) within the change log's limit. */
    public static final int MAX_PER_EXPENSE = 30;
    private static final int NAME_MAX = 100;

    private final DatabaseHolder database;
    private final ProtectedFiles protectedFiles;

    public AttachmentService(DatabaseHolder database, ProtectedFiles protectedFiles) {
        this.database = database;
        this.protectedFiles = protectedFiles;
    }

    /**
     * Attaches a file. Its size is checked before a byte is read: a file above {@link #MAX_BYTES} is refused with its
     * name and size, and nothing changes.
     */
    public AttachmentRow attach(long expenseId, Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(UserText.of("problem.attachment.noFile", file.toString()), e);
        } catch (IOException e) {
            throw new ExplainedException(UserText.of("problem.file.unreadable", file.toString(), String.valueOf(e.getMessage())), e);
        }
        refuseTooLarge(file.getFileName().toString(), size);
        try {
            return attach(expenseId, file.getFileName().toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new ExplainedException(UserText.of("problem.file.unreadable", file.toString(), String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * Attaches {@code bytes} (a pasted image, a dropped file) under {@code name}. The same content attached to the
     * same expense again returns the attachment it already has; attached elsewhere, its bytes are stored once.
     */
    public AttachmentRow attach(long expenseId, String name, byte[] bytes) {
        refuseUnfit(name, bytes);
        String cleanName = cleanName(name);
        String sha256 = sha256(bytes);
        String mediaType = MediaTypes.of(cleanName, bytes);
        return database.sessionFactory().fromTransaction(session -> {
            Expense expense = existing(session, expenseId);
            List<AttachmentRow> now = AttachmentStore.of(session, expenseId);
            for (AttachmentRow row : now) {
                if (row.sha256().equals(sha256)) {
                    return row;
                }
            }
            if (now.size() >= MAX_PER_EXPENSE) {
                throw InvalidInputException.of("problem.attachment.tooMany", MAX_PER_EXPENSE);
            }
            Map<String, String> before = ExpenseExtras.withExtras(ChangeRecorder.snapshot(expense), session, expenseId);
            AttachmentRow added = session.doReturningWork(connection -> {
                AttachmentStore.storeContent(connection, sha256, bytes);
                return AttachmentStore.link(connection, new AttachmentRow(0, expenseId, cleanName, mediaType, bytes.length, sha256, null));
            });
            record(session, expense, before);
            return added;
        });
    }

    public List<AttachmentRow> list(long expenseId) {
        return database.sessionFactory().fromTransaction(session -> AttachmentStore.of(session, expenseId));
    }

    /** Which of these expenses have a receipt: for the list's paperclip, without reading any bytes. */
    public Set<Long> withAttachments(Collection<Long> expenseIds) {
        return database.read(connection -> AttachmentStore.withAttachments(connection, expenseIds));
    }

    /** The attachment's bytes. */
    public byte[] bytes(long attachmentId) {
        byte[] bytes = database.sessionFactory().fromTransaction(session -> AttachmentStore.bytes(session, attachmentId));
        if (bytes == null) {
            throw ChangedElsewhereException.deleted(UserText.of("problem.attachment.gone"));
        }
        return bytes;
    }

    /**
     * Writes the attachment to a new folder of the system's temporary folder under its own name, for the system's
     * viewer; returns the file.
     */
    public Path open(long attachmentId) {
        AttachmentRow row = get(attachmentId);
        byte[] bytes = bytes(attachmentId);
        try {
            Path folder = Files.createTempDirectory("outlay-receipt");
            Path file = folder.resolve(fileName(row));
            Files.write(file, bytes);
            file.toFile().deleteOnExit();
            folder.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new ExplainedException(UserText.of("problem.file.unwritable", System.getProperty("java.io.tmpdir"), String.valueOf(e.getMessage())), e);
        }
    }

    /** Writes the attachment to {@code target} (replaced once complete); refuses Outlay's own files. */
    public Path saveAs(long attachmentId, Path target) {
        Path absolute = target.toAbsolutePath();
        protectedFiles.refuseToOverwrite(absolute, database.get().settings());
        byte[] bytes = bytes(attachmentId);
        write(absolute, bytes);
        return absolute;
    }

    /** Removes an attachment from its expense (undoable: the bytes stay stored while the history names them). */
    public void remove(long attachmentId) {
        database.sessionFactory().inTransaction(session -> {
            AttachmentRow row = AttachmentStore.get(session, attachmentId);
            if (row == null) {
                throw ChangedElsewhereException.deleted(UserText.of("problem.attachment.gone"));
            }
            Expense expense = existing(session, row.expenseId());
            Map<String, String> before = ExpenseExtras.withExtras(ChangeRecorder.snapshot(expense), session, row.expenseId());
            session.doWork(connection -> AttachmentStore.unlink(connection, attachmentId));
            record(session, expense, before);
        });
    }

    public AttachmentRow get(long attachmentId) {
        AttachmentRow row = database.sessionFactory().fromTransaction(session -> AttachmentStore.get(session, attachmentId));
        if (row == null) {
            throw ChangedElsewhereException.deleted(UserText.of("problem.attachment.gone"));
        }
        return row;
    }

    /** The name to give the attachment's file: its own, with an extension that suits its type when it has none. */
    static String fileName(AttachmentRow row) {
        String name = row.name();
        return name.contains(".") ? name : name + MediaTypes.extension(row.mediaType());
    }

    static void write(Path target, byte[] bytes) {
        try {
            Path folder = target.getParent();
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, ".outlay-receipt", ".tmp");
            try {
                Files.write(temp, bytes);
                AtomicReplace.move(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new ExplainedException(UserText.of("problem.file.unwritable", target.toString(), String.valueOf(e.getMessage())), e);
        }
    }

    private void record(Session session, Expense expense, Map<String, String> before) {
        Map<String, String> after = ExpenseExtras.withExtras(ChangeRecorder.snapshot(expense), session, expense.getId());
        new ChangeRecorder(session, database.appSession()).extrasChanged(expense.getId(), before, after);
    }

    /** Refuses a file above {@link #MAX_BYTES}, naming it and its size (in bytes where megabytes would look the same). */
    public static void refuseTooLarge(String name, long size) {
        if (size > MAX_BYTES) {
            String megabytes = megabytes(size, 1);
            // 21,000,000 bytes is "20.0 MB" too: where one decimal cannot tell the size from the limit, bytes do.
            throw megabytes.equals(megabytes(MAX_BYTES, 1))
                    ? InvalidInputException.of("problem.attachment.tooLargeBytes", name, size, MAX_BYTES)
                    : InvalidInputException.of("problem.attachment.tooLarge", name, megabytes, megabytes(MAX_BYTES, 1));
        }
    }

    /**
     * Refuses what cannot be a receipt, naming the file: above {@link #MAX_BYTES}, empty, or a name ending in .pdf,
     * .png, .jpg or .jpeg whose content is not such a file (a text file named fake.pdf).
     */
    public static void refuseUnfit(String name, byte[] bytes) {
        refuseTooLarge(name, bytes.length);
        if (bytes.length == 0) {
            throw InvalidInputException.of("problem.attachment.empty", name);
        }
        String claimed = MediaTypes.of(name, new byte[0]);
        if (MediaTypes.CHECKED.contains(claimed) && !claimed.equals(MediaTypes.of("", bytes))) {
            throw InvalidInputException.of("problem.attachment.notWhatItsNameSays", name, MediaTypes.extension(claimed).substring(1).toUpperCase(
                    java.util.Locale.ROOT));
        }
    }

    /** Megabytes with {@code digits} decimals, as people read file sizes. */
    static String megabytes(long bytes, int digits) {
        return new BigDecimal(bytes).divide(BigDecimal.valueOf(1024L * 1024), digits, RoundingMode.HALF_UP).toPlainString();
    }

    /** The file name without folders or control characters, at most 100 characters (keeping its extension). */
    static String cleanName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (base.isEmpty()) {
            base = "receipt";
        }
        if (base.length() > NAME_MAX) {
            int dot = base.lastIndexOf('.');
            String extension = dot > 0 && base.length() - dot <= 10 ? base.substring(dot) : "";
            base = base.substring(0, NAME_MAX - extension.length()) + extension;
        }
        return base;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java has SHA-256
        }
    }

    private static Expense existing(Session session, long id) {
        Expense expense = session.find(Expense.class, id);
        if (expense == null) {
            throw ChangedElsewhereException.deleted(UserText.of("problem.attachment.noExpense", Long.toString(id)));
        }
        return expense;
    }
}
