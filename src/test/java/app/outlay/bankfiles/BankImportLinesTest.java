package app.outlay.bankfiles;

import app.outlay.csv.StatementLine;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import static app.outlay.bankfiles.BankFileSamples.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the import makes of a bank file's transactions: spending or money in, description, notes, the bank's id. */
class BankImportLinesTest {

    private static List<BankImportLines.Line> lines(String name, String currency) throws IOException {
        Path file = sample(name);
        return BankImportLines.of(BankFiles.read(file, BankFiles.detect(file), QifDates.Order.AUTO),
                currency == null ? null : Currency.getInstance(currency));
    }

    @Test
    void debitsAreSpendingWithThePayeeAsDescriptionAndTheMemoAndValueDateInTheNotes() throws IOException {
        List<BankImportLines.Line> lines = lines("camt/statement-2026-01-05.xml", "EUR");
        assertThat(lines.get(0).line()).isEqualTo(new StatementLine.Spending(lines.get(0).line().line(), LocalDate.of(2026, 1, 5),
                "REWE Markt GmbH", new BigDecimal("45.80"), null, "REWE SAGT DANKE 12345678"));
        assertThat(lines.get(0).bankId()).isEqualTo("2026010500001");
        StatementLine.Spending bakery = (StatementLine.Spending) lines.get(5).line();
        assertThat(bakery.notes()).isEqualTo("Kartenzahlung girocard\nValue date 2026-01-04");
        assertThat(lines.get(1).line()).isInstanceOf(StatementLine.Incoming.class);
        StatementLine.Spending cash = (StatementLine.Spending) lines.get(7).line();
        assertThat(cash.description()).as("no payee: the memo describes it").isEqualTo("Bargeldauszahlung Geldautomat");
        assertThat(cash.notes()).isNull();
    }

