package app.outlay.service.importing;

import app.outlay.service.category.CategoryRow;
import app.outlay.service.category.CategoryService;
import app.outlay.service.expense.ExpenseFilter;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.service.expense.ExpenseService;
import app.outlay.service.export.ExportService;
import app.outlay.service.history.ChangeRow;
import app.outlay.service.history.HistoryService;
import app.outlay.service.ledger.LedgerService;
import app.outlay.settings.AppPaths;
import app.outlay.settings.ProtectedFiles;
import app.outlay.csv.CategoryRule;
import app.outlay.csv.CsvDetector;
import app.outlay.csv.Detection;
import app.outlay.csv.StatementLine;
import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.domain.ExpenseDetails;
import app.outlay.testing.CsvSamples;
import app.outlay.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Import and export, run unchanged against every database Outlay supports (one subclass each). */
abstract class ImportContractTest {

    protected Database database;
    protected ImportService imports;
    protected ExportService exports;
    protected ExpenseService expenses;
    protected CategoryService categories;
    protected LedgerService ledger;

    protected abstract Database database();

    @BeforeEach
    void cleanLedger() {
        database = database();
        TestDatabases.reset(database);
        DatabaseHolder holder = new DatabaseHolder(database);
        imports = new ImportService(holder);
        // Nothing of a data folder to protect here; ImportExportCommandTest covers the refusals.
        exports = new ExportService(holder, new ProtectedFiles(AppPaths.under(Path.of("target/no-such-outlay-home")), null));
        expenses = new ExpenseService(holder);
        categories = new CategoryService(holder);
        ledger = new LedgerService(holder);
    }

    private ImportRequest detected(Path file) throws IOException {
        Detection detection = CsvDetector.detect(file);
        assertThat(detection.problem()).isNull();
        return ImportRequest.of(file, detection.format(), detection.mapping());
    }

    private ImportReport importAll(ImportRequest request) {
        return imports.importFile(request, rejected -> { });
    }

    private List<ExpenseRow> all() {
        return expenses.find(ExpenseFilter.all(), 10_000).rows().stream()
                .sorted(java.util.Comparator.comparing(ExpenseRow::date).thenComparing(ExpenseRow::description)).toList();
    }

    @Test
    void europeanBankWithBomAndDecimalComma() throws IOException {
        ImportReport report = importAll(detected(CsvSamples.file("eu-bank-utf8-bom.csv")));

        assertThat(report.committed()).isTrue();
        assertThat(report.summary()).isEqualTo("imported 5, skipped 0 duplicates, 1 incoming");
        assertThat(all()).extracting(ExpenseRow::date, ExpenseRow::description, ExpenseRow::amount).containsExactly(
                tuple(LocalDate.of(2026, 3, 2), "Café Central Wien", new BigDecimal("4.80")),
                tuple(LocalDate.of(2026, 3, 3), "Bäckerei Müller", new BigDecimal("3.25")),
                tuple(LocalDate.of(2026, 3, 6), "Miete Wohnung Jänner", new BigDecimal("1250.00")),
                tuple(LocalDate.of(2026, 3, 14), "Café Central Wien", new BigDecimal("4.80")),
                tuple(LocalDate.of(2026, 3, 20), "Tankstelle \"Süd\"", new BigDecimal("61.05")));
        // The ledger's history names the import, in one entry.
        assertThat(new HistoryService(new DatabaseHolder(database)).ofLedger(5)).extracting(ChangeRow::summary)
                .containsExactly("Imported 5 expenses from eu-bank-utf8-bom.csv");
    }

    @Test
    void windows1252TextIsReadRight() throws IOException {
        ImportReport report = importAll(detected(CsvSamples.file("eu-bank-windows-1252.csv")));

        assertThat(report.imported()).isEqualTo(5);
        assertThat(all()).extracting(ExpenseRow::description)
                .contains("Café Central Wien", "Bäckerei Müller", "Tankstelle Süd – Nord");
    }

    @Test
    void usBankWithSignedAmountsAndMultiLineQuotedDescriptions() throws IOException {
        ImportReport report = importAll(detected(CsvSamples.file("us-bank.csv")));

        assertThat(report.summary()).isEqualTo("imported 4, skipped 0 duplicates, 2 incoming");
        assertThat(all()).extracting(ExpenseRow::description, ExpenseRow::amount).containsExactly(
                tuple("STARBUCKS #1234, SEATTLE WA", new BigDecimal("5.75")),
                tuple("AMAZON MKTP US, order 113-2\n2 items: \"USB cable\", mouse", new BigDecimal("42.17")),
                tuple("RENT MARCH", new BigDecimal("1450.00")),
                tuple("Corner Deli, lunch", new BigDecimal("11.40")));
    }

