package app.outlay.service.importing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
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
 * then cost 365 queries, issue #17). Blocks are kept, least recently used dropped first, while they hold at most
 * {@link #KEYS_KEPT} of the ledger's keys (an empty block counts as one): a file whose lines are not in date order
 * (sorted by category, say) then reads each block once unless the ledger is large, where keeping only three blocks
 * read a block again for almost every line (a million such lines into a fresh ledger: over 15 minutes instead of
 * 2.5, each read skipping the import's own uncommitted rows). A block read again later is corrected by the copies
 * this file has already matched, so memory grows with the keys kept and the duplicates found, never with the file. That is right only while the connection does not see this import's own
 * inserts, so during an import it must be a different connection from the inserting one (read committed).
 */
final class DuplicateFinder implements AutoCloseable {

    /** Days read with one query: a month, aligned on the epoch day, so a statement's month is one block or two. */
    static final int BLOCK_DAYS = 32;
    /** About 20 MB of keys: a month of a million-expense ledger is ~22,000, so even then several months stay. */
    static final int KEYS_KEPT = 100_000;

    /** {@code in}: money coming in (a refund or income), which never duplicates an expense of the same amount. */
    private record Key(LocalDate date, BigDecimal amount, String description, boolean in) {
    }

    /** Ledger copies of one key not matched yet: those without a bank id, and those with one. */
    private static final class Copies {
        int plain;
        int withId;
    }

    /** A bank id with the amount it was for. */
    private record IdKey(String bankId, BigDecimal amount) {
    }

    private final PreparedStatement query;
    private final PreparedStatement byId;
    /** Recently read blocks: each of the ledger's keys in that block → how many of its copies the file has not matched yet. */
    private final Map<Long, Map<Key, Copies>> blocks = new LinkedHashMap<>(16, 0.75f, true);
    /** The most keys {@link #blocks} may hold (each block counting one more); tests make it small. */
    private final int keysKept;
    /** What {@link #blocks} holds, counted as {@link #keysKept} is. */
    private int keysHeld;
    /** Ledger copies this file has matched so far, kept when their block is dropped from {@link #blocks}. */
    private final Map<Key, Copies> matched = new HashMap<>();
    /** Ledger expenses matched by their bank id so far. */
    private final Map<IdKey, Integer> matchedIds = new HashMap<>();

    DuplicateFinder(Connection connection) throws SQLException {
        this(connection, KEYS_KEPT);
    }

    DuplicateFinder(Connection connection, int keysKept) throws SQLException {
        this.keysKept = keysKept;
        this.query = connection.prepareStatement("select spent_on, amount, description, bank_transaction_id, kind from expense where spent_on >= ? and spent_on < ?");
        this.byId = connection.prepareStatement("select spent_on, description, kind from expense where bank_transaction_id = ? and amount = ? order by id");
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
        return isDuplicate(date, amount, description, false, null);
    }

    /** As {@link #isDuplicate(LocalDate, BigDecimal, String)} for money going out ({@code in} false) or coming in. */
    boolean isDuplicate(LocalDate date, BigDecimal amount, String description, boolean in) throws SQLException {
        return isDuplicate(date, amount, description, in, null);
    }

    /** As above, for money going out on a line that carries the bank's transaction id ({@code bankId}, null for none). */
    boolean isDuplicate(LocalDate date, BigDecimal amount, String description, String bankId) throws SQLException {
        return isDuplicate(date, amount, description, false, bankId);
    }

    /** Money going out ({@code in} false) or coming in, with the bank's transaction id ({@code bankId}, null for none). */
    boolean isDuplicate(LocalDate date, BigDecimal amount, String description, boolean in, String bankId) throws SQLException {
        BigDecimal exact = amount.setScale(2, RoundingMode.UNNECESSARY);
        if (bankId != null && matchById(bankId, exact)) {
            return true;
        }
        Key key = new Key(date, exact, normalise(description), in);
        Copies left = day(date).get(key);
        if (left == null) {
            return false;
        }
        if (left.plain > 0) {
            left.plain--;
            matched.computeIfAbsent(key, k -> new Copies()).plain++;
            return true;
        }
        if (bankId == null && left.withId > 0) {
            left.withId--;
            matched.computeIfAbsent(key, k -> new Copies()).withId++;
            return true;
        }
        return false;
    }

    /**
     * True when the ledger has an expense with this id and amount that the file has not matched yet; that expense is
     * then taken out of its day's copies too, so a line without an id cannot match it a second time.
     */
    private boolean matchById(String bankId, BigDecimal amount) throws SQLException {
        IdKey id = new IdKey(bankId, amount);
        int used = matchedIds.getOrDefault(id, 0);
        byId.setString(1, bankId);
        byId.setBigDecimal(2, amount);
        try (ResultSet rows = byId.executeQuery()) {
            for (int row = 0; rows.next(); row++) {
                if (row == used) {
                    LocalDate date = rows.getObject(1, LocalDate.class);
                    Key key = new Key(date, amount, normalise(rows.getString(2)), !"EXPENSE".equals(rows.getString(3)));
                    Copies left = day(date).get(key);
                    if (left != null && left.withId > 0) {
                        left.withId--;
                    }
                    matched.computeIfAbsent(key, k -> new Copies()).withId++;
                    matchedIds.put(id, used + 1);
                    return true;
                }
            }
        }
        return false;
    }

    /** The keys of the block that holds {@code date} (the key's date tells the days of a block apart). */
    private Map<Key, Copies> day(LocalDate date) throws SQLException {
        long block = Math.floorDiv(date.toEpochDay(), BLOCK_DAYS);
        Map<Key, Copies> keys = blocks.get(block);
        if (keys == null) {
            keys = readBlock(block);
            blocks.put(block, keys);
            keysHeld += keys.size() + 1;
            dropLeastRecentlyUsed();
        }
        return keys;
    }

    /** Drops the blocks used longest ago until the keys held fit again (the block just read always stays). */
    private void dropLeastRecentlyUsed() {
        Iterator<Map<Key, Copies>> eldest = blocks.values().iterator();
        while (keysHeld > keysKept && blocks.size() > 1) {
            keysHeld -= eldest.next().size() + 1;
            eldest.remove();
        }
    }

    /** The ledger's keys in one block with their unmatched copies: what the ledger has less what the file matched. */
    private Map<Key, Copies> readBlock(long block) throws SQLException {
        Map<Key, Copies> day = new HashMap<>();
        query.setObject(1, LocalDate.ofEpochDay(block * BLOCK_DAYS));
        query.setObject(2, LocalDate.ofEpochDay((block + 1) * BLOCK_DAYS));
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                Key key = new Key(rows.getObject(1, LocalDate.class), rows.getBigDecimal(2).setScale(2, RoundingMode.UNNECESSARY),
                        normalise(rows.getString(3)), !"EXPENSE".equals(rows.getString(5)));
                Copies copies = day.computeIfAbsent(key, k -> new Copies());
                if (rows.getString(4) == null) {
                    copies.plain++;
                } else {
                    copies.withId++;
                }
            }
        }
        day.forEach((key, copies) -> {
            Copies used = matched.get(key);
            if (used != null) {
                copies.plain -= used.plain;
                copies.withId -= used.withId;
            }
        });
        return day;
    }

    @Override
    public void close() throws SQLException {
        byId.close();
        query.close();
    }
}
