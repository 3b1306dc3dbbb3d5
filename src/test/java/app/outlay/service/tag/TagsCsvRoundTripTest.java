package app.outlay.service.tag;

import app.outlay.service.expense.ExpenseFilter;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.service.expense.ExpenseService;
import app.outlay.service.export.ExportService;
import app.outlay.service.importing.ImportReport;
import app.outlay.service.importing.ImportRequest;
import app.outlay.service.importing.ImportService;
import app.outlay.csv.CsvDetector;
import app.outlay.csv.Detection;
import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.data.DatabaseSettings;
import app.outlay.domain.ExpenseDetails;
import app.outlay.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Tags in Outlay's own CSV: the seventh column, ';'-separated; export then import into a fresh ledger gives them back. */
class TagsCsvRoundTripTest {

    @Test
    void exportThenImportIntoAFreshLedgerGivesTheSameTags() throws Exception {
        Path folder = TestDatabases.tempDir("outlay-tags-csv");
        Path file = folder.resolve("ledger.csv");
        Map<String, List<String>> before;
        try (Database source = Database.open(DatabaseSettings.h2(folder.resolve("a").resolve("outlay")))) {
            DatabaseHolder holder = new DatabaseHolder(source);
            ExpenseService expenses = new ExpenseService(holder);
            TagService tags = new TagService(holder);
            ExpenseRow hotel = expenses.add(new ExpenseDetails(LocalDate.of(2026, 5, 2), "Hotel", new BigDecimal("412.80"), null, null));
            ExpenseRow lunch = expenses.add(new ExpenseDetails(LocalDate.of(2026, 5, 3), "Lunch", new BigDecimal("12.50"), null, null));
            expenses.add(new ExpenseDetails(LocalDate.of(2026, 5, 4), "Bus", new BigDecimal("2.00"), null, null));
            tags.setTags(hotel.id(), List.of("Rome 2026", "tax-deductible"));
            tags.setTags(lunch.id(), List.of("=formula-looking", "Rome 2026"));
            before = tagsByDescription(expenses, tags);
            new ExportService(holder, app.outlay.settings.ProtectedFiles.forUser(app.outlay.settings.AppPaths.under(folder))).export(ExpenseFilter.all(), file, true);
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("date,description,amount,category,notes,kind,tags,split,currency,ledger_amount,id");
        assertThat(lines.get(1)).startsWith("2026-05-02,Hotel,412.80,,,expense,Rome 2026;tax-deductible,,");

        try (Database target = Database.open(DatabaseSettings.h2(folder.resolve("b").resolve("outlay")))) {
            DatabaseHolder holder = new DatabaseHolder(target);
            Detection detected = CsvDetector.detect(file);
            ImportReport report = new ImportService(holder).importFile(
                    ImportRequest.of(file, detected.format(), detected.mapping()), rejected -> { });
            assertThat(report.committed()).as(report.summary()).isTrue();
            assertThat(tagsByDescription(new ExpenseService(holder), new TagService(holder))).isEqualTo(before);
        }
    }

    @Test
    void aBadTagInTheFileNamesTheLineAndImportsNothing() throws Exception {
        Path file = TestDatabases.tempDir("outlay-tags-bad").resolve("bad.csv");
        Files.writeString(file, "date,description,amount,category,notes,kind,tags\n2026-05-02,Hotel,10.00,,,expense,ok\n"
                + "2026-05-03,Taxi,9.00,,,expense," + "x".repeat(61) + "\n", StandardCharsets.UTF_8);
        DatabaseHolder holder = TestDatabases.emptyLedger(TestDatabases.h2());
        Detection detected = CsvDetector.detect(file);
        ImportReport report = new ImportService(holder).importFile(ImportRequest.of(file, detected.format(), detected.mapping()), r -> { });

        assertThat(report.committed()).isFalse();
        assertThat(report.rejected()).extracting(Object::toString).containsExactly("line 3: tags '" + "x".repeat(60)
                + "\u2026': The tag \u201c" + "x".repeat(61) + "\u201d is too long: at most 60 characters.");
        assertThat(new TagService(holder).all()).isEmpty();
    }

    private static Map<String, List<String>> tagsByDescription(ExpenseService expenses, TagService tags) {
        Map<String, List<String>> byDescription = new TreeMap<>();
        for (ExpenseRow row : expenses.find(ExpenseFilter.all(), 100).rows()) {
            byDescription.put(row.description(), tags.tagsOf(row.id()));
        }
        return byDescription;
    }
}