    @Test
    void aTotalLineIsRejectedWithItsNumberAndNothingIsImportedUntilSkipped() throws IOException {
        ImportRequest request = detected(CsvSamples.file("with-total-line.csv"));

        ImportReport refused = importAll(request);
        assertThat(refused.committed()).isFalse();
        assertThat(refused.rejected()).extracting(StatementLine.Rejected::toString)
                .containsExactly("line 5: date 'Summe': not a date like dd.MM.yyyy");
        assertThat(ledger.counts().expenses()).isZero();

        ImportReport imported = importAll(request.skipping(Set.of(5L)));
        assertThat(imported.committed()).isTrue();
        assertThat(imported.imported()).isEqualTo(3);
        assertThat(imported.skippedLines()).isEqualTo(1);
        assertThat(ledger.counts().expenses()).isEqualTo(3);
    }

    @Test
    void oneBadLineInTheMiddleImportsNothing() throws IOException {
        add("Existing", "1.00");
        ImportReport report = importAll(detected(CsvSamples.file("one-bad-line.csv")));

        assertThat(report.committed()).isFalse();
        assertThat(report.rejectedCount()).isEqualTo(1);
        assertThat(report.rejected().get(0)).hasToString(
                "line 4: amount 'abc': not a number (decimal separator '.', thousands separator ',')");
        assertThat(ledger.counts().expenses()).isEqualTo(1);
        assertThat(categories.list()).hasSize(13); // V2's ten and V17's three of income
    }

