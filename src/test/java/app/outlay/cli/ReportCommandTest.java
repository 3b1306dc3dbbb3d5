package app.outlay.cli;

import app.outlay.testing.CliRun;
import app.outlay.testing.CliRun.Result;
import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.data.DatabaseSettings;
import app.outlay.domain.ExpenseDetails;
import app.outlay.service.category.CategoryService;
import app.outlay.service.expense.ExpenseService;
import app.outlay.service.ledger.LedgerService;
import app.outlay.settings.AppPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code outlay report} on a home whose ledger was filled through the services. */
class ReportCommandTest {

    @TempDir
    Path home;

    private Result run(String... args) {
        return CliRun.in(home, args);
    }

    /** March 2026 plus an expense on each side of it, which the report must leave out. */
    private void fillLedger() {
        AppPaths paths = AppPaths.under(home).createFolders();
        try (Database database = Database.open(DatabaseSettings.h2(paths.defaultH2Base()))) {
            DatabaseHolder holder = new DatabaseHolder(database);
            CategoryService categories = new CategoryService(holder);
            ExpenseService expenses = new ExpenseService(holder);
            long gifts = categories.create("Gifts, cards", null).id();
            categories.setBudget(id(categories, "Groceries"), new BigDecimal("400.00"));
            categories.setBudget(id(categories, "Housing"), new BigDecimal("1200.00"));
            categories.setBudget(id(categories, "Transport"), new BigDecimal("60.00"));
            add(expenses, "2026-02-28", "Weekly shop", "99.99", id(categories, "Groceries"));
            add(expenses, "2026-03-01", "Rent", "1250.00", id(categories, "Housing"));
            add(expenses, "2026-03-02", "Weekly shop", "82.40", id(categories, "Groceries"));
            add(expenses, "2026-03-05", "Lunch", "12.50", id(categories, "Eating out"));
            add(expenses, "2026-03-09", "Parking", "3.00", null);
            add(expenses, "2026-03-16", "Market", "45.10", id(categories, "Groceries"));
            add(expenses, "2026-03-20", "Dinner with friends", "64.00", id(categories, "Eating out"));
            add(expenses, "2026-03-31", "Birthday card", "20.00", gifts);
            add(expenses, "2026-04-01", "Rent", "1250.00", id(categories, "Housing"));
        }
    }

    private static long id(CategoryService categories, String name) {
        return categories.list().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }

    private static void add(ExpenseService expenses, String date, String description, String amount, Long category) {
        expenses.add(new ExpenseDetails(LocalDate.parse(date), description, new BigDecimal(amount), category, null));
    }

    @Test
    void textShowsTheMonthByCategoryWithBudgetsAndTheTotal() {
        fillLedger();

        Result result = run("report", "--month", "2026-03");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("""
                Spending in March 2026

                Category         Spent    Budget  Remaining
                Housing       1,250.00  1,200.00     -50.00  over budget
                Groceries       127.50    400.00     272.50
                Eating out       76.50
                Gifts, cards     20.00
                No category       3.00
                Transport         0.00     60.00      60.00
                Total         1,477.00
                """);
    }

    @Test
    void csvIsMachineReadable() {
        fillLedger();

        Result result = run("report", "--month", "2026-03", "--format", "csv");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("""
                category,spent,budget,remaining
                Housing,1250.00,1200.00,-50.00
                Groceries,127.50,400.00,272.50
                Eating out,76.50,,
                "Gifts, cards",20.00,,
                No category,3.00,,
                Transport,0.00,60.00,60.00
                Total spent,1477.00,,
                Total income,0.00,,
                Net,-1477.00,,
                """);
    }

    @Test
    void aMonthWithoutExpensesStillShowsTheBudgets() {
        fillLedger();

        Result result = run("report", "--month", "2025-01");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("""
                Spending in January 2025

                Category   Spent    Budget  Remaining
                Groceries   0.00    400.00     400.00
                Housing     0.00  1,200.00   1,200.00
                Transport   0.00     60.00      60.00
                Total       0.00
                """);
        assertThat(run("report", "--month", "2025-01", "--format", "CSV").out())
                .isEqualTo("category,spent,budget,remaining\nGroceries,0.00,400.00,400.00\nHousing,0.00,1200.00,1200.00\n"
                        + "Transport,0.00,60.00,60.00\nTotal spent,0.00,,\nTotal income,0.00,,\nNet,0.00,,\n");
    }

    @Test
    void theTitleNamesTheLedgersCurrencyOnceOneIsChosenAndTheCsvStaysPlain() {
        fillLedger();
        try (Database database = Database.open(DatabaseSettings.h2(AppPaths.under(home).defaultH2Base()))) {
            new LedgerService(new DatabaseHolder(database)).setCurrency(Currency.getInstance("CHF"));
        }

        assertThat(run("report", "--month", "2026-03").out()).startsWith("Spending in March 2026 (CHF)\n\n");
        assertThat(run("report", "--month", "2026-03", "--format", "csv").out()).startsWith("category,spent,budget,remaining\nHousing,1250.00,");
    }

    @Test
    void anEmptyLedgerSaysThereIsNothingToReport() {
        Result result = run("report", "--month", "2026-03");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("Spending in March 2026: no expenses.\n");
    }

    @Test
    void badMonthIsAUsageError() {
        Result result = run("report", "--month", "March");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("'March' is not a month; write it as YYYY-MM, e.g. 2026-03");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void unknownFormatIsAUsageError() {
        Result result = run("report", "--format", "xml");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("xml");
    }
}
