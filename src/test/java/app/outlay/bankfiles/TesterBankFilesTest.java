package app.outlay.bankfiles;

import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.service.importing.ImportReport;
import app.outlay.service.importing.ImportRequest;
import app.outlay.service.importing.ImportService;
import app.outlay.service.ledger.LedgerService;
import app.outlay.service.importing.MoneyIn;
import app.outlay.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import static app.outlay.bankfiles.BankFileSamples.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The tester's bank files of 2026-12-05 (src/test/resources/bankfiles/…/tester-*), read and imported into an H2 ledger:
 * QIF categories (finding 7), CAMT pending entries and reversals (4), repeated FITIDs (5), UTF-16 files (11) and the
 * notes in the ledger's language (20). Counts and names come from SQL.
 */
class TesterBankFilesTest {

    private final Database database = TestDatabases.h2();
    private ImportService imports;

    @BeforeEach
    void freshLedger() {
        TestDatabases.reset(database);
        DatabaseHolder holder = new DatabaseHolder(database);
        imports = new ImportService(holder);
        new LedgerService(holder).setCurrency(Currency.getInstance("EUR"));
    }

    private static List<BankTransaction> read(Path file) throws IOException {
        return BankFiles.read(file, BankFiles.detect(file), QifDates.Order.AUTO);
    }

    private ImportReport importFile(Path file, MoneyIn moneyIn) throws IOException {
        return imports.importFile(ImportRequest.ofBankFile(file, BankFileChoice.of(BankFiles.detect(file))).withMoneyIn(moneyIn),
                rejected -> { });
    }

