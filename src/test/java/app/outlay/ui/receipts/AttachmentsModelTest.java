package app.outlay.ui.receipts;

import app.outlay.data.DatabaseHolder;
import app.outlay.domain.ExpenseDetails;
import app.outlay.service.attachment.AttachmentRow;
import app.outlay.service.attachment.AttachmentService;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.service.expense.ExpenseService;
import app.outlay.settings.AppPaths;
import app.outlay.settings.ProtectedFiles;
import app.outlay.testing.SameThreadTasks;
import app.outlay.testing.TestDatabases;
import app.outlay.text.Texts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The dialog's receipts without a window: against real H2, the work run on the test's thread. */
class AttachmentsModelTest {

    private final SameThreadTasks tasks = new SameThreadTasks();
    private ExpenseService expenses;
    private AttachmentService service;
    private AttachmentsModel model;
    private Path folder;

    @BeforeEach
    void emptyLedger() {
        DatabaseHolder holder = TestDatabases.emptyLedger(TestDatabases.h2());
        expenses = new ExpenseService(holder);
        folder = TestDatabases.tempDir("outlay-receipts-model");
        service = new AttachmentService(holder, ProtectedFiles.forUser(AppPaths.under(folder)));
        model = new AttachmentsModel(service, tasks, Texts.of(Locale.US));
    }

    private ExpenseRow lunch() {
        return expenses.add(new ExpenseDetails(LocalDate.of(2026, 3, 3), "Lunch", new BigDecimal("12.50"), null, null));
    }

    private Path file(String name, byte[] bytes) throws Exception {
        Path file = folder.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    @Test
    void onASavedExpenseAttachingAndRemovingTakeEffectAtOnce() throws Exception {
        ExpenseRow lunch = lunch();
        model.show(lunch.id());
        Path photo = file("photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1});

        model.attachFiles(List.of(photo, photo));

        assertThat(model.rows()).extracting(AttachmentRow::name).containsExactly("photo.png");
        assertThat(service.list(lunch.id())).hasSize(1);
        List<Path> viewed = new ArrayList<>();
        model.open(model.rows().get(0), viewed::add);
        assertThat(Files.readAllBytes(viewed.get(0))).isEqualTo(Files.readAllBytes(photo));
        model.remove(model.rows().get(0));
        assertThat(model.rows()).isEmpty();
        assertThat(service.list(lunch.id())).isEmpty();
        assertThat(model.messageProperty().get()).isEmpty();
    }

    @Test
    void onANewExpenseReceiptsWaitForTheSave() throws Exception {
        model.show(null);
        model.attachFiles(List.of(file("bill.pdf", "%PDF-1.4".getBytes())));
        model.attachBytes("pasted.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 2});
        assertThat(model.rows()).extracting(AttachmentRow::name, AttachmentRow::mediaType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bill.pdf", "application/pdf"),
                        org.assertj.core.groups.Tuple.tuple("pasted.png", "image/png"));
        assertThat(model.hasPending()).isTrue();

        ExpenseRow saved = lunch();
        model.commit(saved.id(), failure -> { throw new AssertionError(failure); });

        assertThat(service.list(saved.id())).extracting(AttachmentRow::name).containsExactly("bill.pdf", "pasted.png");
        assertThat(model.hasPending()).isFalse();
    }

    @Test
    void aFileAboveTheLimitIsRefusedInPlainWordsAndNothingIsAttached() throws Exception {
        ExpenseRow lunch = lunch();
        model.show(lunch.id());
        Path big = folder.resolve("film.mov");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(21L * 1024 * 1024);
        }
        model.attachFiles(List.of(big));
        assertThat(model.messageProperty().get()).isEqualTo("film.mov is 21.0 MB; a receipt may be at most 20.0 MB");
        assertThat(model.rows()).isEmpty();

        model.show(null);
        model.attachFiles(List.of(big));
        assertThat(model.messageProperty().get()).isEqualTo("film.mov is 21.0 MB; a receipt may be at most 20.0 MB");
        assertThat(model.rows()).isEmpty();
    }
}
