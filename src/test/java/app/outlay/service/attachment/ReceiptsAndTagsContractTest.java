package app.outlay.service.attachment;

import app.outlay.service.category.DuplicateNameException;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.service.expense.ExpenseService;
import app.outlay.service.history.ChangeRow;
import app.outlay.service.history.HistoryService;
import app.outlay.service.history.UndoService;
import app.outlay.service.tag.TagTotal;
import app.outlay.service.tag.TagCount;
import app.outlay.service.tag.TagService;
import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.domain.ExpenseDetails;
import app.outlay.settings.AppPaths;
import app.outlay.settings.ProtectedFiles;
import app.outlay.testing.Checksums;
import app.outlay.testing.TestDatabases;
import app.outlay.text.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Receipts and tags (issue 21) on every database Outlay supports: one subclass each. */
abstract class ReceiptsAndTagsContractTest {

    private static final LocalDate MARCH_3 = LocalDate.of(2026, 3, 3);

    protected Database database;
    private ExpenseService expenses;
    private AttachmentService attachments;
    private TagService tags;
    private UndoService undo;
    private HistoryService history;

    protected abstract Database database();

    @BeforeEach
    void cleanLedger() {
        database = database();
        DatabaseHolder holder = TestDatabases.emptyLedger(database);
        expenses = new ExpenseService(holder);
        Path home = TestDatabases.tempDir("outlay-receipts-home");
        attachments = new AttachmentService(holder, ProtectedFiles.forUser(AppPaths.under(home)));
        tags = new TagService(holder);
        undo = new UndoService(holder);
        history = new HistoryService(holder);
    }

    private ExpenseRow add(String description, String amount) {
        return expenses.add(new ExpenseDetails(MARCH_3, description, new BigDecimal(amount), null, null));
    }

    static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    static byte[] jpeg(int size, long seed) {
        byte[] bytes = randomBytes(size, seed);
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        return bytes;
    }

    @Test
    void aReceiptIsStoredReadAndSavedByteForByte() throws Exception {
        ExpenseRow lunch = add("Lunch", "12.50");
        byte[] photo = jpeg(300_000, 1);

        AttachmentRow row = attachments.attach(lunch.id(), "IMG_0001.JPG", photo);

        assertThat(row.mediaType()).isEqualTo(MediaTypes.JPEG);
        assertThat(row.size()).isEqualTo(photo.length);
        assertThat(row.sha256()).isEqualTo(AttachmentService.sha256(photo));
        assertThat(attachments.list(lunch.id())).containsExactly(row);
        assertThat(attachments.bytes(row.id())).isEqualTo(photo);
        Path saved = attachments.saveAs(row.id(), TestDatabases.tempDir("outlay-save").resolve("copy.jpg"));
        assertThat(Checksums.sha256(saved)).isEqualTo(row.sha256());
        Path opened = attachments.open(row.id());
        assertThat(opened.getFileName().toString()).isEqualTo("IMG_0001.JPG");
        assertThat(Files.readAllBytes(opened)).isEqualTo(photo);
    }

    @Test
    void theSameFileAttachedTwiceIsStoredOnce() throws SQLException {
        ExpenseRow lunch = add("Lunch", "12.50");
        ExpenseRow dinner = add("Dinner", "30.00");
        byte[] pdf = "%PDF-1.4 a receipt".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        AttachmentRow first = attachments.attach(lunch.id(), "receipt.pdf", pdf);
        AttachmentRow again = attachments.attach(lunch.id(), "receipt (1).pdf", pdf);
        AttachmentRow elsewhere = attachments.attach(dinner.id(), "receipt.pdf", pdf);

        assertThat(again).isEqualTo(first);
        assertThat(elsewhere.id()).isNotEqualTo(first.id());
        assertThat(attachments.list(lunch.id())).hasSize(1);
        assertThat(count("select count(*) from attachment_content")).isEqualTo(1);
        assertThat(count("select count(*) from attachment")).isEqualTo(2);
    }

