package app.outlay.service.rates;

import app.outlay.data.DatabaseHolder;
import app.outlay.domain.ForeignAmount;
import app.outlay.rates.Quote;
import org.hibernate.Session;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The rate table (V26): exchange rates imported from a file, and the rate they give an entry in another currency
 * on a day — the latest quote at or before it.
 */
public final class RateService {

    private final DatabaseHolder database;

    public RateService(DatabaseHolder database) {
        this.database = database;
    }

    /** What the table holds for one pair: how many days, the first and last, and the last rate. */
    public record PairSummary(String base, String currency, long days, LocalDate first, LocalDate last, BigDecimal lastRate) {
    }

    /**
     * Stores the quotes in one transaction, a quote for a day already in the table replacing it (a file imported
     * again, or a newer one overlapping it, changes nothing or corrects the day).
     *
     * @return how many quotes were stored
     */
    public int importQuotes(Collection<Quote> quotes) {
        database.sessionFactory().inTransaction(session -> session.doWork(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from exchange_rate where base = ? and currency = ? and rate_on = ?");
                 PreparedStatement insert = connection.prepareStatement(
                         "insert into exchange_rate (base, currency, rate_on, units_per_base) values (?, ?, ?, ?)")) {
                int pending = 0;
                for (Quote quote : quotes) {
                    delete.setString(1, quote.base().getCurrencyCode());
                    delete.setString(2, quote.currency().getCurrencyCode());
                    delete.setDate(3, Date.valueOf(quote.date()));
                    delete.addBatch();
                    insert.setString(1, quote.base().getCurrencyCode());
                    insert.setString(2, quote.currency().getCurrencyCode());
                    insert.setDate(3, Date.valueOf(quote.date()));
                    insert.setBigDecimal(4, quote.unitsPerBase());
                    insert.addBatch();
                    if (++pending == 1_000) {
                        delete.executeBatch();
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                delete.executeBatch();
                insert.executeBatch();
            }
        }));
        return quotes.size();
    }

    /** The currencies entries were last paid in, the most recent first, at most {@code limit} (the chooser offers them first). */
    public List<Currency> recentCurrencies(int limit) {
        return database.sessionFactory().fromTransaction(session -> session.createSelectionQuery(
                        "select e.currency from Expense e where e.currency is not null group by e.currency order by max(e.id) desc",
                        String.class).setMaxResults(limit).getResultList())
                .stream().map(code -> Currency.getInstance(code.strip())).toList();
    }

    /** Every pair in the table, by base and currency. */
    public List<PairSummary> list() {
        return database.sessionFactory().fromTransaction(session -> {
            List<Object[]> pairs = session.createNativeQuery("select base, currency, count(*), min(rate_on), max(rate_on) "
                    + "from exchange_rate group by base, currency order by base, currency", Object[].class).getResultList();
            List<PairSummary> summaries = new ArrayList<>();
            for (Object[] pair : pairs) {
                String base = ((String) pair[0]).strip();
                String currency = ((String) pair[1]).strip();
                LocalDate last = localDate(pair[4]);
                BigDecimal rate = quote(session, base, currency, last).orElseThrow().stripTrailingZeros();
                summaries.add(new PairSummary(base, currency, ((Number) pair[2]).longValue(), localDate(pair[3]), last, rate));
            }
            return summaries;
        });
    }

    /**
     * The rate for an entry in {@code currency} on {@code date} in a ledger kept in {@code ledger}: ledger units per
     * unit of the currency, from the latest quotes at or before the date — one of the ledger's currency per the
     * other's, the other way round, or both per a common base (ECB quotes everything per euro). Empty when the table
     * has nothing that gives it.
     */
    public Optional<BigDecimal> rateFor(Currency currency, Currency ledger, LocalDate date) {
        return database.sessionFactory().fromTransaction(session -> rateFor(session, currency, ledger, date));
    }

    /** As {@link #rateFor(Currency, Currency, LocalDate)}, inside the caller's transaction (converting a whole ledger). */
    public static Optional<BigDecimal> rateFor(Session session, Currency currency, Currency ledger, LocalDate date) {
        String c = currency.getCurrencyCode();
        String l = ledger.getCurrencyCode();
        if (c.equals(l)) {
            return Optional.of(BigDecimal.ONE);
        }
        // 1 ledger = u currency: the rate is 1/u.
        Optional<BigDecimal> perLedger = quote(session, l, c, date);
        if (perLedger.isPresent()) {
            return Optional.of(divide(BigDecimal.ONE, perLedger.get()));
        }
        // 1 currency = u ledger: the rate is u.
        Optional<BigDecimal> perCurrency = quote(session, c, l, date);
        if (perCurrency.isPresent()) {
            return perCurrency.map(BigDecimal::stripTrailingZeros);
        }
        List<String> bases = session.createNativeQuery("select distinct base from exchange_rate where currency = :c", String.class)
                .setParameter("c", c).getResultList();
        for (String base : bases) {
            Optional<BigDecimal> currencyPerBase = quote(session, base.strip(), c, date);
            Optional<BigDecimal> ledgerPerBase = quote(session, base.strip(), l, date);
            if (currencyPerBase.isPresent() && ledgerPerBase.isPresent()) {
                return Optional.of(divide(ledgerPerBase.get(), currencyPerBase.get()));
            }
        }
        return Optional.empty();
    }

    /** The latest units of {@code currency} per {@code base} at or before {@code date}. */
    private static Optional<BigDecimal> quote(Session session, String base, String currency, LocalDate date) {
        return session.createNativeQuery("select units_per_base from exchange_rate where base = :base and currency = :currency "
                        + "and rate_on = (select max(rate_on) from exchange_rate where base = :base and currency = :currency "
                        + "and rate_on <= :date)", BigDecimal.class)
                .setParameter("base", base).setParameter("currency", currency).setParameter("date", date)
                .getResultStream().findFirst();
    }

    /** A rate as entries store it: exact where the division ends within their decimals, else rounded half-even to them. */
    private static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        BigDecimal rate = dividend.divide(divisor, ForeignAmount.RATE_SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return rate.scale() < 0 ? rate.setScale(0, RoundingMode.UNNECESSARY) : rate;
    }

    private static LocalDate localDate(Object value) {
        return value instanceof LocalDate date ? date : ((java.sql.Date) value).toLocalDate();
    }
}
