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
    void aStatementInAnotherCurrencyIsRefused() {
        assertThatThrownBy(() -> lines("ofx/checking-2026-01.ofx", "EUR")).isInstanceOf(BankFileException.class)
                .hasMessage("line 43, currency 'USD': the statement is in another currency than the ledger's (EUR);"
                        + " statements in other currencies cannot be imported yet. Nothing was imported.");
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
