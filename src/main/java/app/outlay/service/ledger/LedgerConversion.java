package app.outlay.service.ledger;

import app.outlay.data.DatabaseHolder;
import app.outlay.domain.ForeignAmount;
import app.outlay.domain.Ledger;
import app.outlay.domain.Money;
import app.outlay.domain.SplitPart;
import app.outlay.service.history.ChangeRecorder;
import app.outlay.service.rates.RateService;
import app.outlay.service.split.SplitLinks;
import app.outlay.text.InvalidInputException;
import app.outlay.totals.KeptTotals;
import org.hibernate.Session;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Changing the ledger's currency with the rate table (issue 22), when entries in other currencies exist, instead of
 * only refusing: every entry's ledger amount is worked out again at the rate table's rate for its date. An entry in
 * the old ledger currency becomes one paid in that currency (its amount the amount as paid); one paid in the new
 * currency becomes an ordinary entry of it (its amount as paid the amount); one in a third currency keeps its amount
 * as paid at the new rate. Split parts follow their payment. Budgets and the amounts of repeating series, which are
 * for the months to come, are converted at today's rate.
 * <p>
 * {@link #preview} says what would happen (how many entries, the rates, the first date without a rate) and changes
 * nothing; {@link #convert} does it in one transaction, or — when a rate is missing — refuses and changes nothing.
 * The history keeps the change of currency; Undo does not take it back (undo reverses changes of entries, not of the
 * ledger's currency, budgets or series): the confirmation says so.
 */
public final class LedgerConversion {

    /** Entries read and written at a time. */
    private static final int PAGE = 1_000;

    private final DatabaseHolder database;

    public LedgerConversion(DatabaseHolder database) {
        this.database = database;
    }

    /** The rates one currency was converted at: how many entries, the lowest and highest rate, the first and last day. */
    public record RateUse(String currency, long entries, BigDecimal lowest, BigDecimal highest, LocalDate first, LocalDate last) {
    }

    /**
     * What a conversion from {@code from} to {@code to} does. {@code missingCurrency}/{@code missingOn}: the first
     * date (and its currency) the rate table has no rate for, which makes the conversion impossible; null when every
     * rate is there. {@code todayRate}: units of {@code to} per unit of {@code from} today, for budgets and series.
     */
    public record Preview(Currency from, Currency to, long entries, long becomeForeign, long becomeOrdinary, long reconverted,
                          List<RateUse> rates, long budgets, long series, BigDecimal todayRate, String missingCurrency,
                          LocalDate missingOn) {

        public boolean possible() {
            return missingCurrency == null;
        }

        /** What the user confirms (the window) or reads (the command line), one paragraph each. */
        public List<app.outlay.text.UserText> lines() {
            List<app.outlay.text.UserText> lines = new ArrayList<>();
            String f = from.getCurrencyCode();
            String t = to.getCurrencyCode();
            lines.add(app.outlay.text.UserText.of("convert.preview.title", f, t));
            lines.add(app.outlay.text.UserText.of("convert.preview.entries", entries, becomeForeign, f, becomeOrdinary, t, reconverted));
            for (RateUse use : rates) {
                String range = use.lowest().compareTo(use.highest()) == 0 ? use.lowest().toPlainString()
                        : use.lowest().toPlainString() + "\u2013" + use.highest().toPlainString();
                lines.add(app.outlay.text.UserText.of("convert.preview.rate", use.currency(), use.entries(), range, t,
                        use.first().toString(), use.last().toString()));
            }
            if (budgets + series > 0 && todayRate != null) {
                lines.add(app.outlay.text.UserText.of("convert.preview.budgets", budgets, series, f, todayRate.toPlainString(), t));
            }
            if (!possible()) {
                lines.add(app.outlay.text.UserText.of("convert.preview.missing", missingCurrency, t, missingOn.toString()));
            } else {
                lines.add(app.outlay.text.UserText.of("convert.preview.undo", f));
            }
            return lines;
        }
    }

    /** What converting the ledger into {@code to} would do, today's date given. Changes nothing. */
    public Preview preview(Currency to, LocalDate today) {
        return database.sessionFactory().fromTransaction(session -> new Plan(session, to, today, false).run());
    }

    /**
     * Converts the ledger into {@code to} as {@link #preview} describes, in one transaction.
     *
     * @throws InvalidInputException when a rate is missing (naming the currency and first date) or the ledger has no
     *                               currency yet; nothing changes
     */
    public Preview convert(Currency to, LocalDate today) {
        return database.sessionFactory().fromTransaction(session -> {
            Preview done = new Plan(session, to, today, true).run();
            // Every amount changed outside the services' paths: the kept totals (V28) are summed again, in this transaction.
            session.doWork(KeptTotals::rebuild);
            Ledger ledger = session.find(Ledger.class, Ledger.ID);
            ledger.setCurrency(to);
            Map<String, String> before = new LinkedHashMap<>();
            before.put("currency", done.from().getCurrencyCode());
            Map<String, String> after = new LinkedHashMap<>();
            after.put("currency", to.getCurrencyCode());
            after.put("converted", Long.toString(done.entries()));
            new ChangeRecorder(session, database.appSession()).ledger(before, after);
            return done;
        });
    }

    /** One pass over the ledger: works every new amount out, and writes it when {@code write}. */
    private static final class Plan {
        private final Session session;
        private final Currency from;
        private final Currency to;
        private final LocalDate today;
        private final boolean write;
        private final Map<String, Optional<BigDecimal>> rates = new HashMap<>();
        private final Map<String, RateUse> uses = new TreeMap<>();
        private long entries;
        private long becomeForeign;
        private long becomeOrdinary;
        private long reconverted;
        private String missingCurrency;
        private LocalDate missingOn;

        Plan(Session session, Currency to, LocalDate today, boolean write) {
            this.session = session;
            this.from = LedgerCurrency.of(session).orElseThrow(() -> InvalidInputException.of("problem.convert.noCurrency"));
            this.to = to;
            this.today = today;
            this.write = write;
        }

        Preview run() {
            if (from.equals(to)) {
                return preview(0, 0, BigDecimal.ONE);
            }
            long last = Long.MIN_VALUE;
            while (true) {
                List<Object[]> rows = session.createNativeQuery("select id, spent_on, amount, currency, original_amount, split "
                                + "from expense where id > :last order by id", Object[].class)
                        .setParameter("last", last).setMaxResults(PAGE).getResultList();
                if (rows.isEmpty()) {
                    break;
                }
                List<ConvertedEntry> page = new ArrayList<>(rows.size());
                for (Object[] row : rows) {
                    ConvertedEntry converted = convert(row);
                    if (converted != null) {
                        page.add(converted);
                    }
                    last = ((Number) row[0]).longValue();
                }
                if (write && missingCurrency == null) {
                    store(page);
                }
            }
            long budgets = count("select count(*) from category where monthly_budget is not null");
            long series = count("select count(*) from recurrence");
            BigDecimal todayRate = null;
            if (budgets + series > 0) {
                todayRate = rate(from, today).orElse(null);
                if (todayRate == null) {
                    missing(from, today);
                } else if (write && missingCurrency == null) {
                    scaleBudgetsAndSeries(todayRate);
                }
            }
            Preview preview = preview(budgets, series, todayRate);
            if (write && !preview.possible()) {
                // Nothing is kept: the transaction this runs in is rolled back by the exception.
                throw InvalidInputException.of("problem.convert.noRate", preview.missingCurrency(), to.getCurrencyCode(),
                        preview.missingOn().toString());
            }
            return preview;
        }

        private Preview preview(long budgets, long series, BigDecimal todayRate) {
            return new Preview(from, to, entries, becomeForeign, becomeOrdinary, reconverted, List.copyOf(uses.values()), budgets,
                    series, todayRate, missingCurrency, missingOn);
        }

        /** The entry's new ledger amount and amount as paid; null when a rate is missing (noted). */
        private ConvertedEntry convert(Object[] row) {
            entries++;
            long id = ((Number) row[0]).longValue();
            LocalDate date = row[1] instanceof LocalDate d ? d : ((java.sql.Date) row[1]).toLocalDate();
            BigDecimal amount = (BigDecimal) row[2];
            String code = row[3] == null ? null : ((String) row[3]).strip();
            boolean split = Boolean.TRUE.equals(row[5]) || row[5] instanceof Number n && n.intValue() != 0;
            Currency paidIn = code == null ? from : Currency.getInstance(code);
            BigDecimal original = code == null ? amount : (BigDecimal) row[4];
            if (paidIn.equals(to)) {
                becomeOrdinary++;
                // (a KWD amount of 3.215 in a KWD ledger keeps the two decimals every ledger amount has: see README)
                return new ConvertedEntry(id, amount, null, original.setScale(Money.SCALE, RoundingMode.HALF_EVEN), split);
            }
            Optional<BigDecimal> rate = rate(paidIn, date);
            if (rate.isEmpty()) {
                missing(paidIn, date);
                return null;
            }
            ForeignAmount paid = ForeignAmount.atRate(paidIn, original.stripTrailingZeros(), rate.get());
            BigDecimal ledgerAmount = paid.ledgerAmount(to);
            if (ledgerAmount.signum() <= 0) {
                throw InvalidInputException.of("problem.convert.zero", original.toPlainString(), paidIn.getCurrencyCode(),
                        date.toString(), to.getCurrencyCode());
            }
            if (code == null) {
                becomeForeign++;
            } else {
                reconverted++;
            }
            used(paidIn, date, rate.get());
            return new ConvertedEntry(id, amount, paid, ledgerAmount, split);
        }

        private void missing(Currency currency, LocalDate date) {
            if (missingOn == null || date.isBefore(missingOn)) {
                missingOn = date;
                missingCurrency = currency.getCurrencyCode();
            }
        }

        private void used(Currency currency, LocalDate date, BigDecimal rate) {
            uses.merge(currency.getCurrencyCode(), new RateUse(currency.getCurrencyCode(), 1, rate, rate, date, date),
                    (a, b) -> new RateUse(a.currency(), a.entries() + 1, a.lowest().min(rate), a.highest().max(rate),
                            a.first().isBefore(date) ? a.first() : date, a.last().isAfter(date) ? a.last() : date));
        }

        private Optional<BigDecimal> rate(Currency currency, LocalDate date) {
            return rates.computeIfAbsent(currency.getCurrencyCode() + date, key -> RateService.rateFor(session, currency, to, date));
        }

        private long count(String sql) {
            return ((Number) session.createNativeQuery(sql, Object.class).getSingleResult()).longValue();
        }

        /** Writes a page of entries, and the parts of its split payments. */
        private void store(List<ConvertedEntry> page) {
            List<ConvertedEntry> splits = page.stream().filter(ConvertedEntry::split).toList();
            Map<Long, List<SplitPart>> parts = splits.isEmpty() ? Map.of()
                    : SplitLinks.of(session, splits.stream().map(ConvertedEntry::id).toList());
            session.doWork(connection -> {
                try (PreparedStatement update = connection.prepareStatement("update expense set amount = ?, currency = ?, "
                        + "original_amount = ?, rate = ?, version = version + 1 where id = ?")) {
                    for (ConvertedEntry c : page) {
                        update.setBigDecimal(1, c.ledgerAmount());
                        update.setString(2, c.paid() == null ? null : c.paid().code());
                        update.setObject(3, c.paid() == null ? null : c.paid().original(), Types.NUMERIC);
                        update.setObject(4, c.paid() == null ? null : c.paid().rate(), Types.NUMERIC);
                        update.setLong(5, c.id());
                        update.addBatch();
                    }
                    update.executeBatch();
                }
                try (PreparedStatement part = connection.prepareStatement("update expense_split set amount = ?, original_amount = ? "
                        + "where expense_id = ? and position = ?")) {
                    for (ConvertedEntry c : splits) {
                        List<SplitPart> now = parts.getOrDefault(c.id(), List.of());
                        List<SplitPart> converted = ConvertedParts.of(c, now, from, to);
                        for (int i = 0; i < converted.size(); i++) {
                            part.setBigDecimal(1, converted.get(i).amount());
                            part.setObject(2, converted.get(i).original(), Types.NUMERIC);
                            part.setLong(3, c.id());
                            part.setInt(4, i + 1);
                            part.addBatch();
                        }
                    }
                    part.executeBatch();
                }
            });
            session.clear();
        }

        /** Budgets and series amounts at today's rate, to the new currency's minor units (never below one of them). */
        private void scaleBudgetsAndSeries(BigDecimal rate) {
            scale(rate, "select id, monthly_budget from category where monthly_budget is not null",
                    "update category set monthly_budget = ?, version = version + 1 where id = ?");
            scale(rate, "select id, amount from recurrence", "update recurrence set amount = ?, version = version + 1 where id = ?");
        }

        private void scale(BigDecimal rate, String select, String update) {
            int digits = Math.min(Money.SCALE, Math.max(0, to.getDefaultFractionDigits()));
            BigDecimal least = BigDecimal.ONE.movePointLeft(digits);
            List<Object[]> rows = session.createNativeQuery(select, Object[].class).getResultList();
            session.doWork(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(update)) {
                    for (Object[] row : rows) {
                        BigDecimal converted = ((BigDecimal) row[1]).multiply(rate).setScale(digits, RoundingMode.HALF_EVEN).max(least);
                        statement.setBigDecimal(1, converted.setScale(Money.SCALE));
                        statement.setLong(2, ((Number) row[0]).longValue());
                        statement.addBatch();
                    }
                    statement.executeBatch();
                }
            });
        }
    }

}
