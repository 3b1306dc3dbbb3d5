package app.outlay.rates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/** One published exchange rate: on {@code date}, one {@code base} buys {@code unitsPerBase} of {@code currency}. */
public record Quote(LocalDate date, Currency base, Currency currency, BigDecimal unitsPerBase) {
}