    @Test
    void aFailureWhileWritingRollsTheWholeFileBack() throws IOException {
        // A description the database cannot take (longer than the column) only fails at insert time in the middle.
        Path file = Files.createTempFile("outlay", ".csv");
        StringBuilder csv = new StringBuilder("date,description,amount,category,notes\n");
        for (int i = 1; i <= 1200; i++) {
            csv.append("2026-01-01,line ").append(i).append(",1.00,Brand new category,\n");
        }
        Files.writeString(file, csv);
        ImportRequest request = detected(file);
        DatabaseHolder holder = new DatabaseHolder(database);
        // Drop the ledger's table of categories from under the import? No: simulate with a check constraint instead.
        try (var connection = database.dataSource().getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate("alter table expense add constraint ck_test_no_line_1000 check (description <> 'line 1000')");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ImportService(holder).importFile(request, r -> { }))
                    .isInstanceOf(RuntimeException.class);
        } finally {
            try (var connection = database.dataSource().getConnection(); var statement = connection.createStatement()) {
                statement.executeUpdate("alter table expense drop constraint ck_test_no_line_1000");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        assertThat(ledger.counts().expenses()).isZero();
        assertThat(categories.list()).extracting(CategoryRow::name).doesNotContain("Brand new category");
    }

    @Test
    void duplicatesAcrossOverlappingStatementsCountAsAMultiset() throws IOException {
        ImportReport march = importAll(detected(CsvSamples.file("statement-march.csv")));
        assertThat(march.summary()).isEqualTo("imported 4, skipped 0 duplicates, 0 incoming");

        ImportRequest overlap = detected(CsvSamples.file("statement-march-april.csv"));
        ImportReport checked = imports.check(overlap);
        assertThat(checked.summary()).isEqualTo("imported 2, skipped 2 duplicates, 1 incoming");
        assertThat(ledger.counts().expenses()).isEqualTo(4);

        ImportReport second = importAll(overlap);
        assertThat(second.summary()).isEqualTo("imported 2, skipped 2 duplicates, 1 incoming");
        assertThat(all()).extracting(ExpenseRow::date, ExpenseRow::description).containsExactly(
                tuple(LocalDate.of(2026, 3, 28), "Coffee"),
                tuple(LocalDate.of(2026, 3, 28), "Coffee"),
                tuple(LocalDate.of(2026, 3, 29), "Groceries"),
                tuple(LocalDate.of(2026, 3, 30), "Bookshop"),
                tuple(LocalDate.of(2026, 3, 30), "Bookshop"),
                tuple(LocalDate.of(2026, 4, 1), "Coffee"));

        // The same file again: everything is already there.
        assertThat(importAll(overlap).summary()).isEqualTo("imported 0, skipped 4 duplicates, 1 incoming");
    }

    @Test
    void twoIdenticalLinesInTheFileAgainstOneInTheLedger() throws IOException {
        add("Coffee", "3.50", LocalDate.of(2026, 3, 28));
        ImportReport report = importAll(detected(CsvSamples.file("statement-march.csv")));
        assertThat(report.duplicates()).isEqualTo(1);
        assertThat(report.imported()).isEqualTo(3);
        assertThat(all()).filteredOn(r -> r.description().equals("Coffee")).hasSize(2);
    }

    @Test
    void duplicatesCanBeKept() throws IOException {
        importAll(detected(CsvSamples.file("statement-march.csv")));
        ImportReport again = importAll(detected(CsvSamples.file("statement-march.csv")).keepingDuplicates(true));
        assertThat(again.imported()).isEqualTo(4);
        assertThat(again.duplicates()).isZero();
        assertThat(again.keptDuplicates()).isEqualTo(4);
        assertThat(ledger.counts().expenses()).isEqualTo(8);
    }

    @Test
    void unknownCategoriesAreCreatedOrMappedAndRulesFillTheRest() throws IOException {
        ImportRequest request = detected(CsvSamples.file("canonical.csv"));
        ImportReport checked = imports.check(request);
        assertThat(checked.unknownCategories()).containsExactly("Hobbies");
        assertThat(checked.newCategories()).containsExactly("Hobbies");

        ImportReport mapped = importAll(request.withCategoryMap(Map.of("HOBBIES", "Entertainment"))
                .withRules(List.of(new CategoryRule("parking", "Transport"))));
        assertThat(mapped.newCategories()).isEmpty();
        assertThat(categories.list()).extracting(CategoryRow::name).doesNotContain("Hobbies");
        assertThat(all()).extracting(ExpenseRow::description, ExpenseRow::categoryName).contains(
                tuple("Crème brûlée class", "Entertainment"), tuple("Parking", "Transport"), tuple("Bus pass", "Transport"));
    }

    @Test
    void newCategoriesAreCreatedOnceEach() throws IOException {
        Path file = Files.createTempFile("outlay", ".csv");
        Files.writeString(file, "date,description,amount,category\n2026-01-01,a,1,Pets\n2026-01-02,b,2,PETS\n2026-01-03,c,3, pets \n");
        ImportReport report = importAll(detected(file));
        assertThat(report.newCategories()).containsExactly("Pets");
        assertThat(categories.list()).filteredOn(c -> c.name().equalsIgnoreCase("pets")).hasSize(1);
        assertThat(all()).extracting(ExpenseRow::categoryName).containsOnly("Pets");
    }

    @Test
    void exportThenImportIntoAnEmptyLedgerGivesIdenticalData() throws IOException {
        add("Plain", "0.01", LocalDate.of(2020, 2, 29));
        CategoryRow odd = categories.create("Ünïcode, \"quoted\"", null);
        expenses.add(new ExpenseDetails(LocalDate.of(2026, 12, 31), "Comma, \"quote\" and\nnew line", new BigDecimal("99999999999999999.99"),
                odd.id(), "Notes with \"quotes\", commas,\nline breaks and ümlauts — €"));
        expenses.add(new ExpenseDetails(LocalDate.of(2026, 1, 1), "Ein Café", new BigDecimal("1234.50"),
                categoryId("Groceries"), "\t leading tab kept inside"));
        expenses.add(new ExpenseDetails(LocalDate.of(2026, 1, 1), "=1+2", new BigDecimal("7"), null, null));
        List<ExpenseRow> before = all();

        Path file = Files.createTempFile("outlay-export", ".csv");
        assertThat(exports.export(ExpenseFilter.all(), file)).isEqualTo(4);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("date,description,amount,category,notes,kind,tags,split,currency,ledger_amount\r\n");

        TestDatabases.reset(database);
        ImportReport report = importAll(detected(file));
        assertThat(report.imported()).isEqualTo(4);

        assertThat(all()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id", "version", "categoryId", "categoryColour")
                .isEqualTo(before);
    }

    @Test
    void exportFollowsTheFilter() throws IOException {
        add("January", "1.00", LocalDate.of(2026, 1, 15));
        add("February", "2.00", LocalDate.of(2026, 2, 15));
        Path file = Files.createTempFile("outlay-export", ".csv");
        long count = exports.export(new ExpenseFilter(null, LocalDate.of(2026, 2, 1), null, null), file);
        assertThat(count).isEqualTo(1);
        assertThat(Files.readAllLines(file)).containsExactly("date,description,amount,category,notes,kind,tags,split,currency,ledger_amount",
                "2026-02-15,February,2.00,,,expense,,,,");
    }

    private long categoryId(String name) {
        return categories.list().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }

    private void add(String description, String amount) {
        add(description, amount, LocalDate.of(2026, 1, 1));
    }

    private void add(String description, String amount, LocalDate date) {
        expenses.add(new ExpenseDetails(date, description, new BigDecimal(amount), null, null));
    }
}
