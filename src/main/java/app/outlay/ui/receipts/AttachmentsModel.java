package app.outlay.ui.receipts;

import app.outlay.service.attachment.AttachmentRow;
import app.outlay.service.attachment.AttachmentService;
import app.outlay.service.attachment.MediaTypes;
import app.outlay.text.Texts;
import app.outlay.ui.common.TaskRunner;
import app.outlay.ui.common.UserMessages;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The receipts of the expense in the dialog. On a saved expense, attaching and removing take effect at once (each
 * is an undoable edit of the expense); on a new one they are held until the expense is saved ({@link #commit}).
 * Every database call and file read runs through the {@link TaskRunner}, off the FX thread.
 */
public final class AttachmentsModel {

    /** What happens to a receipt's file once written for viewing: the system's viewer opens it. */
    public interface Viewer {
        void show(Path file) throws IOException;
    }

    private final AttachmentService service;
    private final TaskRunner tasks;
    private final Texts texts;
    private final ObservableList<AttachmentRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** Held for a new expense, by their (negative) row ids. */
    private final Map<Long, byte[]> pending = new LinkedHashMap<>();
    private Long expenseId;

    public AttachmentsModel(AttachmentService service, TaskRunner tasks, Texts texts) {
        this.service = service;
        this.tasks = tasks;
        this.texts = texts;
    }

    public ObservableList<AttachmentRow> rows() {
        return rows;
    }

    /** The last problem (a file too large, one that could not be read), in plain words; empty when none. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Shows the receipts of a saved expense, or none for a new one ({@code id} null). */
    public void show(Long id) {
        expenseId = id;
        pending.clear();
        rows.clear();
        if (id != null) {
            tasks.run(() -> service.list(id), rows::setAll, this::failed);
        }
    }

    /** Attaches files (chosen, dropped or pasted as files). */
    public void attachFiles(List<Path> files) {
        message.set("");
        for (Path file : files) {
            if (expenseId != null) {
                long id = expenseId;
                tasks.run(() -> service.attach(id, file), this::added, this::failed);
            } else {
                tasks.run(() -> read(file), bytes -> hold(file.getFileName().toString(), bytes), this::failed);
            }
        }
    }

    /** Attaches bytes under a name (an image pasted from the clipboard). */
    public void attachBytes(String name, byte[] bytes) {
        message.set("");
        if (expenseId != null) {
            long id = expenseId;
            tasks.run(() -> service.attach(id, name, bytes), this::added, this::failed);
        } else {
            hold(name, bytes);
        }
    }

    public void remove(AttachmentRow row) {
        message.set("");
        if (row.id() < 0) {
            pending.remove(row.id());
            rows.remove(row);
            return;
        }
        tasks.run(() -> {
            service.remove(row.id());
            return row;
        }, rows::remove, this::failed);
    }

    /** Writes the receipt to a temporary file and hands it to the viewer, both off the FX thread. */
    public void open(AttachmentRow row, Viewer viewer) {
        message.set("");
        tasks.run(() -> {
            Path file = row.id() < 0 ? temporary(row) : service.open(row.id());
            viewer.show(file);
            return file;
        }, file -> { }, this::failed);
    }

    public void saveAs(AttachmentRow row, Path target) {
        message.set("");
        tasks.run(() -> {
            if (row.id() < 0) {
                Files.write(target, pending.get(row.id()));
                return target;
            }
            return service.saveAs(row.id(), target);
        }, file -> { }, this::failed);
    }

    /** The bytes to draw a thumbnail from (only for images JavaFX can draw). */
    public void thumbnail(AttachmentRow row, Consumer<byte[]> draw) {
        if (!row.isDrawableImage()) {
            return;
        }
        if (row.id() < 0) {
            draw.accept(pending.get(row.id()));
            return;
        }
        tasks.run(() -> service.bytes(row.id()), draw, failure -> { });
    }

    /** Attaches what was held for a new expense, now saved as {@code id}. */
    public void commit(long id, Consumer<Throwable> onFailure) {
        expenseId = id;
        List<Map.Entry<Long, byte[]>> held = new ArrayList<>(pending.entrySet());
        Map<Long, String> names = new LinkedHashMap<>();
        rows.forEach(row -> names.put(row.id(), row.name()));
        pending.clear();
        for (Map.Entry<Long, byte[]> entry : held) {
            String name = names.get(entry.getKey());
            tasks.run(() -> service.attach(id, name, entry.getValue()), row -> { }, onFailure);
        }
    }

    public boolean hasPending() {
        return !pending.isEmpty();
    }

    private void added(AttachmentRow row) {
        if (rows.stream().noneMatch(existing -> existing.id() == row.id())) {
            rows.add(row);
        }
    }

    private void hold(String name, byte[] bytes) {
        try {
            AttachmentService.refuseUnfit(name, bytes);
        } catch (RuntimeException tooLarge) {
            failed(tooLarge);
            return;
        }
        String sha256 = AttachmentService.sha256(bytes);
        if (rows.stream().anyMatch(row -> row.sha256().equals(sha256))) {
            return; // the same file twice is one receipt
        }
        long id = -(pending.size() + 1L + rows.size());
        pending.put(id, bytes);
        rows.add(new AttachmentRow(id, 0, name, MediaTypes.of(name, bytes), bytes.length, sha256, null));
    }

    /** A file's bytes, refused before reading when it is above the limit. */
    private static byte[] read(Path file) throws IOException {
        AttachmentService.refuseTooLarge(file.getFileName().toString(), Files.size(file));
        return Files.readAllBytes(file);
    }

    private Path temporary(AttachmentRow row) throws IOException {
        Path file = Files.createTempDirectory("outlay-receipt").resolve(row.name());
        Files.write(file, pending.get(row.id()));
        file.toFile().deleteOnExit();
        return file;
    }

    private void failed(Throwable failure) {
        message.set(UserMessages.describe(failure, texts));
    }
}