    /** {@code description | kind | amount | category | notes} of every entry, from SQL. */
    private List<String> entries() throws SQLException {
        List<String> entries = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select e.description, e.kind, e.amount, c.name, e.notes from expense e"
                     + " left join category c on c.id = e.category_id order by e.spent_on, e.id")) {
            while (rows.next()) {
                entries.add(rows.getString(1) + " | " + rows.getString(2) + " | " + rows.getBigDecimal(3).toPlainString()
                        + " | " + rows.getString(4) + " | " + rows.getString(5));
            }
        }
        return entries;
    }

    // --- Finding 7: the category of a QIF payment that is not split ---

    @Test
    void qifCategoriesOfPaymentsThatAreNotSplitAreRead() throws IOException {
        assertThat(read(sample("qif/tester-qif-categories.qif"))).extracting(BankTransaction::category)
                .containsExactly("Entertainment", "Salary", "Transport:Tickets");
    }

    @Test
    void aQifTransferIsNoCategoryAndAClassIsNotPartOfOne(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("transfer.qif"), "!Type:Bank\nD11/23/2026\nT-200.00\nPTo savings\nL[Savings]\n^\n"
                + "D11/24/2026\nT-12.00\nPRewe\nLFood:Groceries/Holiday\n^\nD11/25/2026\nT-30.00\nPShop\nSHousehold/Holiday\n$-20.00\n"
                + "S[Cash]\n$-10.00\n^\n");
        List<BankTransaction> lines = read(file);
        assertThat(lines).extracting(BankTransaction::category).containsExactly(null, "Food:Groceries", null);
        assertThat(lines).extracting(BankTransaction::transfer).containsExactly("Savings", null, null);
        assertThat(lines.get(2).splits()).extracting(BankTransaction.SplitPart::category).containsExactly("Household", null);
    }

    @Test
    void qifCategoriesAreMatchedIgnoringCaseOrCreatedOnImport(@TempDir Path dir) throws Exception {
        assertThat(importFile(sample("qif/tester-qif-categories.qif"), MoneyIn.INCOME).committed()).isTrue();
        assertThat(entries()).containsExactly(
                "Kino Cinemaxx | EXPENSE | 15.00 | Entertainment | Popcorn",
                "Bonus Payment | INCOME | 1500.00 | Salary | null",
                "BVG | EXPENSE | 7.00 | Transport:Tickets | null");
        Path shouting = Files.writeString(dir.resolve("upper.qif"), "!Type:Bank\nD11/26/2026\nT-9.00\nPCinema\nLENTERTAINMENT\n^\n"
                + "D11/27/2026\nT-50.00\nPTo savings\nL[Savings]\n^\n", StandardCharsets.UTF_8);
        importFile(shouting, MoneyIn.INCOME);
        assertThat(entries()).contains("Cinema | EXPENSE | 9.00 | Entertainment | null",
                "To savings | EXPENSE | 50.00 | null | Transfer: Savings");
        assertThat(count("select count(*) from category where lower(name) = 'entertainment'")).isEqualTo(1);
    }

    // --- Finding 4: CAMT pending entries and reversals; MT940 reversals ---

    @Test
    void camtEntriesThatAreNotBookedAreLeftOutAndCounted() throws IOException {
        BankStatement statement = BankFiles.statement(sample("camt/tester-camt053-reversal-pending.xml"), BankFormat.CAMT053,
                QifDates.Order.AUTO);
        assertThat(statement.notBooked()).isEqualTo(1);
        assertThat(statement.transactions()).extracting(BankTransaction::payee).containsExactly("Vattenfall Europe Sales GmbH",
                "Muster GmbH", "Spotify AB", "Kita Sonnenschein", "Sportverein 1860", "Spotify AB");
        assertThat(statement.transactions()).extracting(BankTransaction::payee).doesNotContain("Pending Shop");
    }

    @Test
    void aCamtReversalKeepsTheDirectionItsCreditDebitIndicatorGivesAndIsMarked(@TempDir Path dir) throws IOException {
        // ISO 20022 RvslInd: "If the CreditDebitIndicator is CRDT and ReversalIndicator is Yes, the original operation
        // was a debit entry": CdtDbtInd is the direction of the reversing booking, and the balance adds it as such.
        BankTransaction dbit = read(sample("camt/tester-camt053-reversal-pending.xml")).get(5);
        assertThat(dbit.reversal()).isTrue();
        assertThat(dbit.amount()).isEqualByComparingTo("-9.99");
        String returnedDebit = Files.readString(sample("camt/tester-camt053-reversal-pending.xml"))
                .replace("<CdtDbtInd>DBIT</CdtDbtInd>\n    <RvslInd>", "<CdtDbtInd>CRDT</CdtDbtInd>\n    <RvslInd>");
        BankTransaction crdt = read(Files.writeString(dir.resolve("returned.xml"), returnedDebit)).get(5);
        assertThat(crdt.reversal()).isTrue();
        assertThat(crdt.amount()).as("a returned direct debit: money coming back").isEqualByComparingTo("9.99");
        assertThat(read(sample("camt/tester-camt053-reversal-pending.xml")).get(2).reversal()).isFalse();
    }

    @Test
    void mt940ReversalsAreMarkedWithTheSignTheirBalanceConfirms() throws IOException {
        List<BankTransaction> lines = read(sample("mt940/tester-mt940-reversals.sta"));
        assertThat(lines).extracting(BankTransaction::amount).usingElementComparator(java.math.BigDecimal::compareTo)
                .containsExactly(new java.math.BigDecimal("10.00"), new java.math.BigDecimal("-25.00"));
        assertThat(lines).allMatch(BankTransaction::reversal);
    }

    @Test
    void pendingEntriesAreNotImportedButCountedAndAReversalIsMarkedInTheNotes() throws Exception {
        ImportReport report = importFile(sample("camt/tester-camt053-reversal-pending.xml"), MoneyIn.AUTO);
        assertThat(report.summary()).endsWith(", skipped 1 pending");
        assertThat(report.notBooked()).isEqualTo(1);
        assertThat(entries()).noneMatch(entry -> entry.startsWith("Pending Shop"));
        assertThat(entries()).contains("Spotify AB | EXPENSE | 9.99 | null | Premium Family",
                "Spotify AB | EXPENSE | 9.99 | null | Ruecklastschrift Premium Family\nReversal of an earlier booking");
    }

    @Test
    void aReturnedDirectDebitBookedAsACreditIsMoneyComingBackForTheOriginalPurchase(@TempDir Path dir) throws Exception {
        String returned = Files.readString(sample("camt/tester-camt053-reversal-pending.xml"))
                .replace("<CdtDbtInd>DBIT</CdtDbtInd>\n    <RvslInd>", "<CdtDbtInd>CRDT</CdtDbtInd>\n    <RvslInd>");
        importFile(Files.writeString(dir.resolve("returned.xml"), returned), MoneyIn.AUTO);
        assertThat(entries()).contains("Spotify AB | EXPENSE | 9.99 | null | Premium Family",
                "Spotify AB | REFUND | 9.99 | null | Ruecklastschrift Premium Family\nReversal of an earlier booking");
    }

    // --- Finding 5: a FITID used twice in one file ---

    @Test
    void anOfxFitidUsedForTwoDifferentTransactionsRefusesTheFileNamingBothLines() {
        assertThatThrownBy(() -> read(sample("ofx/tester-hostile-dup-fitid.ofx"))).isInstanceOf(BankFileException.class)
                .hasMessageStartingWith("line 53, FITID 'OFX1-0001': this transaction id is already used on line 29 for a different transaction")
                .hasMessageEndingWith("Nothing was imported.");
    }

    @Test
    void anOfxTransactionListedTwiceIsReadOnceAndCounted(@TempDir Path dir) throws IOException {
        String text = Files.readString(sample("ofx/tester-ofx1.ofx"), StandardCharsets.ISO_8859_1);
        int start = text.indexOf("<STMTTRN>");
        String starbucks = text.substring(start, text.indexOf("</STMTTRN>", start) + "</STMTTRN>\n".length());
        Path twice = Files.writeString(dir.resolve("twice.ofx"), text.replace("</BANKTRANLIST>", starbucks + "</BANKTRANLIST>"),
                StandardCharsets.ISO_8859_1);
        BankStatement statement = BankFiles.statement(twice, BankFormat.OFX, QifDates.Order.AUTO);
        assertThat(statement.repeated()).isEqualTo(1);
        assertThat(statement.transactions()).extracting(BankTransaction::bankId)
                .containsExactly("OFX1-0001", "OFX1-0002", "OFX1-0003", "OFX1-0004");
    }

    @Test
    void theTestersSequenceARefusedFileThenTheRightStatementLeavesEachLineOnce(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> importFile(sample("ofx/tester-hostile-dup-fitid.ofx"), MoneyIn.SKIP))
                .isInstanceOf(BankFileException.class).hasMessageContaining("FITID 'OFX1-0001'");
        assertThat(entries()).isEmpty();
        assertThat(importFile(sample("ofx/tester-ofx1.ofx"), MoneyIn.SKIP).summary()).isEqualTo("imported 3, skipped 0 duplicates, 1 incoming");
        assertThat(importFile(sample("ofx/tester-ofx1.ofx"), MoneyIn.SKIP).summary()).isEqualTo("imported 0, skipped 3 duplicates, 1 incoming");
        assertThat(count("select count(*) from expense where description = 'App Store'")).isEqualTo(1);

        String text = Files.readString(sample("ofx/tester-ofx1.ofx"), StandardCharsets.ISO_8859_1);
        int start = text.indexOf("<STMTTRN>");
        String starbucks = text.substring(start, text.indexOf("</STMTTRN>", start) + "</STMTTRN>\n".length());
        TestDatabases.reset(database);
        new LedgerService(new DatabaseHolder(database)).setCurrency(Currency.getInstance("EUR"));
        Path twice = Files.writeString(dir.resolve("twice.ofx"), text.replace("</BANKTRANLIST>", starbucks + "</BANKTRANLIST>"),
                StandardCharsets.ISO_8859_1);
        assertThat(importFile(twice, MoneyIn.SKIP).summary()).isEqualTo("imported 3, skipped 1 duplicate, 1 incoming");
        assertThat(count("select count(*) from expense where description = 'Starbucks Coffee'")).isEqualTo(1);
    }

    // --- Finding 11: UTF-16 files with a byte order mark ---

    @Test
    void utf16FilesAreRecognisedAndReadAsTheirUtf8Twins() throws IOException {
        assertThat(BankFiles.detect(sample("ofx/tester-ofx2-utf16.ofx"))).isEqualTo(BankFormat.OFX);
        assertThat(BankFiles.detect(sample("camt/tester-camt053-utf16.xml"))).isEqualTo(BankFormat.CAMT053);
        assertThat(BankFiles.detect(sample("mt940/tester-mt940-utf16.sta"))).isEqualTo(BankFormat.MT940);
        assertThat(BankFiles.detect(sample("qif/tester-splits-utf16.qif"))).isEqualTo(BankFormat.QIF);
        assertThat(read(sample("ofx/tester-ofx2-utf16.ofx"))).isEqualTo(read(sample("ofx/tester-ofx2.ofx")));
        assertThat(read(sample("camt/tester-camt053-utf16.xml"))).isEqualTo(read(sample("camt/tester-camt053.xml")));
        assertThat(read(sample("mt940/tester-mt940-utf16.sta"))).isEqualTo(read(sample("mt940/tester-mt940.sta")));
        assertThat(read(sample("qif/tester-splits-utf16.qif"))).isEqualTo(read(sample("qif/tester-splits.qif")));
        byte[] bigEndian = "!Type:Bank\nD11/23/2026\nT-1.00\nPShop\n^\n".getBytes(java.nio.charset.StandardCharsets.UTF_16);
        assertThat(BankFormat.detect(bigEndian)).as("Java writes FE FF first").isEqualTo(BankFormat.QIF);
    }

    @Test
    void utf16FilesImportAsTheirUtf8Twins() throws Exception {
        assertThat(importFile(sample("mt940/tester-mt940-utf16.sta"), MoneyIn.INCOME).committed()).isTrue();
        List<String> fromUtf16 = entries();
        assertThat(fromUtf16).isNotEmpty();
        assertThat(importFile(sample("mt940/tester-mt940.sta"), MoneyIn.INCOME).imported()).as("the same lines").isZero();
    }

    // --- Finding 20: notes the import writes are in the ledger's language ---

    @Test
    void notesAreWrittenInTheLanguageTheLedgersCategoriesAreNamedIn() throws Exception {
        importFile(sample("camt/tester-camt053-reversal-pending.xml"), MoneyIn.SKIP);
        assertThat(entries()).contains("Vattenfall Europe Sales GmbH | EXPENSE | 75.40 | null | Abschlag Strom Kd 998877\nValue date 2026-11-23");

        TestDatabases.reset(database);
        new LedgerService(new DatabaseHolder(database)).setCurrency(Currency.getInstance("EUR"));
        nameSeededCategoriesInGerman();
        importFile(sample("camt/tester-camt053-reversal-pending.xml"), MoneyIn.SKIP);
        assertThat(entries()).contains("Vattenfall Europe Sales GmbH | EXPENSE | 75.40 | null | Abschlag Strom Kd 998877\nWertstellung 2026-11-23",
                "Spotify AB | EXPENSE | 9.99 | null | Ruecklastschrift Premium Family\nStorno einer früheren Buchung");
    }

    /** As a ledger created with the window in German: the seeded categories in German (DefaultCategories.nameInLanguage). */
    private void nameSeededCategoriesInGerman() throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             var rename = connection.prepareStatement("update category set name = ?, name_key = ? where name = ?")) {
            app.outlay.text.Texts german = app.outlay.text.Texts.of(java.util.Locale.GERMAN);
            for (String key : List.of("groceries", "eatingOut", "housing", "utilities", "transport", "health", "shopping",
                    "entertainment", "travel", "other", "salary", "interest", "giftsReceived")) {
                String name = german.get("category.default." + key);
                rename.setString(1, name);
                rename.setString(2, app.outlay.domain.Category.keyOf(name));
                rename.setString(3, app.outlay.text.Texts.english().get("category.default." + key));
                rename.executeUpdate();
            }
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
