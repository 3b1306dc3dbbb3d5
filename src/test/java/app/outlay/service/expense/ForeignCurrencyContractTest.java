package app.outlay.service.expense;

import app.outlay.service.category.CategoryRow;
import app.outlay.service.category.CategoryService;
import app.outlay.service.category.CategoryTotal;
import app.outlay.service.export.ExportService;
import app.outlay.service.history.UndoService;
import app.outlay.service.importing.ImportReport;
import app.outlay.service.importing.ImportRequest;
import app.outlay.service.importing.ImportService;
import app.outlay.service.ledger.LedgerConversion;
import app.outlay.service.ledger.LedgerService;
import app.outlay.service.rates.RateService;
import app.outlay.service.recurrence.Repeat;
import app.outlay.service.report.CurrencyReport;
import app.outlay.service.report.CurrencyTotal;
import app.outlay.service.report.ReportService;
import app.outlay.data.Database;
import app.outlay.data.DatabaseCopy;
import app.outlay.data.DatabaseHolder;
import app.outlay.data.DatabaseSettings;
import app.outlay.domain.ExpenseDetails;
import app.outlay.domain.ForeignAmount;
import app.outlay.rates.Quote;
import app.outlay.testing.TestDatabases;
import app.outlay.text.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Entries paid in other currencies (issue 22), run unchanged against every database (one subclass each). */
abstract class ForeignCurrencyContractTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency KWD = Currency.getInstance("KWD");
    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

    protected Database database;
    private DatabaseHolder holder;
    private ExpenseService expenses;

    protected abstract Database database();

    @BeforeEach
    void euroLedger() {
        database = database();
        TestDatabases.reset(database);
        holder = new DatabaseHolder(database);
        expenses = new ExpenseService(holder);
        new LedgerService(holder).setCurrency(EUR);
    }

    /** Ramen for 3200 yen at 0.0061, a hotel booked as 41.37 EUR for 45 USD, a taxi for 3.200 KWD at 2.95. */
    private List<ExpenseRow> travel() {
        return List.of(
                expenses.add(details("Ramen").paidIn(ForeignAmount.atRate(JPY, new BigDecimal("3200"), new BigDecimal("0.0061")), EUR)),
                expenses.add(details("Hotel").paidIn(ForeignAmount.withLedgerAmount(USD, new BigDecimal("45"), new BigDecimal("41.37")), EUR)),
                expenses.add(details("Taxi").paidIn(ForeignAmount.atRate(KWD, new BigDecimal("3.2"), new BigDecimal("2.95")), EUR)),
                expenses.add(details("Bread")));
    }

    private static ExpenseDetails details(String description) {
        return new ExpenseDetails(MARCH_2, description, new BigDecimal("2.10"), null, null);
    }

    @Test
    void jpyUsdAndKwdAreStoredToTheirMinorUnitsAndSummedInTheLedgersCurrency() {
        travel();

        List<ExpenseRow> rows = expenses.find(ExpenseFilter.all(), 10).rows();
        assertThat(rows).extracting(ExpenseRow::description, r -> r.amount().toPlainString(), ExpenseRow::currency,
                        r -> r.originalAmount() == null ? null : r.originalAmount().toPlainString(),
                        r -> r.rate() == null ? null : r.rate().toPlainString())
                .containsExactlyInAnyOrder(
                        tuple("Ramen", "19.52", "JPY", "3200", "0.0061"),
                        tuple("Hotel", "41.37", "USD", "45.00", "0.9193333333333333"),
                        tuple("Taxi", "9.44", "KWD", "3.200", "2.95"),
                        tuple("Bread", "2.10", null, null, null));
        // Totals sum the ledger amounts only: 19.52 + 41.37 + 9.44 + 2.10
        assertThat(expenses.summarize(ExpenseFilter.all()).total()).isEqualTo("72.43");
    }

    @Test
    void theBreakdownByOriginalCurrencyAddsUpToThePeriodsTotal() {
        travel();
        expenses.add(details("Sushi").paidIn(ForeignAmount.atRate(JPY, new BigDecimal("1800"), new BigDecimal("0.0062")), EUR));
        // A refund in yen reduces the yen spent, and income is not spending.
        expenses.add(details("Ramen refund").as(app.outlay.domain.EntryKind.REFUND)
                .paidIn(ForeignAmount.atRate(JPY, new BigDecimal("200"), new BigDecimal("0.0061")), EUR));
        expenses.add(details("Salary").as(app.outlay.domain.EntryKind.INCOME)
                .paidIn(ForeignAmount.atRate(USD, new BigDecimal("100"), new BigDecimal("0.9")), EUR));

        List<CurrencyTotal> breakdown = new CurrencyReport(holder).byOriginalCurrency(MARCH_2, MARCH_2);

        // JPY: 3200 + 1800 − 200 = 4800 yen, 19.52 + 11.16 − 1.22 = 29.46 EUR, 0.0061375 on average.
        assertThat(breakdown).extracting(CurrencyTotal::currency, t -> t.originalTotal().toPlainString(),
                        t -> t.ledgerTotal().toPlainString(), t -> t.averageRate() == null ? null : t.averageRate().toPlainString(),
                        CurrencyTotal::count)
                .containsExactly(
                        tuple(null, "2.10", "2.10", null, 1L),
                        tuple("USD", "45.00", "41.37", "0.9193333333333333", 1L),
                        tuple("JPY", "4800", "29.46", "0.0061375", 3L),
                        tuple("KWD", "3.200", "9.44", "2.95", 1L));
        BigDecimal total = new ReportService(holder).totalsByCategory(MARCH_2, MARCH_2).stream()
                .map(CategoryTotal::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(breakdown.stream().map(CurrencyTotal::ledgerTotal).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualTo(total)
                .isEqualTo("82.37");
    }

    @Test
    void searchFindsTheCurrencyAndEitherAmount() {
        travel();
        assertThat(expenses.find(ExpenseFilter.all().withSearch("usd"), 10).rows()).extracting(ExpenseRow::description).containsExactly("Hotel");
        assertThat(expenses.find(ExpenseFilter.all().withSearch("45"), 10).rows()).extracting(ExpenseRow::description).containsExactly("Hotel");
        assertThat(expenses.find(ExpenseFilter.all().withSearch("41,37"), 10).rows()).extracting(ExpenseRow::description).containsExactly("Hotel");
        assertThat(expenses.find(ExpenseFilter.all().withSearch("3200"), 10).rows()).extracting(ExpenseRow::description).containsExactly("Ramen");
        assertThat(expenses.summarize(ExpenseFilter.all().withSearch("kwd")).total()).isEqualTo("9.44");
    }

    @Test
    void aPaymentInYenSplitIntoPartsKeepsItsAmountAsPaidAndItsPartsAddUpToTheLedgerAmount() {
        ExpenseRow row = expenses.add(details("Market").paidIn(ForeignAmount.atRate(JPY, new BigDecimal("3200"), new BigDecimal("0.0061")), EUR),
                Repeat.NEVER, MARCH_2, List.of(), List.of(new app.outlay.domain.SplitPart(null, new BigDecimal("12.00"), "fish", List.of()),
                        new app.outlay.domain.SplitPart(null, new BigDecimal("7.52"), "tea", List.of())));
        assertThat(row.amount()).isEqualTo("19.52");
        assertThat(row.paid().original()).isEqualTo("3200");
        assertThat(expenses.partsOf(row.id())).extracting(app.outlay.domain.SplitPart::amount)
                .containsExactly(new BigDecimal("12.00"), new BigDecimal("7.52"));
    }

    private static app.outlay.domain.SplitPart dollars(String original, String note) {
        return app.outlay.domain.SplitPart.asPaid(null, new BigDecimal(original), note, List.of());
    }

    @Test
    void aPaymentInDollarsIsSplitInDollarsAndTheRoundingCentGoesToTheLargestPart() {
        // 30 USD at 0.3333: 9.999, so 10.00 EUR; its parts 7, 13 and 10 USD are 2.33, 4.33 and 3.33 each, 9.99 together:
        // the cent left over goes to the largest part, 13 USD, so that the parts make the payment's 10.00 exactly.
        ExpenseRow row = expenses.add(new ExpenseDetails(MARCH_2, "Diner", new BigDecimal("2.10"), null, null)
                        .paidIn(ForeignAmount.atRate(USD, new BigDecimal("30"), new BigDecimal("0.3333")), EUR),
                Repeat.NEVER, MARCH_2, List.of(), List.of(dollars("7", "fries"), dollars("13", "burger"), dollars("10.00", "tip")));
        assertThat(row.amount()).isEqualTo("10.00");
        assertThat(expenses.partsOf(row.id())).extracting(app.outlay.domain.SplitPart::original, app.outlay.domain.SplitPart::amount)
                .containsExactly(tuple(new BigDecimal("7.00"), new BigDecimal("2.33")), tuple(new BigDecimal("13.00"), new BigDecimal("4.34")),
                        tuple(new BigDecimal("10.00"), new BigDecimal("3.33")));

        // The parts as paid must make the payment as paid; nothing is saved otherwise.
        assertThatThrownBy(() -> expenses.update(row.id(), row.version(), new ExpenseDetails(MARCH_2, "Diner", new BigDecimal("2.10"), null, null)
                        .paidIn(ForeignAmount.atRate(USD, new BigDecimal("30"), new BigDecimal("0.3333")), EUR), null, null,
                List.of(dollars("7", null), dollars("20", null)))).isInstanceOf(InvalidInputException.class)
                .hasMessage("Split: the parts add up to 27.00 USD, but the payment is 30.00 USD (3.00 USD left to assign).");

        // A new rate for the payment: its parts follow, still adding up to it.
        ExpenseRow dearer = expenses.update(row.id(), row.version(), new ExpenseDetails(MARCH_2, "Diner", new BigDecimal("2.10"), null, null)
                .paidIn(ForeignAmount.atRate(USD, new BigDecimal("30"), new BigDecimal("0.9")), EUR));
        assertThat(dearer.amount()).isEqualTo("27.00");
        assertThat(expenses.partsOf(row.id())).extracting(app.outlay.domain.SplitPart::amount)
                .containsExactly(new BigDecimal("6.30"), new BigDecimal("11.70"), new BigDecimal("9.00"));

        // One undo: the rate and the parts before it, amounts as paid included.
        UndoService undo = new UndoService(holder);
        undo.undo(undo.next().orElseThrow().batchId());
        assertThat(expenses.get(row.id()).amount()).isEqualTo("10.00");
        assertThat(expenses.partsOf(row.id())).extracting(app.outlay.domain.SplitPart::original, app.outlay.domain.SplitPart::amount)
                .containsExactly(tuple(new BigDecimal("7.00"), new BigDecimal("2.33")), tuple(new BigDecimal("13.00"), new BigDecimal("4.34")),
                        tuple(new BigDecimal("10.00"), new BigDecimal("3.33")));
    }

    @Test
    void aSplitPaymentInYenRoundTripsThroughCsvWithEachPartsAmountAsPaid() throws Exception {
        ExpenseRow row = expenses.add(new ExpenseDetails(MARCH_2, "Market", new BigDecimal("1"), null, null)
                        .paidIn(ForeignAmount.atRate(JPY, new BigDecimal("3200"), new BigDecimal("0.0061")), EUR),
                Repeat.NEVER, MARCH_2, List.of(), List.of(app.outlay.domain.SplitPart.asPaid(null, new BigDecimal("2000"), "fish", List.of()),
                        app.outlay.domain.SplitPart.asPaid(null, new BigDecimal("1200"), "tea", List.of("gift"))));
        List<app.outlay.domain.SplitPart> parts = expenses.partsOf(row.id());
        assertThat(parts).extracting(app.outlay.domain.SplitPart::original).containsExactly(new BigDecimal("2000"), new BigDecimal("1200"));
        // A copy of the ledger carries the parts' amounts as paid (V27) too.
        try (Database copy = Database.open(DatabaseSettings.h2(TestDatabases.tempDir("outlay-copy-split-currency").resolve("outlay")))) {
            DatabaseCopy.copy(database, copy, true);
            assertThat(new ExpenseService(new DatabaseHolder(copy)).partsOf(row.id())).isEqualTo(parts);
        }
        java.nio.file.Path folder = TestDatabases.tempDir("outlay-currency-split-csv");
        java.nio.file.Path file = folder.resolve("ledger.csv");
        new ExportService(holder, app.outlay.settings.ProtectedFiles.forUser(app.outlay.settings.AppPaths.under(folder)))
                .export(ExpenseFilter.all(), file);
        assertThat(java.nio.file.Files.readAllLines(file)).containsExactly(
                "date,description,amount,category,notes,kind,tags,split,currency,ledger_amount",
                "2026-03-02,Market,2000,,fish,expense,," + row.id() + ",JPY,12.20",
                "2026-03-02,Market,1200,,tea,expense,gift," + row.id() + ",JPY,7.32");

        TestDatabases.reset(database);
        new LedgerService(holder).setCurrency(EUR);
        assertThat(importFile(file).committed()).isTrue();
        ExpenseRow back = expenses.find(ExpenseFilter.all(), 1).rows().get(0);
        assertThat(back.amount()).isEqualTo("19.52");
        assertThat(back.paid()).isEqualTo(row.paid());
        assertThat(expenses.partsOf(back.id())).isEqualTo(parts);
    }

    @Test
    void anAmountPaidInTheLedgersOwnCurrencyIsAnOrdinaryEntry() {
        ExpenseRow row = expenses.add(details("Coffee").paidIn(ForeignAmount.atRate(EUR, new BigDecimal("3.40"), BigDecimal.ONE), EUR));
        assertThat(row.isForeign()).isFalse();
        assertThat(row.amount()).isEqualTo("3.40");
    }

    @Test
    void undoPutsTheAmountAsPaidBackAfterAnEditAndADeletion() {
        ExpenseRow ramen = travel().get(0);
        UndoService undo = new UndoService(holder);

        ExpenseRow edited = expenses.update(ramen.id(), ramen.version(), details("Ramen").paidIn(
                ForeignAmount.atRate(JPY, new BigDecimal("3500"), new BigDecimal("0.0062")), EUR));
        assertThat(edited.amount()).isEqualTo("21.70");
        undo.undo(undo.next().orElseThrow().batchId());
        ExpenseRow back = expenses.get(ramen.id());
        assertThat(back.paid()).isEqualTo(ramen.paid());
        assertThat(back.amount()).isEqualTo("19.52");

        expenses.delete(ramen.id());
        undo.undo(undo.next().orElseThrow().batchId());
        assertThat(expenses.get(ramen.id()).paid()).isEqualTo(ForeignAmount.atRate(JPY, new BigDecimal("3200"), new BigDecimal("0.0061")));
    }

    @Test
    void aCopyOfTheLedgerCarriesTheAmountsAsPaid() {
        travel();
        try (Database copy = Database.open(DatabaseSettings.h2(TestDatabases.tempDir("outlay-copy-currency").resolve("outlay")))) {
            DatabaseCopy.copy(database, copy, true);
            List<ExpenseRow> copied = new ExpenseService(new DatabaseHolder(copy)).find(ExpenseFilter.all(), 10).rows();
            assertThat(copied).extracting(ExpenseRow::description, ExpenseRow::paid, ExpenseRow::amount)
                    .containsExactlyInAnyOrderElementsOf(expenses.find(ExpenseFilter.all(), 10).rows().stream()
                            .map(r -> tuple(r.description(), r.paid(), r.amount())).toList());
        }
    }

    @Test
    void theLedgersCurrencyStaysWhileEntriesInOtherCurrenciesExist() {
        travel();
        LedgerService ledger = new LedgerService(holder);
        assertThatThrownBy(() -> ledger.setCurrency(USD)).isInstanceOf(InvalidInputException.class)
                .hasMessage("The ledger's currency stays EUR: 3 entries were paid in other currencies, and their amounts in EUR"
                        + " and rates would no longer be right in USD. Convert them with the rate table instead (the settings dialog"
                        + " offers it, or: outlay ledger currency USD --convert).");
        assertThat(ledger.chosenCurrency()).contains(EUR);
    }

    @Test
    void theLedgersCurrencyIsConvertedWithTheRateTableAfterAPreviewOrNotAtAll() {
        travel();
        ExpenseRow receipt = expenses.add(new ExpenseDetails(MARCH_2, "Supermarket", new BigDecimal("100.00"), null, null), Repeat.NEVER,
                MARCH_2, List.of(), List.of(new app.outlay.domain.SplitPart(null, new BigDecimal("60.00"), "food", List.of()),
                        new app.outlay.domain.SplitPart(null, new BigDecimal("40.00"), "soap", List.of())));
        CategoryRow travelCategory = new CategoryService(holder).create("Journeys", "#336699");
        new CategoryService(holder).setBudget(travelCategory.id(), new BigDecimal("300.00"));
        RateService rates = new RateService(holder);
        rates.importQuotes(List.of(new Quote(MARCH_2, EUR, USD, new BigDecimal("1.25")), new Quote(MARCH_2, EUR, JPY, new BigDecimal("160"))));
        LedgerConversion conversion = new LedgerConversion(holder);
        LocalDate today = LocalDate.of(2026, 3, 5);

        // No KWD rate: the preview names it and its first date, and converting changes nothing.
        LedgerConversion.Preview preview = conversion.preview(USD, today);
        assertThat(preview.possible()).isFalse();
        assertThat(preview).extracting(LedgerConversion.Preview::entries, LedgerConversion.Preview::missingCurrency,
                LedgerConversion.Preview::missingOn).containsExactly(5L, "KWD", MARCH_2);
        List<ExpenseRow> before = expenses.find(ExpenseFilter.all(), 10).rows();
        assertThatThrownBy(() -> conversion.convert(USD, today)).isInstanceOf(InvalidInputException.class)
                .hasMessage("The ledger stays as it is: the rate table has no rate for KWD in USD on or before 2026-03-02."
                        + " Import rates that reach back to that day (outlay rates import FILE), then convert again.");
        assertThat(expenses.find(ExpenseFilter.all(), 10).rows()).isEqualTo(before);
        assertThat(new LedgerService(holder).chosenCurrency()).contains(EUR);

        rates.importQuotes(List.of(new Quote(MARCH_2, EUR, KWD, new BigDecimal("0.33"))));
        preview = conversion.preview(USD, today);
        assertThat(preview).extracting(LedgerConversion.Preview::possible, LedgerConversion.Preview::becomeForeign,
                LedgerConversion.Preview::becomeOrdinary, LedgerConversion.Preview::reconverted, LedgerConversion.Preview::budgets)
                .containsExactly(true, 2L, 1L, 2L, 1L);
        assertThat(preview.rates()).extracting(LedgerConversion.RateUse::currency, LedgerConversion.RateUse::lowest)
                .containsExactly(tuple("EUR", new BigDecimal("1.25")), tuple("JPY", new BigDecimal("0.0078125")),
                        tuple("KWD", new BigDecimal("3.7878787878787879")));

        conversion.convert(USD, today);
        assertThat(new LedgerService(holder).chosenCurrency()).contains(USD);
        assertThat(expenses.find(ExpenseFilter.all(), 10).rows()).extracting(ExpenseRow::description, ExpenseRow::amount, ExpenseRow::paid)
                .containsExactlyInAnyOrder(
                        tuple("Ramen", new BigDecimal("25.00"), ForeignAmount.atRate(JPY, new BigDecimal("3200"), new BigDecimal("0.0078125"))),
                        // paid in dollars: now an ordinary entry of the ledger, for what was paid
                        tuple("Hotel", new BigDecimal("45.00"), null),
                        tuple("Taxi", new BigDecimal("12.12"), ForeignAmount.atRate(KWD, new BigDecimal("3.200"), new BigDecimal("3.7878787878787879"))),
                        // in euros, the old ledger currency: now paid in euros (2.625, half to even)
                        tuple("Bread", new BigDecimal("2.62"), ForeignAmount.atRate(EUR, new BigDecimal("2.10"), new BigDecimal("1.25"))),
                        tuple("Supermarket", new BigDecimal("125.00"), ForeignAmount.atRate(EUR, new BigDecimal("100.00"), new BigDecimal("1.25"))));
        assertThat(expenses.partsOf(receipt.id())).extracting(app.outlay.domain.SplitPart::original, app.outlay.domain.SplitPart::amount)
                .containsExactly(tuple(new BigDecimal("60.00"), new BigDecimal("75.00")), tuple(new BigDecimal("40.00"), new BigDecimal("50.00")));
        assertThat(new CategoryService(holder).summaries().stream().filter(c -> c.id() == travelCategory.id()).findFirst().orElseThrow()
                .monthlyBudget()).isEqualTo("375.00");
        assertThat(expenses.summarize(ExpenseFilter.all()).total()).isEqualTo("209.74");

        // Undo stops at the conversion: the supermarket added before it would come back in euros as dollars.
        app.outlay.service.history.UndoService undo = new app.outlay.service.history.UndoService(holder);
        assertThat(undo.next()).hasValueSatisfying(step -> {
            assertThat(step.possible()).isFalse();
            assertThat(step.text()).isEqualTo(app.outlay.text.UserText.of("undo.stopsAtCurrency"));
        });
    }

    @Test
    void theRateTableGivesTheLatestRateAtOrBeforeTheDayDirectlyOrAcrossTheEuro() {
        RateService rates = new RateService(holder);
        Currency gbp = Currency.getInstance("GBP");
        rates.importQuotes(List.of(
                new Quote(LocalDate.of(2026, 2, 27), EUR, USD, new BigDecimal("1.0800")),
                new Quote(LocalDate.of(2026, 3, 2), EUR, USD, new BigDecimal("1.25")),
                new Quote(LocalDate.of(2026, 3, 2), EUR, gbp, new BigDecimal("0.85")),
                new Quote(LocalDate.of(2026, 3, 2), EUR, JPY, new BigDecimal("160"))));
        // Imported again with a correction: the day is replaced, not doubled.
        rates.importQuotes(List.of(new Quote(LocalDate.of(2026, 3, 2), EUR, JPY, new BigDecimal("160.00"))));

        // 1 EUR = 1.25 USD: a dollar is 0.8 EUR, exactly; on Sunday 1 March the Friday rate still holds.
        assertThat(rates.rateFor(USD, EUR, MARCH_2)).contains(new BigDecimal("0.8"));
        assertThat(rates.rateFor(USD, EUR, LocalDate.of(2026, 3, 1))).contains(new BigDecimal("0.9259259259259259"));
        assertThat(rates.rateFor(USD, EUR, LocalDate.of(2026, 2, 26))).isEmpty();
        // A euro in a GBP ledger, and a dollar across the euro: 0.85 / 1.25
        assertThat(rates.rateFor(EUR, gbp, MARCH_2)).contains(new BigDecimal("0.85"));
        assertThat(rates.rateFor(USD, gbp, MARCH_2)).contains(new BigDecimal("0.68"));
        assertThat(rates.rateFor(KWD, EUR, MARCH_2)).isEmpty();
        assertThat(rates.list()).extracting(RateService.PairSummary::currency, RateService.PairSummary::days,
                        p -> p.lastRate().toPlainString())
                .containsExactly(tuple("GBP", 1L, "0.85"), tuple("JPY", 1L, "160"), tuple("USD", 2L, "1.25"));

        ExpenseRow ramen = expenses.add(details("Ramen").paidIn(ForeignAmount.atRate(JPY, new BigDecimal("3200"),
                rates.rateFor(JPY, EUR, MARCH_2).orElseThrow()), EUR));
        assertThat(ramen.amount()).isEqualTo("20.00");
    }

    @Test
    void exportThenImportKeepsEveryMinorUnitAndTheRateTableFillsInAMissingLedgerAmount() throws Exception {
        travel();
        List<ExpenseRow> before = expenses.find(ExpenseFilter.all(), 10).rows();
        java.nio.file.Path folder = TestDatabases.tempDir("outlay-currency-csv");
        java.nio.file.Path file = folder.resolve("ledger.csv");
        new ExportService(holder, app.outlay.settings.ProtectedFiles.forUser(app.outlay.settings.AppPaths.under(folder)))
                .export(ExpenseFilter.all(), file);
        assertThat(java.nio.file.Files.readAllLines(file)).contains(
                "date,description,amount,category,notes,kind,tags,split,currency,ledger_amount",
                "2026-03-02,Ramen,3200,,,expense,,,JPY,19.52",
                "2026-03-02,Hotel,45.00,,,expense,,,USD,41.37",
                "2026-03-02,Taxi,3.200,,,expense,,,KWD,9.44",
                "2026-03-02,Bread,2.10,,,expense,,,,");

        TestDatabases.reset(database);
        new LedgerService(holder).setCurrency(EUR);
        ImportReport report = importFile(file);
        assertThat(report.committed()).as(report.summary()).isTrue();
        assertThat(expenses.find(ExpenseFilter.all(), 10).rows())
                .extracting(ExpenseRow::description, ExpenseRow::amount, ExpenseRow::paid)
                .containsExactlyInAnyOrderElementsOf(before.stream().map(r -> tuple(r.description(), r.amount(), r.paid())).toList());

        // Without a ledger amount: the rate table's, and a line it has no rate for is refused by number and value.
        new RateService(holder).importQuotes(List.of(new Quote(MARCH_2, EUR, JPY, new BigDecimal("160"))));
        java.nio.file.Path more = folder.resolve("more.csv");
        java.nio.file.Files.writeString(more, "date,description,amount,category,notes,kind,tags,split,currency,ledger_amount\n"
                + "2026-03-02,Sushi,1800,,,expense,,,JPY,\n");
        assertThat(importFile(more).committed()).isTrue();
        assertThat(expenses.find(ExpenseFilter.all().withSearch("Sushi"), 1).rows().get(0))
                .extracting(ExpenseRow::amount, ExpenseRow::paid)
                .containsExactly(new BigDecimal("11.25"), ForeignAmount.atRate(JPY, new BigDecimal("1800"), new BigDecimal("0.00625")));
        java.nio.file.Files.writeString(more, "date,description,amount,category,notes,kind,tags,split,currency,ledger_amount\n"
                + "2026-03-02,Tea,2.000,,,expense,,,KWD,\n2026-03-02,Soba,12.5,,,expense,,,JPY,\n");
        ImportReport refused = importFile(more);
        assertThat(refused.committed()).isFalse();
        assertThat(refused.rejected()).extracting(Object::toString).containsExactly(
                "line 2: ledger_amount '': no amount in the ledger's currency, and the rate table has no rate for KWD on or before"
                        + " 2026-03-02: add a ledger_amount, or import rates (outlay rates import)",
                "line 3: amount '12.5': more decimals than JPY has (0)");
    }

    @Test
    void anOfxLineInAnotherCurrencyWithItsRateIsImportedAsPaidInsteadOfRefusingTheStatement() throws Exception {
        // OFX <CURRENCY>: TRNAMT is in CURSYM (dollars), CURRATE turns it into the statement's CURDEF (euros).
        java.nio.file.Path file = TestDatabases.tempDir("outlay-currency-ofx").resolve("card.ofx");
        java.nio.file.Files.writeString(file, "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS>"
                + "<CURDEF>EUR<BANKTRANLIST>"
                + "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20260302<TRNAMT>-45.00<FITID>A1<NAME>Hotel Chicago"
                + "<CURRENCY><CURRATE>0.9193<CURSYM>USD</CURRENCY></STMTTRN>"
                + "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20260302<TRNAMT>-2.10<FITID>A2<NAME>Bread</STMTTRN>"
                + "</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n");
        ImportReport report = new ImportService(holder).importFile(ImportRequest.ofBankFile(file,
                app.outlay.bankfiles.BankFileChoice.of(app.outlay.bankfiles.BankFiles.detect(file))), rejected -> { });
        assertThat(report.committed()).as(report.summary()).isTrue();
        assertThat(expenses.find(ExpenseFilter.all(), 10).rows())
                .extracting(ExpenseRow::description, ExpenseRow::amount, ExpenseRow::paid)
                .containsExactlyInAnyOrder(
                        tuple("Hotel Chicago", new BigDecimal("41.37"), ForeignAmount.atRate(USD, new BigDecimal("45.00"), new BigDecimal("0.9193"))),
                        tuple("Bread", new BigDecimal("2.10"), null));
    }

    private ImportReport importBankFile(java.nio.file.Path file) throws Exception {
        return new ImportService(holder).importFile(ImportRequest.ofBankFile(file,
                app.outlay.bankfiles.BankFileChoice.of(app.outlay.bankfiles.BankFiles.detect(file))), rejected -> { });
    }

    @Test
    void camtCardPaymentsAbroadAndAStatementOfADollarAccountAreStoredWithTheirAmountsAsPaid() throws Exception {
        // Booked in euros with the amount as instructed: no rate table needed, the bank's amounts give the rate.
        ImportReport abroad = importBankFile(app.outlay.bankfiles.BankFileSamples.sample("camt/card-abroad-2026-03.xml"));
        assertThat(abroad.committed()).as(abroad.summary()).isTrue();
        assertThat(expenses.find(ExpenseFilter.all().withSearch("Ichiran"), 1).rows().get(0))
                .extracting(ExpenseRow::amount, ExpenseRow::paid)
                .containsExactly(new BigDecimal("19.85"), ForeignAmount.atRate(JPY, new BigDecimal("3200"), new BigDecimal("0.006203125")));

        // A dollar account's statement: refused while the rate table does not reach back to its first line, then converted.
        java.nio.file.Path dollars = app.outlay.bankfiles.BankFileSamples.sample("camt/usd-account-2026-03.xml");
        RateService rates = new RateService(holder);
        rates.importQuotes(List.of(new Quote(LocalDate.of(2026, 3, 4), EUR, USD, new BigDecimal("1.25"))));
        long before = new LedgerService(holder).counts().expenses();
        assertThatThrownBy(() -> importBankFile(dollars)).hasMessageContaining("no rate for USD in EUR on or before 2026-03-02");
        assertThat(new LedgerService(holder).counts().expenses()).isEqualTo(before);

        rates.importQuotes(List.of(new Quote(LocalDate.of(2026, 2, 27), EUR, USD, new BigDecimal("1.0800"))));
        ImportReport converted = importBankFile(dollars);
        assertThat(converted.committed()).as(converted.summary()).isTrue();
        assertThat(expenses.find(ExpenseFilter.all().withSearch("Whole Foods"), 1).rows().get(0))
                .extracting(ExpenseRow::amount, ExpenseRow::paid)
                .containsExactly(new BigDecimal("111.11"), ForeignAmount.atRate(USD, new BigDecimal("120.00"), new BigDecimal("0.9259259259259259")));
        assertThat(expenses.find(ExpenseFilter.all().withSearch("Adlon"), 1).rows().get(0).amount()).isEqualTo("50.00");
    }

    private ImportReport importFile(java.nio.file.Path file) throws Exception {
        app.outlay.csv.Detection detected = app.outlay.csv.CsvDetector.detect(file);
        return new ImportService(holder).importFile(ImportRequest.of(file, detected.format(), detected.mapping()), rejected -> { });
    }

    @Test
    void theDatabaseRefusesHalfAnAmountAsPaidAndLowerCaseCodes() {
        long id = expenses.add(details("Bread")).id();
        assertThatThrownBy(() -> execute("update expense set currency = 'USD' where id = " + id)).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> execute("update expense set currency = 'usd', original_amount = 1, rate = 1 where id = " + id))
                .isInstanceOf(SQLException.class);
        assertThat(expenses.get(id).isForeign()).isFalse();
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
