package app.outlay.service.split;

import app.outlay.service.category.CategoryRow;
import app.outlay.service.category.CategoryService;
import app.outlay.service.expense.ExpenseFilter;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.service.expense.ExpenseService;
import app.outlay.service.export.ExportService;
import app.outlay.service.importing.ImportReport;
import app.outlay.service.importing.ImportRequest;
import app.outlay.service.importing.ImportService;
import app.outlay.service.recurrence.Repeat;
import app.outlay.service.tag.TagService;
import app.outlay.csv.CsvDetector;
import app.outlay.csv.Detection;
import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.data.DatabaseSettings;
import app.outlay.domain.EntryKind;
import app.outlay.domain.ExpenseDetails;
import app.outlay.domain.SplitPart;
import app.outlay.settings.AppPaths;
import app.outlay.settings.ProtectedFiles;
import app.outlay.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Split payments in Outlay's own CSV (issue 21): one line per part, the payment's id in the eighth column
 * {@code split}; export then import into a fresh ledger gives the same entries, tags and parts.
 */
class SplitsCsvRoundTripTest {

    private static final LocalDate MAY_2 = LocalDate.of(2026, 5, 2);

    @Test
    void exportThenImportOfALedgerWithTagsAndSplitsIntoAFreshOneGivesIdenticalData() throws Exception {
        Path folder = TestDatabases.tempDir("outlay-splits-csv");
        Path file = folder.resolve("ledger.csv");
        List<String> before;
        try (Database source = Database.open(DatabaseSettings.h2(folder.resolve("a").resolve("outlay")))) {
            DatabaseHolder holder = new DatabaseHolder(source);
            fill(holder);
            before = dump(holder);
            new ExportService(holder, ProtectedFiles.forUser(AppPaths.under(folder))).export(ExpenseFilter.all(), file);
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("date,description,amount,category,notes,kind,tags,split,currency,ledger_amount");
        assertThat(lines).filteredOn(line -> line.contains("Supermarket")).hasSize(3)
                .allMatch(line -> line.startsWith("2026-05-02,Supermarket,") && !line.endsWith(",,,"));

        try (Database target = Database.open(DatabaseSettings.h2(folder.resolve("b").resolve("outlay")))) {
            DatabaseHolder holder = new DatabaseHolder(target);
            Detection detected = CsvDetector.detect(file);
            ImportReport report = new ImportService(holder).importFile(
                    ImportRequest.of(file, detected.format(), detected.mapping()), rejected -> { });
            assertThat(report.committed()).as(report.summary()).isTrue();
            assertThat(report.imported()).isEqualTo(5);
            assertThat(dump(holder)).isEqualTo(before);
        }
    }

    @Test
    void partsThatDoNotShareTheirPaymentsDateOrStandAloneAreRejectedByLineAndNothingIsImported() throws Exception {
        Path file = TestDatabases.tempDir("outlay-splits-bad").resolve("bad.csv");
        Files.writeString(file, "date,description,amount,category,notes,kind,tags,split\n"
                + "2026-05-02,Market,10.00,Groceries,,expense,,7\n"
                + "2026-05-03,Market,5.00,Shopping,,expense,,7\n"
                + "2026-05-04,Kiosk,2.00,,,expense,,8\n"
                + "2026-05-05,Bus,3.00,,,expense,,\n", StandardCharsets.UTF_8);
        DatabaseHolder holder = TestDatabases.emptyLedger(TestDatabases.h2());
        Detection detected = CsvDetector.detect(file);
        ImportReport report = new ImportService(holder).importFile(ImportRequest.of(file, detected.format(), detected.mapping()), r -> { });

        assertThat(report.committed()).isFalse();
        assertThat(report.rejected()).extracting(Object::toString).containsExactly(
                "line 3: split '7': a part of the split payment on line 2 must have its date and description",
                "line 4: split '8': a split needs at least two consecutive lines with this split id");
        assertThat(new ExpenseService(holder).find(ExpenseFilter.all(), 10).rows()).isEmpty();
    }

    private static void fill(DatabaseHolder holder) {
        ExpenseService expenses = new ExpenseService(holder);
        Map<String, Long> categories = new CategoryService(holder).list().stream()
                .collect(Collectors.toMap(CategoryRow::name, CategoryRow::id));
        ExpenseRow hotel = expenses.add(new ExpenseDetails(MAY_2, "Hotel", new BigDecimal("412.80"), categories.get("Travel"), "two nights"));
        new TagService(holder).setTags(hotel.id(), List.of("Rome 2026", "tax-deductible"));
        expenses.add(new ExpenseDetails(MAY_2, "Supermarket", new BigDecimal("100.00"), null, null), Repeat.NEVER, MAY_2, List.of(),
                List.of(new SplitPart(categories.get("Groceries"), new BigDecimal("60.00"), "food, \"fresh\"", List.of("family")),
                        new SplitPart(categories.get("Shopping"), new BigDecimal("30.50"), "=towels", List.of()),
                        new SplitPart(null, new BigDecimal("9.50"), null, List.of("family", "Rome 2026"))));
        // Two payments alike but for their parts, one after the other: each keeps its own.
        expenses.add(new ExpenseDetails(MAY_2, "Pharmacy", new BigDecimal("20.00"), null, null), Repeat.NEVER, MAY_2, List.of(),
                List.of(new SplitPart(categories.get("Health"), new BigDecimal("15.00"), null),
                        new SplitPart(categories.get("Shopping"), new BigDecimal("5.00"), null)));
        expenses.add(new ExpenseDetails(MAY_2, "Pharmacy", new BigDecimal("20.00"), null, null), Repeat.NEVER, MAY_2, List.of(),
                List.of(new SplitPart(categories.get("Health"), new BigDecimal("12.00"), null),
                        new SplitPart(categories.get("Groceries"), new BigDecimal("8.00"), null)));
        expenses.add(new ExpenseDetails(MAY_2.plusDays(1), "Jacket back", new BigDecimal("45.50"), null, null, EntryKind.REFUND, null),
                Repeat.NEVER, MAY_2, List.of(), List.of(new SplitPart(categories.get("Shopping"), new BigDecimal("40.00"), null),
                        new SplitPart(categories.get("Other"), new BigDecimal("5.50"), "postage")));
    }

    /** Every entry with its category, notes, tags and parts (categories by name: ids differ between ledgers). */
    private static List<String> dump(DatabaseHolder holder) {
        Map<Long, String> names = new CategoryService(holder).list().stream().collect(Collectors.toMap(CategoryRow::id, CategoryRow::name));
        TagService tags = new TagService(holder);
        ExpenseService splits = new ExpenseService(holder);
        List<String> rows = new ArrayList<>();
        for (ExpenseRow row : new ExpenseService(holder).find(ExpenseFilter.all(), 100).rows()) {
            rows.add(row.date() + "|" + row.description() + "|" + row.amount() + "|" + row.kind() + "|" + row.categoryName()
                    + "|" + row.notes() + "|" + tags.tagsOf(row.id()) + "|" + splits.partsOf(row.id()).stream()
                    .map(p -> names.get(p.categoryId()) + ":" + p.amount() + ":" + p.note() + ":" + p.tags()).toList());
        }
        rows.sort(null);
        return rows;
    }
}
