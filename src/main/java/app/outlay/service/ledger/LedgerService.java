package app.outlay.service.ledger;

import app.outlay.service.history.ChangeRecorder;
import app.outlay.data.DatabaseHolder;
import app.outlay.domain.Ledger;
import app.outlay.text.InvalidInputException;
import app.outlay.totals.SummaryReader;

import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Facts about the ledger as a whole, for the status bar and {@code outlay db info}, and the ledger's currency. */
public final class LedgerService {

    private final DatabaseHolder database;

    public LedgerService(DatabaseHolder database) {
        this.database = database;
    }

    public record Counts(long expenses, long categories) {
    }

    public Counts counts() {
        // Entries from the kept totals (V28): counting a million rows took a scan on PostgreSQL after every change. Plain
        // SQL without Hibernate: the list asks beside a search's totals, which may be the first thing a user does.
        return database.read(connection -> {
            try (java.sql.Statement query = connection.createStatement();
                 java.sql.ResultSet rs = query.executeQuery("select count(*) from category")) {
                rs.next();
                return new Counts(SummaryReader.entries(connection), rs.getLong(1));
            }
        });
    }

    /** The currency chosen for this ledger; empty while none was chosen (a new ledger, or one from before V7). */
    public Optional<Currency> chosenCurrency() {
        return database.sessionFactory().fromTransaction(session -> session.find(Ledger.class, Ledger.ID).getCurrency());
    }

    /**
     * The ledger's currency. Where none was chosen yet, {@code fallback} is stored first — unless another client
     * stored one a moment earlier: the update only touches a ledger without a currency, so of two Outlays starting
     * together on a shared ledger the first wins, and both return what was stored.
     */
    public Currency currencyOrAdopt(Currency fallback) {
        // Plain SQL without Hibernate, the update as versioned Hibernate would write it: asked as the window opens
        // (see Database#read).
        return database.read(connection -> {
            String known = currencyCode(connection);
            if (known == null) {
                try (java.sql.PreparedStatement update = connection.prepareStatement(
                        "update ledger set currency = ?, version = version + 1 where id = ? and currency is null")) {
                    update.setString(1, fallback.getCurrencyCode());
                    update.setLong(2, Ledger.ID);
                    update.executeUpdate();
                }
                known = currencyCode(connection);
            }
            return Currency.getInstance(known.strip());
        });
    }

    private static String currencyCode(java.sql.Connection connection) throws java.sql.SQLException {
        try (java.sql.PreparedStatement query = connection.prepareStatement("select currency from ledger where id = ?")) {
            query.setLong(1, Ledger.ID);
            try (java.sql.ResultSet rs = query.executeQuery()) {
                if (!rs.next()) { // V7 makes the row: a ledger without it is not Outlay's
                    throw new IllegalStateException("The ledger has no row " + Ledger.ID);
                }
                return rs.getString(1);
            }
        }
    }

    /**
     * Makes {@code currency} the ledger's, for every client; the change is recorded in the history. Refused while
     * entries paid in other currencies exist (issue 22): their ledger amounts and rates are in the old currency,
     * and converting them is never done silently.
     *
     * @throws InvalidInputException naming the count, the current and the asked-for currency; nothing changes
     */
    public Currency setCurrency(Currency currency) {
        return database.sessionFactory().fromTransaction(session -> {
            Ledger ledger = session.find(Ledger.class, Ledger.ID);
            Optional<Currency> before = ledger.getCurrency();
            if (before.equals(Optional.of(currency))) {
                return currency;
            }
            long foreign = LedgerCurrency.foreignEntries(session);
            if (before.isPresent() && foreign > 0) {
                throw InvalidInputException.of("problem.ledgerCurrency.foreignEntries", before.get().getCurrencyCode(),
                        currency.getCurrencyCode(), foreign);
            }
            ledger.setCurrency(currency);
            new ChangeRecorder(session, database.appSession()).ledger(values(before.orElse(null)), values(currency));
            return currency;
        });
    }

    private static Map<String, String> values(Currency currency) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("currency", currency == null ? null : currency.getCurrencyCode());
        return values;
    }
}
