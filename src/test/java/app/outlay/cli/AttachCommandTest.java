package app.outlay.cli;

import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.data.DatabaseSettings;
import app.outlay.service.expense.ExpenseFilter;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.service.expense.ExpenseService;
import app.outlay.settings.AppPaths;
import app.outlay.testing.Checksums;
import app.outlay.testing.CliRun;
import app.outlay.testing.CliRun.Result;
import app.outlay.testing.CsvSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code outlay attach}, {@code outlay attachments} and {@code outlay export --attachments} on a fresh data folder. */
class AttachCommandTest {

    @TempDir
    Path home;

    private Result run(String... args) {
        return CliRun.in(home, args);
    }

    /** The imported expenses, oldest first (the ledger is closed again before the next command runs). */
    private List<ExpenseRow> expenses() {
        try (Database database = Database.open(DatabaseSettings.h2(AppPaths.under(home).defaultH2Base()))) {
            List<ExpenseRow> rows = new java.util.ArrayList<>(new ExpenseService(new DatabaseHolder(database)).find(ExpenseFilter.all(), 100).rows());
            java.util.Collections.reverse(rows);
            return rows;
        }
    }

    @Test
    void attachListSaveAndExportReceipts() throws Exception {
        assertThat(run("import", CsvSamples.file("canonical.csv").toString()).code()).isZero();
        ExpenseRow dinner = expenses().stream().filter(e -> e.description().startsWith("Dinner")).findFirst().orElseThrow();
        Path photo = home.resolve("IMG_0042.jpg");
        Files.write(photo, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3});
        Path pdf = home.resolve("bill.pdf");
        Files.writeString(pdf, "%PDF-1.4 bill", StandardCharsets.US_ASCII);

        Result attached = run("attach", Long.toString(dinner.id()), photo.toString(), pdf.toString());
        assertThat(attached.code()).as(attached.err()).isZero();
        assertThat(attached.out()).contains("attached IMG_0042.jpg (image/jpeg, 6 bytes) to expense " + dinner.id())
                .contains("attached bill.pdf (application/pdf, 13 bytes)");

        Result listed = run("attachments", Long.toString(dinner.id()));
        assertThat(listed.code()).isZero();
        List<String[]> lines = listed.out().lines().map(l -> l.split("\t")).toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).containsSubsequence("IMG_0042.jpg", "image/jpeg", "6", Checksums.sha256(photo));

        Path saved = home.resolve("saved");
        assertThat(run("attachments", Long.toString(dinner.id()), "--save", saved.toString(), "--only", lines.get(1)[0]).code()).isZero();
        try (Stream<Path> files = Files.list(saved)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("bill.pdf");
        }
        assertThat(Checksums.sha256(saved.resolve("bill.pdf"))).isEqualTo(Checksums.sha256(pdf));

        Path receipts = home.resolve("receipts");
        Result exported = run("export", "--attachments", receipts.toString());
        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(exported.out()).contains("saved 2 receipts in");
        String prefix = "2026-01-06_" + dinner.id() + "_Dinner-with-friends_";
        assertThat(Checksums.sha256(receipts.resolve(prefix + "1.jpg"))).isEqualTo(Checksums.sha256(photo));
        assertThat(Checksums.sha256(receipts.resolve(prefix + "2.pdf"))).isEqualTo(Checksums.sha256(pdf));
    }

    @Test
    void badInputIsRefusedNamingItAndChangesNothing() throws Exception {
        assertThat(run("import", CsvSamples.file("canonical.csv").toString()).code()).isZero();
        long id = expenses().get(0).id();
        Path big = home.resolve("video.mov");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(25L * 1024 * 1024);
        }

        Result tooLarge = run("attach", Long.toString(id), big.toString());
        assertThat(tooLarge.code()).isEqualTo(1);
        assertThat(tooLarge.err().strip()).isEqualTo("outlay: video.mov is 25.0 MB; a receipt may be at most 20.0 MB");
        Result noExpense = run("attach", "999999", big.toString());
        assertThat(noExpense.err().strip()).isEqualTo("outlay: video.mov is 25.0 MB; a receipt may be at most 20.0 MB");
        Path small = home.resolve("small.png");
        Files.write(small, new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Result unknown = run("attach", "999999", small.toString());
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err().strip()).isEqualTo("outlay: There is no expense with id 999999 (it may have been deleted).");
        Result missing = run("attach", Long.toString(id), home.resolve("nope.jpg").toString());
        assertThat(missing.err().strip()).isEqualTo("outlay: There is no file " + home.resolve("nope.jpg") + " to attach.");
        assertThat(run("attachments", Long.toString(id)).out()).isEmpty();
        assertThat(run("export").code()).isEqualTo(2);
    }
}
