package app.outlay.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Tells whether a line of a file is already in the ledger: same date, same amount, same description ignoring case,
 * surrounding spaces and how Unicode composes its letters. Counted as a multiset: two identical coffees in the file and one in the ledger make one
 * duplicate and one new expense.
 * <p>
 * The ledger is read one day at a time (one query per day of the file, not one per line: a round trip per line made
 * an import on PostgreSQL several times slower than its inserts). The most recent {@link #DAYS_KEPT} days are kept;
 * a day read again later is corrected by the copies this file has already matched, so memory grows only with the
 * duplicates found, never with the file. That is right only while the connection does not see this import's own
 * inserts, so during an import it must be a different connection from the inserting one (read committed).
 */
final class DuplicateFinder implements AutoCloseable {

    /** Bank statements come in date order, so a few weeks of days cover the lines still to come. */
    static final int DAYS_KEPT = 62;

    /** {@code in}: money coming in (a refund or income), which never duplicates an expense of the same amount. */
    private record Key(LocalDate date, BigDecimal amount, String description, boolean in) {
    }

    private final PreparedStatement query;
    /** Recently read days: each of the ledger's keys on that day → how many of its copies the file has not matched yet. */
    private final Map<LocalDate, Map<Key, Integer>> days = new LinkedHashMap<>(DAYS_KEPT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<LocalDate, Map<Key, Integer>> eldest) {
            return size() > DAYS_KEPT;
        }
    };
    /** Ledger copies this file has matched so far, kept when their day is dropped from {@link #days}. */
    private final Map<Key, Integer> matched = new HashMap<>();

    DuplicateFinder(Connection connection) throws SQLException {
        this.query = connection.prepareStatement("select amount, description, kind from expense where spent_on = ?");
    }

    /**
     * What the user sees, compared: case and surrounding spaces aside, and one form for letters that Unicode can
     * write two ways ({@code ö} as one character, or as {@code o} and a combining diaeresis, as macOS writes it).
     */
    static String normalise(String description) {
        String text = description.strip();
        return (composable(text) ? Normalizer.normalize(text, Normalizer.Form.NFC) : text).toLowerCase(Locale.ROOT);
    }

    /** Only text with a character from U+0300 on can differ in NFC; the check keeps ordinary lines cheap. */
    private static boolean composable(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '\u0300') {
                return true;
            }
        }
        return false;
    }

    boolean isDuplicate(LocalDate date, BigDecimal amount, String description) throws SQLException {
        return isDuplicate(date, amount, description, false);
    }

    /** As {@link #isDuplicate(LocalDate, BigDecimal, String)} for money going out ({@code in} false) or coming in. */
    boolean isDuplicate(LocalDate date, BigDecimal amount, String description, boolean in) throws SQLException {
        Map<Key, Integer> day = days.get(date);
        if (day == null) {
            day = readDay(date);
            days.put(date, day);
        }
        Key key = new Key(date, amount.setScale(2, RoundingMode.UNNECESSARY), normalise(description), in);
        Integer left = day.get(key);
        if (left == null || left <= 0) {
            return false;
        }
        day.put(key, left - 1);
        matched.merge(key, 1, Integer::sum);
        return true;
    }

    /** The ledger's keys on one day with their unmatched copies: what the ledger has less what the file matched. */
    private Map<Key, Integer> readDay(LocalDate date) throws SQLException {
        Map<Key, Integer> day = new HashMap<>();
        query.setObject(1, date);
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                Key key = new Key(date, rows.getBigDecimal(1).setScale(2, RoundingMode.UNNECESSARY), normalise(rows.getString(2)),
                        !"EXPENSE".equals(rows.getString(3)));
                day.merge(key, 1, Integer::sum);
            }
        }
        day.replaceAll((key, copies) -> copies - matched.getOrDefault(key, 0));
        return day;
    }

    @Override
    public void close() throws SQLException {
        query.close();
    }
}
