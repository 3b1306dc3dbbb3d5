package app.outlay.data;

import app.outlay.domain.ExpenseDetails;
import app.outlay.service.attachment.AttachmentRow;
import app.outlay.service.attachment.AttachmentService;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.service.expense.ExpenseService;
import app.outlay.service.tag.TagService;
import app.outlay.settings.AppPaths;
import app.outlay.settings.ProtectedFiles;
import app.outlay.testing.Checksums;
import app.outlay.testing.TestDatabases;
import app.outlay.testing.TestPostgres;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21's "done when": a 5 MB photo and a PDF attached to an expense, the ledger copied to PostgreSQL, both read
 * there by a second Outlay (its own pool), backed up and restored into a new embedded ledger: every byte identical
 * (SHA-256 of the saved files), and the tags with them.
 */
class ReceiptsTravelWithTheLedgerTest {

    @Test
    void receiptsAndTagsSurviveCopyToPostgresASecondClientAndBackupAndRestore() throws Exception {
        Path home = TestDatabases.tempDir("outlay-receipts-travel");
        ProtectedFiles protectedFiles = ProtectedFiles.forUser(AppPaths.under(home));
        byte[] photo = new byte[5 * 1024 * 1024];
        new Random(21).nextBytes(photo);
        photo[0] = (byte) 0xFF;
        photo[1] = (byte) 0xD8;
        photo[2] = (byte) 0xFF;
        byte[] pdf = ("%PDF-1.7\n" + "receipt line\n".repeat(5000) + "%%EOF\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Map<String, String> expected = Map.of("IMG_2041.jpg", AttachmentService.sha256(photo), "invoice.pdf", AttachmentService.sha256(pdf));

        DatabaseSettings pgSettings = TestPostgres.freshDatabase();
        try (Database h2 = Database.open(DatabaseSettings.h2(home.resolve("ledger").resolve("outlay")));
             Database postgres = Database.open(pgSettings)) {
            DatabaseHolder local = new DatabaseHolder(h2);
            ExpenseRow hotel = new ExpenseService(local).add(new ExpenseDetails(LocalDate.of(2026, 5, 2), "Hotel Roma",
                    new BigDecimal("412.80"), null, "two nights"));
            AttachmentService attachments = new AttachmentService(local, protectedFiles);
            attachments.attach(hotel.id(), "IMG_2041.jpg", photo);
            attachments.attach(hotel.id(), "invoice.pdf", pdf);
            new TagService(local).setTags(hotel.id(), List.of("Rome 2026", "tax-deductible"));

            DatabaseCopy.copy(h2, postgres, false);

            // A second Outlay on the shared ledger: a pool and a SessionFactory of its own.
            try (Database second = Database.open(pgSettings)) {
                DatabaseHolder shared = new DatabaseHolder(second);
                assertThat(savedHashes(new AttachmentService(shared, protectedFiles), hotel.id(), home.resolve("from-postgres")))
                        .isEqualTo(expected);
                assertThat(new TagService(shared).tagsOf(hotel.id())).containsExactly("Rome 2026", "tax-deductible");
            }

            Path backup = home.resolve("backups").resolve("ledger.mv.db");
            Backups.backUp(postgres, backup);
            try (Database restored = Database.open(DatabaseSettings.h2(home.resolve("restored").resolve("outlay")));
                 Backups.CheckedBackup checked = Backups.check(backup, null)) {
                Backups.restore(checked, restored, false, home.resolve("work"));
                DatabaseHolder back = new DatabaseHolder(restored);
                assertThat(savedHashes(new AttachmentService(back, protectedFiles), hotel.id(), home.resolve("from-backup")))
                        .isEqualTo(expected);
                assertThat(new TagService(back).tagsOf(hotel.id())).containsExactly("Rome 2026", "tax-deductible");
                assertThat(new AttachmentService(back, protectedFiles).list(hotel.id()))
                        .isEqualTo(new AttachmentService(local, protectedFiles).list(hotel.id()));
            }
        } finally {
            TestPostgres.drop(pgSettings);
        }
    }

    /** Each attachment saved as a file, by name, with the SHA-256 of the file written. */
    private static Map<String, String> savedHashes(AttachmentService attachments, long expenseId, Path folder) {
        return attachments.list(expenseId).stream().collect(Collectors.toMap(AttachmentRow::name,
                row -> Checksums.sha256(attachments.saveAs(row.id(), folder.resolve(row.name())))));
    }
}
