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
 * The ledger is read in blocks of {@link #BLOCK_DAYS} days, one range query each (not one per line: a round trip
 * per line made an import on PostgreSQL several times slower than its inserts; nor one per day: a year's statement
 * then cost 365 queries, issue #17). The most recent {@link #BLOCKS_KEPT} blocks are kept; a block read again later
 * is corrected by the copies this file has already matched, so memory grows with the ledger's rows in those few
 * weeks and the duplicates found, never with the file. That is right only while the connection does not see this import's own
 * inserts, so during an import it must be a different connection from the inserting one (read committed).
 */
final class DuplicateFinder implements AutoCloseable {

    /** Days read with one query: a month, aligned on the epoch day, so a statement's month is one block or two. */
    static final int BLOCK_DAYS = 32;
    /** Bank statements come in date order, so a few blocks cover the lines still to come. */
    static final int BLOCKS_KEPT = 3;
    /** The most days held in memory at once. */
    static final int DAYS_KEPT = BLOCK_DAYS * BLOCKS_KEPT;

    private record Key(LocalDate date, BigDecimal amount, String description) {
    }

    private final PreparedStatement query;
    /** Recently read blocks: each of the ledger's keys in that block → how many of its copies the file has not matched yet. */
    private final Map<Long, Map<Key, Integer>> blocks = new LinkedHashMap<>(BLOCKS_KEPT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Map<Key, Integer>> eldest) {
            return size() > BLOCKS_KEPT;
        }
    };
    /** Ledger copies this file has matched so far, kept when their day is dropped from {@link #days}. */
    private final Map<Key, Integer> matched = new HashMap<>();

    DuplicateFinder(Connection connection) throws SQLException {
        this.query = connection.prepareStatement("select spent_on, amount, description from expense where spent_on >= ? and spent_on < ?");
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
        long block = Math.floorDiv(date.toEpochDay(), BLOCK_DAYS);
        Map<Key, Integer> day = blocks.get(block);
        if (day == null) {
            day = readBlock(block);
            blocks.put(block, day);
        }
        Key key = new Key(date, amount.setScale(2, RoundingMode.UNNECESSARY), normalise(description));
        Integer left = day.get(key);
        if (left == null || left <= 0) {
            return false;
        }
        day.put(key, left - 1);
        matched.merge(key, 1, Integer::sum);
        return true;
    }

    /** The ledger's keys in one block with their unmatched copies: what the ledger has less what the file matched. */
    private Map<Key, Integer> readBlock(long block) throws SQLException {
        Map<Key, Integer> day = new HashMap<>();
        query.setObject(1, LocalDate.ofEpochDay(block * BLOCK_DAYS));
        query.setObject(2, LocalDate.ofEpochDay((block + 1) * BLOCK_DAYS));
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                Key key = new Key(rows.getObject(1, LocalDate.class), rows.getBigDecimal(2).setScale(2, RoundingMode.UNNECESSARY),
                        normalise(rows.getString(3)));
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