    @Test
    void aFileAbove20MegabytesIsRefusedNamingItsSizeAndNothingChanges() throws Exception {
        ExpenseRow lunch = add("Lunch", "12.50");
        Path big = TestDatabases.tempDir("outlay-big").resolve("scan.pdf");
        try (var file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(AttachmentService.MAX_BYTES + 1);
        }

        assertThatThrownBy(() -> attachments.attach(lunch.id(), big))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("scan.pdf is 20,971,521 bytes; a receipt may be at most 20,971,520 bytes (20 MB)");
        assertThat(attachments.list(lunch.id())).isEmpty();
        assertThat(count("select count(*) from attachment_content")).isZero();
        // Exactly 20 MB is allowed.
        Path limit = big.resolveSibling("limit.pdf");
        try (var file = new java.io.RandomAccessFile(limit.toFile(), "rw")) {
            file.setLength(AttachmentService.MAX_BYTES);
            file.write("%PDF-1.4".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        assertThat(attachments.attach(lunch.id(), limit).size()).isEqualTo(AttachmentService.MAX_BYTES);
    }

    @Test
    void anEmptyFileAndOneThatIsNotWhatItsNameSaysAreRefusedNamingThem() throws Exception {
        ExpenseRow lunch = add("Lunch", "12.50");
        Path folder = TestDatabases.tempDir("outlay-unfit");
        Path empty = Files.write(folder.resolve("empty.png"), new byte[0]);
        Path fake = Files.writeString(folder.resolve("fake.pdf"), "just text", java.nio.charset.StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> attachments.attach(lunch.id(), empty)).isInstanceOf(InvalidInputException.class)
                .hasMessage("empty.png is empty (0 bytes): there is nothing to keep as a receipt.");
        assertThatThrownBy(() -> attachments.attach(lunch.id(), fake)).isInstanceOf(InvalidInputException.class)
                .hasMessage("fake.pdf is not a PDF file, although its name says so: its content is something else.");
        Path big = folder.resolve("big.jpg");
        try (var file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(21_000_000);
        }
        assertThatThrownBy(() -> attachments.attach(lunch.id(), big))
                .hasMessage("big.jpg is 21,000,000 bytes; a receipt may be at most 20,971,520 bytes (20 MB)");
        assertThat(attachments.list(lunch.id())).isEmpty();
        assertThat(count("select count(*) from attachment_content")).isZero();
    }

    @Test
    void attachingAndRemovingAreEditsThatUndoPutsBack() {
        ExpenseRow lunch = add("Lunch", "12.50");
        byte[] photo = jpeg(10_000, 2);
        AttachmentRow row = attachments.attach(lunch.id(), "photo.jpg", photo);
        attachments.remove(row.id());
        assertThat(attachments.list(lunch.id())).isEmpty();

        UndoService.UndoStep step = undo.next().orElseThrow();
        assertThat(step.label()).isEqualTo("Undo edit of \u201cLunch\u201d");
        undo.undo(step.batchId());

        assertThat(attachments.list(lunch.id())).containsExactly(row);
        assertThat(attachments.bytes(row.id())).isEqualTo(photo);
        undo.undo(undo.next().orElseThrow().batchId());
        assertThat(attachments.list(lunch.id())).isEmpty();
        assertThat(history.ofExpense(lunch.id())).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void tagsAreSetCountedRenamedMergedAndDeleted() {
        ExpenseRow lunch = add("Lunch", "12.50");
        ExpenseRow train = add("Train", "40.00");
        assertThat(tags.setTags(lunch.id(), List.of("Rome", "work", "rome "))).containsExactly("Rome", "work");
        tags.setTags(train.id(), List.of("rome", "Tax-deductible"));

        assertThat(tags.all()).extracting(TagCount::name, TagCount::expenses)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Rome", 2L), org.assertj.core.groups.Tuple.tuple("Tax-deductible", 1L),
                        org.assertj.core.groups.Tuple.tuple("work", 1L));
        assertThat(tags.totals(MARCH_3, MARCH_3)).extracting(TagTotal::tag, TagTotal::total)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Rome", new BigDecimal("52.50")),
                        org.assertj.core.groups.Tuple.tuple("Tax-deductible", new BigDecimal("40.00")),
                        org.assertj.core.groups.Tuple.tuple("work", new BigDecimal("12.50")));

        long rome = id("Rome");
        long work = id("work");
        assertThatThrownBy(() -> tags.rename(work, "ROME")).isInstanceOf(DuplicateNameException.class)
                .hasMessage("There is already a tag named \u201cROME\u201d");
        tags.rename(work, "Work");
        tags.merge(id("Tax-deductible"), rome);
        assertThat(tags.tagsOf(train.id())).containsExactly("Rome");
        assertThat(tags.all()).extracting(TagCount::name).containsExactly("Rome", "Work");
        tags.delete(rome);
        assertThat(tags.tagsOf(lunch.id())).containsExactly("Work");
        assertThat(tags.tagsOf(List.of(lunch.id(), train.id()))).containsOnlyKeys(lunch.id());
    }

    @Test
    void badTagNamesAreRefusedNamingTheValue() {
        ExpenseRow lunch = add("Lunch", "12.50");
        assertThatThrownBy(() -> tags.setTags(lunch.id(), List.of("a;b"))).isInstanceOf(InvalidInputException.class)
                .hasMessage("A tag cannot contain ';' or line breaks: \u201ca;b\u201d");
        assertThatThrownBy(() -> tags.setTags(lunch.id(), List.of("x".repeat(61)))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at most 60");
        assertThat(tags.tagsOf(lunch.id())).isEmpty();
        assertThat(tags.all()).isEmpty();
    }

    @Test
    void changingTagsIsOneUndoableStep() {
        ExpenseRow lunch = add("Lunch", "12.50");
        tags.setTags(lunch.id(), List.of("Rome"));
        tags.setTags(lunch.id(), List.of("Rome", "work"));

        undo.undo(undo.next().orElseThrow().batchId());
        assertThat(tags.tagsOf(lunch.id())).containsExactly("Rome");
        undo.undo(undo.next().orElseThrow().batchId());
        assertThat(tags.tagsOf(lunch.id())).isEmpty();
    }

    @Test
    void undoingTheDeletionOfAnExpensePutsBackItsTagsAndReceipts() {
        ExpenseRow hotel = add("Hotel", "99.00");
        byte[] photo = jpeg(50_000, 3);
        AttachmentRow receipt = attachments.attach(hotel.id(), "bill.jpg", photo);
        tags.setTags(hotel.id(), List.of("Rome", "work"));

        expenses.delete(hotel.id());
        assertThat(tags.all()).extracting(TagCount::expenses).containsOnly(0L);
        undo.undo(undo.next().orElseThrow().batchId());

        assertThat(tags.tagsOf(hotel.id())).containsExactly("Rome", "work");
        assertThat(attachments.list(hotel.id())).containsExactly(receipt);
        assertThat(attachments.bytes(receipt.id())).isEqualTo(photo);
    }

    @Test
    void theHistoryTellsWhatChangedInWords() {
        ExpenseRow lunch = add("Lunch", "12.50");
        tags.setTags(lunch.id(), List.of("Rome", "work"));
        attachments.attach(lunch.id(), "bill.pdf", "%PDF-1.4".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        tags.rename(id("work"), "Work");
        tags.delete(id("Rome"));

        assertThat(history.ofExpense(lunch.id())).extracting(ChangeRow::summary).containsExactly(
                "Changed \u201cLunch\u201d: receipts (none) \u2192 bill.pdf",
                "Changed \u201cLunch\u201d: tags (none) \u2192 Rome;work",
                "Added \u201cLunch\u201d");
        assertThat(history.ofLedger(2)).extracting(ChangeRow::summary).containsExactly(
                "Deleted tag \u201cRome\u201d",
                "Renamed tag \u201cwork\u201d: name work \u2192 Work");
    }

    private long id(String tag) {
        return tags.all().stream().filter(t -> t.name().equals(tag)).findFirst().orElseThrow().id();
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