    @Test
    void qifSplitPartsBecomeOneLineEachOfOneSplitPayment() throws IOException {
        // Issue 21: the parts carry their categories, amounts and memos; the payment's memo goes to the first part.
        List<StatementLine.Spending> costco = lines("qif/checking-us.qif", "USD").stream().map(BankImportLines.Line::line)
                .filter(line -> line instanceof StatementLine.Spending s && s.description().equals("Costco Wholesale"))
                .map(StatementLine.Spending.class::cast).toList();
        assertThat(costco).extracting(StatementLine.Spending::category, StatementLine.Spending::amount,
                StatementLine.Spending::notes, StatementLine.Spending::split).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Groceries", new BigDecimal("98.15"), "Split purchase\nFood", "line 14"),
                org.assertj.core.groups.Tuple.tuple("Household", new BigDecimal("46.25"), "Paper towels, detergent", "line 14"),
                org.assertj.core.groups.Tuple.tuple("Gifts", new BigDecimal("12.00"), null, "line 14"));
    }

    @Test
    void aQifSplitWithAPartTheOtherWayRoundStaysOnePaymentWithItsPartsInTheNotes() {
        BankTransaction t = new BankTransaction(java.time.LocalDate.of(2026, 1, 9), null, new BigDecimal("-10.00"), "Shop", null,
                null, null, 3, null, List.of(new BankTransaction.SplitPart("A", null, new BigDecimal("-12.00")),
                new BankTransaction.SplitPart("B", "deposit back", new BigDecimal("2.00"))));
        List<StatementLine> lines = SplitTransactions.lines(t);
        assertThat(lines).hasSize(1);
        assertThat(((StatementLine.Spending) lines.get(0)).notes()).isEqualTo("Split: A 12.00; B -2.00 (deposit back)");
    }

    @Test
    void aStatementInAnotherCurrencyWithoutRatesIsRefusedNamingTheCurrency() {
        assertThatThrownBy(() -> lines("ofx/checking-2026-01.ofx", "EUR")).isInstanceOf(BankFileException.class)
                .hasMessage("line 43, currency 'USD': the statement is in USD and the ledger in EUR, and the rate table has no"
                        + " rates between them to convert it: import rates first (outlay rates import FILE). Nothing was imported.");
        Path file = sample("camt/usd-account-2026-03.xml");
        assertThatThrownBy(() -> BankImportLines.of(BankFiles.read(file, BankFormat.CAMT053, QifDates.Order.AUTO),
                Currency.getInstance("EUR"), (currency, date) -> java.util.Optional.empty()))
                .hasMessageStartingWith("line 8, Stmt[1]/Ntry[1] 'USD': the statement is in USD and the ledger in EUR");
    }

    /** Issue 22: a card payment abroad, booked in the ledger's currency with the amount as instructed beside it. */
    private static app.outlay.domain.ForeignAmount paid(String currency, String original, String rate) {
        return app.outlay.domain.ForeignAmount.atRate(Currency.getInstance(currency), new BigDecimal(original), new BigDecimal(rate));
    }

    private static List<StatementLine.Spending> spending(List<BankImportLines.Line> lines) {
        return lines.stream().map(BankImportLines.Line::line).map(StatementLine.Spending.class::cast).toList();
    }

    @Test
    void camtPurchasesInAnotherCurrencyKeepTheBookedAmountAndTheAmountAsInstructed() throws IOException {
        List<StatementLine.Spending> lines = spending(lines("camt/card-abroad-2026-03.xml", "EUR"));
        assertThat(lines).extracting(StatementLine.Spending::amount).containsExactly(new BigDecimal("41.37"),
                new BigDecimal("19.85"), new BigDecimal("10.00"), new BigDecimal("12.30"));
        // CcyXchg EUR->USD 1.0877 without UnitCcy: read as 1 EUR = 1.0877 USD, the reading that gives the booked 41.37
        assertThat(lines.get(0).paid()).isEqualTo(paid("USD", "45.00", "0.9193711501333088"));
        // UnitCcy JPY, 0.0062 EUR per yen gives 19.84, not the 19.85 booked: the booked amount decides the rate (exact)
        assertThat(lines.get(1).paid()).isEqualTo(paid("JPY", "3200", "0.006203125"));
        // the entry's own AmtDtls, no rate written: booked / instructed
        assertThat(lines.get(2).paid()).isEqualTo(paid("CHF", "9.50", "1.0526315789473684"));
        assertThat(lines.get(3).paid()).as("in the account's currency").isNull();
        assertThat(lines.get(0).description()).isEqualTo("Blue Bottle Coffee");
    }

    @Test
    void mt940LinesInAnotherCurrencyReadOcmtAndTheGermanOriginalAmount() throws IOException {
        List<StatementLine.Spending> lines = spending(lines("mt940/card-abroad-2026-03.sta", "EUR"));
        assertThat(lines).extracting(StatementLine.Spending::amount).containsExactly(new BigDecimal("41.37"),
                new BigDecimal("19.85"), new BigDecimal("10.64"));
        // :61: supplementary details /OCMT/USD45,00/, no rate: booked / original
        assertThat(lines.get(0).paid()).isEqualTo(paid("USD", "45.00", "0.9193333333333333"));
        // ?2x subfields "Originalbetrag 3.200,00 JPY Kurs 161,21", split across ?21/?22: 1 EUR = 161.21 JPY
        assertThat(lines.get(1).paid()).isEqualTo(paid("JPY", "3200", "0.0062030891383909"));
        // :86: /OCMT/GBP9,20/EXCH/0,8647/: 1 EUR = 0.8647 GBP gives the booked 10.64
        assertThat(lines.get(2).paid()).isEqualTo(paid("GBP", "9.20", "1.1564704521799468"));
        assertThat(lines.get(2).notes()).isEqualTo("Lunch");
    }

    @Test
    void aStatementOfAnAccountInAnotherCurrencyIsConvertedWithTheRateTableAtEachBookingDate() throws IOException {
        Path file = sample("camt/usd-account-2026-03.xml");
        List<StatementLine.Spending> lines = spending(BankImportLines.of(BankFiles.read(file, BankFormat.CAMT053, QifDates.Order.AUTO),
                Currency.getInstance("EUR"), (currency, date) -> currency.getCurrencyCode().equals("USD") && !date.isBefore(LocalDate.of(2026, 3, 1))
                        ? java.util.Optional.of(new BigDecimal(date.isBefore(LocalDate.of(2026, 3, 5)) ? "0.92" : "0.93")) : java.util.Optional.empty()));
        assertThat(lines.get(0).amount()).isEqualTo(new BigDecimal("110.40"));
        assertThat(lines.get(0).paid()).isEqualTo(paid("USD", "120.00", "0.92"));
        // paid in euros from the dollar account: the euros are the ledger's amount, the dollars the amount as paid
        assertThat(lines.get(1).amount()).isEqualTo(new BigDecimal("50.00"));
        assertThat(lines.get(1).paid()).isEqualTo(paid("USD", "54.35", "0.9199632014719411"));
    }

    @Test
    void aStatementOfAnAccountInAnotherCurrencyIsRefusedAtTheFirstDateWithoutARate() throws IOException {
        Path file = sample("camt/usd-account-2026-03.xml");
        List<BankTransaction> transactions = BankFiles.read(file, BankFormat.CAMT053, QifDates.Order.AUTO);
        // rates only from 2026-03-04: the line of 2026-03-02 has none (the one of 2026-03-06 is in euros anyway)
        assertThatThrownBy(() -> BankImportLines.of(transactions, Currency.getInstance("EUR"),
                (currency, date) -> date.isBefore(LocalDate.of(2026, 3, 4)) ? java.util.Optional.empty() : java.util.Optional.of(BigDecimal.ONE)))
                .isInstanceOf(BankFileException.class)
                .hasMessage("line 8, Stmt[1]/Ntry[1] '2026-03-02': the rate table has no rate for USD in EUR on or before 2026-03-02,"
                        + " the first booking date without one: import rates that reach back to that day. Nothing was imported.");
    }

    @Test
    void aLedgerWithoutACurrencyTakesTheStatements() throws IOException {
        assertThat(lines("ofx/checking-2026-01.ofx", null)).hasSize(8);
    }

    /**
     * A ledger without a currency (made by the command line where the system names none) took a dollar line of a
     * euro statement as 45.00 of the statement's money: such a line is refused now, naming the cause.
     */
    @Test
    void aLedgerWithoutACurrencyRefusesALineConvertedAtARateOrInASecondCurrency() {
        BankTransaction bread = new BankTransaction(LocalDate.of(2026, 3, 2), null, new BigDecimal("-2.10"), "Bread", null, "A2",
                "EUR", 4, null, List.of());
        BankTransaction hotel = new BankTransaction(LocalDate.of(2026, 3, 2), null, new BigDecimal("-45.00"), "Hotel Chicago", null,
                "A1", "USD", 3, null, List.of(), new BigDecimal("0.9193"), "EUR");
        BankTransaction dollars = new BankTransaction(LocalDate.of(2026, 3, 3), null, new BigDecimal("-5.00"), "Diner", null,
                "A3", "USD", 5, null, List.of());
        String why = "the ledger has no currency yet, so an amount in USD cannot be told from the others:"
                + " choose the ledger's currency first (Settings). Nothing was imported.";
        assertThatThrownBy(() -> BankImportLines.of(List.of(bread, hotel), null)).isInstanceOf(BankFileException.class)
                .hasMessage("line 3, currency 'USD': " + why);
        assertThatThrownBy(() -> BankImportLines.of(List.of(bread, dollars), null)).isInstanceOf(BankFileException.class)
                .hasMessage("line 5, currency 'USD': " + why);
        assertThat(BankImportLines.of(List.of(bread), null)).hasSize(1);
    }

    @Test
    void longPurposeTextsKeepTheirWholeTextInTheNotes() {
        String purpose = "Rechnung ".repeat(40).strip();
        StatementLine.Spending line = (StatementLine.Spending) BankImportLines.statementLine(new BankTransaction(LocalDate.of(2026, 1, 2),
                null, new BigDecimal("-5.00"), null, purpose, null, "EUR", 3, null, List.of()));
        assertThat(line.description()).hasSize(200).endsWith("\u2026");
        assertThat(line.notes()).isEqualTo(purpose);
        StatementLine rejected = BankImportLines.statementLine(new BankTransaction(LocalDate.of(2026, 1, 2),
                null, new BigDecimal("-5.001"), "Shop", null, null, "EUR", 4, null, List.of()));
        assertThat(rejected.toString()).isEqualTo("line 4: amount '-5.001': more than two decimals");
    }
}
