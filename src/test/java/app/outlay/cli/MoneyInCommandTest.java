package app.outlay.cli;

import app.outlay.testing.CliRun;
import app.outlay.testing.CliRun.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code outlay import --money-in} and the month's report with refunds and income (issue 18's "done when"). */
class MoneyInCommandTest {

    @TempDir
    Path home;

    private Result run(String... args) {
        return CliRun.in(home, args);
    }

    /** Purchases, two refunds from shops bought at this month, and a salary; newest first, as banks list them. */
    private Path statement() throws IOException {
        Path file = home.resolve("statement.csv");
        Files.writeString(file, """
                Buchungstag;Empfänger;Kategorie;Betrag
                28.03.2026;ACME GmbH Gehalt Maerz;Salary;2.400,00
                20.03.2026;Gutschrift ZALANDO SE Retoure;;59,95
                15.03.2026;REWE Markt Berlin Erstattung;;4,20
                12.03.2026;ZALANDO SE Bestellung 4711;Shopping;-119,90
                10.03.2026;REWE Markt Berlin;Groceries;-64,35
                05.03.2026;Shell Tankstelle;Transport;-70,00
                """, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void withMoneyInAutoTheRefundsReduceTheirCategoriesAndTheSalaryIsIncome() throws IOException {
        Result imported = run("import", statement().toString(), "--money-in", "auto");

        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("imported 6 (3 expenses, 2 refunds, 1 income), skipped 0 duplicates, 0 incoming\n");
        Result report = run("report", "--month", "2026-03", "--format", "csv");
        assertThat(report.code()).as(report.err()).isZero();
        assertThat(report.out()).isEqualTo("""
                category,spent,budget,remaining
                Transport,70.00,,
                Groceries,60.15,,
                Shopping,59.95,,
                Income: Salary,2400.00,,
                Total spent,190.10,,
                Total income,2400.00,,
                Net,2209.90,,
                """);
        assertThat(run("report", "--month", "2026-03").out()).isEqualTo("""
                Spending in March 2026

                Category           Spent  Budget  Remaining
                Transport          70.00
                Groceries          60.15
                Shopping           59.95
                Total spent       190.10
                Income: Salary  2,400.00
                Total income    2,400.00
                Net             2,209.90
                """);
    }

    @Test
    void withoutTheFlagOnlyThePurchasesAreImportedAsBefore() throws IOException {
        Result imported = run("import", statement().toString());

        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("imported 3, skipped 0 duplicates, 3 incoming\n");
        assertThat(run("report", "--month", "2026-03", "--format", "csv").out()).isEqualTo("""
                category,spent,budget,remaining
                Shopping,119.90,,
                Transport,70.00,,
                Groceries,64.35,,
                Total spent,254.25,,
                Total income,0.00,,
                Net,-254.25,,
                """);
        assertThat(run("import", statement().toString(), "--money-in", "skip").out())
                .startsWith("imported 0, skipped 3 duplicates, 3 incoming\n");
    }

    @Test
    void anUnknownChoiceIsAUsageErrorThatListsTheChoices() throws IOException {
        Result result = run("import", statement().toString(), "--money-in", "gift");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("'gift' is not one of skip, refund, income, auto");
        assertThat(run("report", "--month", "2026-03").out()).isEqualTo("Spending in March 2026: no expenses.\n");
    }
}
