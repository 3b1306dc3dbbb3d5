package app.outlay.domain;

import app.outlay.text.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Amounts as paid in other currencies: each currency's own minor units, rates given or derived (issue 22). */
class ForeignAmountTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency KWD = Currency.getInstance("KWD");

    @Test
    void amountsKeepTheirCurrencysOwnMinorUnits() {
        assertThat(ForeignAmount.atRate(JPY, new BigDecimal("3200"), new BigDecimal("0.0061")).original()).isEqualByComparingTo("3200")
                .extracting(BigDecimal::scale).isEqualTo(0);
        assertThat(ForeignAmount.atRate(USD, new BigDecimal("45"), BigDecimal.ONE).original().toPlainString()).isEqualTo("45.00");
        assertThat(ForeignAmount.atRate(KWD, new BigDecimal("3.2"), BigDecimal.ONE).original().toPlainString()).isEqualTo("3.200");
        // 3.2E+3, as a stripped BigDecimal writes it, is still 3200 yen.
        assertThat(ForeignAmount.atRate(JPY, new BigDecimal("3.2E+3"), BigDecimal.ONE).original().toPlainString()).isEqualTo("3200");
    }

    @Test
    void aGivenRateGivesTheLedgerAmountRoundedHalfEvenToTheLedgersMinorUnits() {
        // 3200 × 0.0061 = 19.52 exactly
        assertThat(ForeignAmount.atRate(JPY, new BigDecimal("3200"), new BigDecimal("0.0061")).ledgerAmount(EUR)).isEqualTo("19.52");
        // 2.125 → 2.12 and 2.135 → 2.14: half to even, not half up
        assertThat(ForeignAmount.atRate(USD, new BigDecimal("2.50"), new BigDecimal("0.85")).ledgerAmount(EUR)).isEqualTo("2.12");
        assertThat(ForeignAmount.atRate(USD, new BigDecimal("2.50"), new BigDecimal("0.854")).ledgerAmount(EUR)).isEqualTo("2.14");
        // 3.200 KWD × 2.95 = 9.44 EUR
        assertThat(ForeignAmount.atRate(KWD, new BigDecimal("3.200"), new BigDecimal("2.95")).ledgerAmount(EUR)).isEqualTo("9.44");
        // A yen ledger has no cents: 45 USD × 155.555 = 6999.975 → 7000 yen, stored with the column's two decimals.
        assertThat(ForeignAmount.atRate(USD, new BigDecimal("45"), new BigDecimal("155.555")).ledgerAmount(JPY)).isEqualTo("7000.00");
    }

    @Test
    void twoAmountsGiveTheRateExactlyWhereTheDivisionEnds() {
        assertThat(ForeignAmount.withLedgerAmount(JPY, new BigDecimal("3200"), new BigDecimal("19.52")).rate()).isEqualTo("0.0061");
        assertThat(ForeignAmount.withLedgerAmount(USD, new BigDecimal("40.00"), new BigDecimal("80.00")).rate()).isEqualTo("2");
        // 41.37 / 45 never ends: sixteen decimals, and they give the booked amount back.
        ForeignAmount booked = ForeignAmount.withLedgerAmount(USD, new BigDecimal("45.00"), new BigDecimal("41.37"));
        assertThat(booked.rate()).isEqualTo("0.9193333333333333");
        assertThat(booked.ledgerAmount(EUR)).isEqualTo("41.37");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndTheValue() {
        assertThatThrownBy(() -> ForeignAmount.currency("XYZ")).isInstanceOf(InvalidInputException.class)
                .hasMessage("Currency: 'XYZ' is not an ISO 4217 currency code (examples: USD, JPY, KWD)");
        assertThatThrownBy(() -> ForeignAmount.currency("XAU")).hasMessageContaining("'XAU'");
        assertThat(ForeignAmount.currency(" usd ")).isEqualTo(USD);
        assertThatThrownBy(() -> ForeignAmount.atRate(JPY, new BigDecimal("12.345"), BigDecimal.ONE))
                .isInstanceOf(InvalidInputException.class).hasMessage("Amount in JPY: '12.345' has too many decimals; JPY has 0");
        assertThatThrownBy(() -> ForeignAmount.atRate(KWD, new BigDecimal("1.2345"), BigDecimal.ONE))
                .hasMessage("Amount in KWD: '1.2345' has too many decimals; KWD has 3");
        assertThatThrownBy(() -> ForeignAmount.atRate(USD, new BigDecimal("45.00"), null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Rate for USD: enter the exchange rate, or the amount in the ledger's currency");
        assertThatThrownBy(() -> ForeignAmount.atRate(USD, new BigDecimal("45.00"), new BigDecimal("-1")))
                .hasMessageContaining("'-1'");
        assertThatThrownBy(() -> ForeignAmount.withLedgerAmount(USD, new BigDecimal("45.00"), BigDecimal.ZERO))
                .hasMessageContaining("'0'");
    }

    @Test
    void detailsPaidInAnotherCurrencyCarryTheConvertedLedgerAmount() {
        ExpenseDetails lunch = new ExpenseDetails(LocalDate.of(2026, 3, 2), "Ramen", BigDecimal.ONE, null, null)
                .paidIn(ForeignAmount.atRate(JPY, new BigDecimal("3200"), new BigDecimal("0.0061")), EUR);
        assertThat(lunch.amount()).isEqualTo("19.52");
        assertThat(lunch.paid().code()).isEqualTo("JPY");
        assertThat(lunch.as(EntryKind.REFUND).paid()).isEqualTo(lunch.paid());
    }
}
