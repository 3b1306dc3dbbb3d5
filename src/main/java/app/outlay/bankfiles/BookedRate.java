package app.outlay.bankfiles;

import app.outlay.domain.ForeignAmount;
import app.outlay.text.InvalidInputException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * The amount as paid for a purchase in another currency that the bank booked in the ledger's (issue 22): the
 * booked amount is what the entry counts, as booked; the rate is the bank's own where the file states one that
 * turns the original into exactly the booked amount, else the one that does by definition, booked ÷ original.
 * <p>
 * Which way round a bank's rate goes is rarely certain. ISO 20022 names the currency of which the rate gives one
 * unit ({@code UnitCcy}: "1 GBP = xxx CUR, the unit currency is GBP") but makes it optional, and banks write
 * {@code SrcCcy}/{@code TrgtCcy} either way (1 EUR = 1.0877 USD for a USD purchase from a EUR account is common,
 * so is 0.9194 EUR per USD); SWIFT's /EXCH/ says nothing. So where the unit is not written, both readings are tried
 * and the one that gives the booked amount is kept; a rate that gives neither (the bank added a fee, or rounded
 * the rate it printed) is not used, and the booked amount decides the rate.
 */
final class BookedRate {

    private BookedRate() {
    }

    /**
     * @param booked the amount booked in the ledger's currency, above zero
     * @throws InvalidInputException when the original does not fit its currency (decimals, size)
     */
    static ForeignAmount paid(Currency foreign, BigDecimal original, BigDecimal booked, Currency ledger,
                              BigDecimal bankRate, String unitCurrency) {
        for (BigDecimal rate : readings(foreign, ledger, bankRate, unitCurrency)) {
            try {
                ForeignAmount atBankRate = ForeignAmount.atRate(foreign, original, rate);
                if (atBankRate.ledgerAmount(ledger).compareTo(booked) == 0) {
                    return atBankRate;
                }
            } catch (InvalidInputException unusable) {
                // a rate out of the stored range: the booked amount decides below
            }
        }
        return ForeignAmount.withLedgerAmount(foreign, original, booked);
    }

    /** Ledger units per unit of {@code foreign} as the bank's rate may mean it: as written, or its inverse. */
    private static List<BigDecimal> readings(Currency foreign, Currency ledger, BigDecimal bankRate, String unitCurrency) {
        List<BigDecimal> readings = new ArrayList<>(2);
        if (bankRate == null || bankRate.signum() <= 0) {
            return readings;
        }
        String unit = unitCurrency == null ? null : unitCurrency.strip().toUpperCase(java.util.Locale.ROOT);
        if (unit == null || unit.equals(foreign.getCurrencyCode())) {
            readings.add(bankRate.stripTrailingZeros()); // 1 USD = 0.9194 EUR
        }
        if (unit == null || unit.equals(ledger.getCurrencyCode())) {
            readings.add(BigDecimal.ONE.divide(bankRate, ForeignAmount.RATE_SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros()); // 1 EUR = 1.0877 USD
        }
        return readings;
    }
}
