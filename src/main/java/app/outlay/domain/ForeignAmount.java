package app.outlay.domain;

import app.outlay.text.InvalidInputException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount as it was paid in a currency other than the ledger's (issue 22): the currency, the amount in that
 * currency's own minor units ({@code 3200} JPY, {@code 45.00} USD, {@code 3.200} KWD) and the rate used, in ledger
 * units per unit of the currency. The ledger amount, which totals sum, lives beside it in {@link ExpenseDetails}.
 */
public record ForeignAmount(Currency currency, BigDecimal original, BigDecimal rate) {

    /** Decimals a stored rate keeps (V25's NUMERIC(28,16)); a rate derived from two amounts rarely ends. */
    public static final int RATE_SCALE = 16;
    /** V25's NUMERIC(21,4): 17 digits before the point, as the ledger amount has. */
    private static final BigDecimal MAX = new BigDecimal("99999999999999999.9999");
    /** V25's NUMERIC(28,16): 12 digits before the point. */
    private static final BigDecimal MAX_RATE = new BigDecimal("999999999999.9999999999999999");

    public ForeignAmount {
        Objects.requireNonNull(currency, "currency");
        original = checkedOriginal(currency, original);
        rate = checkedRate(currency, rate);
    }

    /** The amount as paid at a given rate (typed by the user, or from the rate table). */
    public static ForeignAmount atRate(Currency currency, BigDecimal original, BigDecimal rate) {
        return new ForeignAmount(currency, original, rate);
    }

    /**
     * The amount as paid where the ledger amount is known too (what the bank booked): the rate is the one that
     * turns one into the other, {@code ledger / original}, exact where the division ends, else to
     * {@value #RATE_SCALE} decimals.
     */
    public static ForeignAmount withLedgerAmount(Currency currency, BigDecimal original, BigDecimal ledgerAmount) {
        BigDecimal checked = checkedOriginal(currency, original);
        if (ledgerAmount == null || ledgerAmount.signum() <= 0) {
            throw InvalidInputException.of("problem.ledgerAmount.notPositive", ledgerAmount == null ? "" : ledgerAmount.toPlainString());
        }
        return new ForeignAmount(currency, checked, derivedRate(checked, ledgerAmount));
    }

    /** {@code ledger / original}: exact when it ends within the stored decimals, else rounded half-even to them. */
    static BigDecimal derivedRate(BigDecimal original, BigDecimal ledgerAmount) {
        try {
            BigDecimal exact = ledgerAmount.divide(original, MathContext.UNLIMITED).stripTrailingZeros();
            if (exact.scale() <= RATE_SCALE) {
                return exact.scale() < 0 ? exact.setScale(0, RoundingMode.UNNECESSARY) : exact;
            }
        } catch (ArithmeticException neverEnds) {
            // 41.37 / 45 = 0.91933…: kept to the stored decimals below.
        }
        return ledgerAmount.divide(original, RATE_SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    /**
     * The value in the ledger's currency: original × rate, rounded half-even to the ledger currency's minor units
     * (at most the two decimals ledger amounts are stored with), then given those two decimals.
     */
    public BigDecimal ledgerAmount(Currency ledgerCurrency) {
        int digits = Math.min(Money.SCALE, Math.max(0, ledgerCurrency.getDefaultFractionDigits()));
        return original.multiply(rate).setScale(digits, RoundingMode.HALF_EVEN).setScale(Money.SCALE, RoundingMode.UNNECESSARY);
    }

    /** The currency's ISO 4217 code, e.g. {@code USD}. */
    public String code() {
        return currency.getCurrencyCode();
    }

    /** The currency's own number of decimals: JPY 0, USD 2, KWD 3. */
    public static int minorUnits(Currency currency) {
        return currency.getDefaultFractionDigits();
    }

    /**
     * The currency an ISO 4217 code names, in any case ({@code usd}); codes that name no money (gold {@code XAU},
     * the "no currency" {@code XXX}) and unknown ones are refused with the code.
     */
    public static Currency currency(String code) {
        String cleaned = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        try {
            if (cleaned.length() == 3) {
                Currency currency = Currency.getInstance(cleaned);
                if (currency.getDefaultFractionDigits() >= 0) {
                    return currency;
                }
            }
        } catch (IllegalArgumentException unknown) {
            // refused below
        }
        throw InvalidInputException.of("problem.currency.unknown", code == null ? "" : code.strip());
    }

    private static BigDecimal checkedOriginal(Currency currency, BigDecimal original) {
        if (original == null) {
            throw InvalidInputException.of("problem.original.required", currency.getCurrencyCode());
        }
        if (original.signum() <= 0) {
            throw InvalidInputException.of("problem.original.notPositive", original.toPlainString(), currency.getCurrencyCode());
        }
        int digits = currency.getDefaultFractionDigits();
        BigDecimal stripped = original.stripTrailingZeros();
        if (Math.max(0, stripped.scale()) > digits) {
            throw InvalidInputException.of("problem.original.decimals", original.toPlainString(), currency.getCurrencyCode(), digits);
        }
        if (original.compareTo(MAX) > 0) {
            throw InvalidInputException.of("problem.original.tooLarge", original.toPlainString(), currency.getCurrencyCode());
        }
        return original.setScale(digits, RoundingMode.UNNECESSARY);
    }

    private static BigDecimal checkedRate(Currency currency, BigDecimal rate) {
        if (rate == null) {
            throw InvalidInputException.of("problem.rate.required", currency.getCurrencyCode());
        }
        if (rate.signum() <= 0 || rate.compareTo(MAX_RATE) > 0) {
            throw InvalidInputException.of("problem.rate.outOfRange", rate.toPlainString(), currency.getCurrencyCode());
        }
        BigDecimal stripped = rate.stripTrailingZeros();
        if (stripped.scale() > RATE_SCALE) {
            throw InvalidInputException.of("problem.rate.decimals", rate.toPlainString(), RATE_SCALE);
        }
        return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
    }
}
