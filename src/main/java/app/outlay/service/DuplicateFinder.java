package app.outlay.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Tells whether a line of a file is already in the ledger: same date, same amount, same description ignoring case
 * and surrounding spaces. Counted as a multiset: two identical coffees in the file and one in the ledger make one
 * duplicate and one new expense.
 * <p>
 * Memory grows only with the lines the ledger already has, never with the file: a key the ledger does not hold is
 * asked for again each time it comes up. That is right only while the connection does not see this import's own
 * inserts, so during an import it must be a different connection from the inserting one (read committed).
 */
final class DuplicateFinder implements AutoCloseable {

    private record Key(LocalDate date, BigDecimal amount, String description) {
    }

    private final PreparedStatement query;
    /** Keys the ledger holds → how many of its copies the file has not matched yet. */
    private final Map<Key, Integer> unmatched = new HashMap<>();

    DuplicateFinder(Connection connection) throws SQLException {
        this.query = connection.prepareStatement("select description from expense where spent_on = ? and amount = ?");
    }

    static String normalise(String description) {
        return description.strip().toLowerCase(Locale.ROOT);
    }

    boolean isDuplicate(LocalDate date, BigDecimal amount, String description) throws SQLException {
        Key key = new Key(date, amount.setScale(2, RoundingMode.UNNECESSARY), normalise(description));
        Integer left = unmatched.get(key);
        if (left == null) {
            left = countInLedger(key);
            if (left == 0) {
                return false;
            }
        }
        if (left == 0) {
            return false;
        }
        unmatched.put(key, left - 1);
        return true;
    }

    private int countInLedger(Key key) throws SQLException {
        query.setObject(1, key.date());
        query.setBigDecimal(2, key.amount());
        int count = 0;
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                if (normalise(rows.getString(1)).equals(key.description())) {
                    count++;
                }
            }
        }
        return count;
    }

    @Override
    public void close() throws SQLException {
        query.close();
    }
}
