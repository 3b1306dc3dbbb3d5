package app.outlay.totals;

import app.outlay.domain.EntryKind;
import org.hibernate.Session;
import org.hibernate.SharedSessionContract;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps {@code expense_summary} (V28) in step with the expense rows, inside the transaction that changes them. One
 * instance gathers the changes of one transaction: what the touched entries counted for {@link #before} the change
 * is taken away, what they count for {@link #after} it is added (or {@link #added} from the values an import
 * inserts), and {@link #write} applies the net change with one upsert per month, category and kind touched. A change
 * rolled back takes its upserts back with it.
 * <p>
 * What an entry counts for mirrors the list's SQL (ExpenseQueries) exactly: every entry once with its amount in
 * category 0; an entry that is not split in its category with its amount; a split payment once in each of its
 * parts' categories with the sum of its parts there (and in its own category, should it have one, with the parts'
 * sum there, which may be none).
 */
public final class KeptTotals {

    /** Ids per query when reading entries by id. */
    private static final int SLICE = 500;

    private final Map<SummaryKey, Change> changes = new TreeMap<>();

    /** A part of a split payment as an import writes it: its category (null: none) and amount. */
    public record Part(Long categoryId, BigDecimal amount) {
    }

    private static final class Change {
        long entries;
        BigDecimal amount = BigDecimal.ZERO;

        boolean isNone() {
            return entries == 0 && amount.signum() == 0;
        }
    }

    /**
     * Takes away what these entries count for now: call before changing or deleting them (in the same transaction,
     * before anything about them is flushed). Ids of entries that do not exist count for nothing.
     */
    public KeptTotals before(SharedSessionContract session, Collection<Long> ids) {
        session.doWork(connection -> read(connection, ids, -1));
        return this;
    }

    /** Adds what these entries count for now: call once they are changed or inserted (the session is flushed first). */
    public KeptTotals after(SharedSessionContract session, Collection<Long> ids) {
        if (session instanceof Session stateful) {
            stateful.flush();
        }
        session.doWork(connection -> read(connection, ids, 1));
        return this;
    }

    /** As {@link #before(SharedSessionContract, Collection)} on a plain connection. */
    public KeptTotals before(Connection connection, Collection<Long> ids) throws SQLException {
        read(connection, ids, -1);
        return this;
    }

    /** As {@link #after(SharedSessionContract, Collection)} on a plain connection. */
    public KeptTotals after(Connection connection, Collection<Long> ids) throws SQLException {
        read(connection, ids, 1);
        return this;
    }

    /**
     * Adds an entry being inserted from the values it is inserted with (an import, which knows them already): its
     * date, kind, category (null: none), amount and, for a split payment, its parts (empty: not split).
     */
    public void added(LocalDate date, EntryKind kind, Long categoryId, BigDecimal amount, List<Part> parts) {
        count(1, date, kind.name(), categoryId, amount, !parts.isEmpty(), parts);
    }

    /** Applies what was gathered in the session's transaction and starts again from nothing. */
    public void write(SharedSessionContract session) {
        session.doWork(this::write);
    }

    /** As {@link #write(SharedSessionContract)} on a plain connection (in the transaction of the change). */
    public void write(Connection connection) throws SQLException {
        changes.values().removeIf(Change::isNone);
        if (changes.isEmpty()) {
            return;
        }
        if (SummarySql.isPostgres(connection)) {
            upsertOnPostgres(connection);
        } else {
            updateOrInsert(connection);
        }
        changes.clear();
    }

    /** For entries just inserted in the session's transaction: reads them and writes the summary's change at once. */
    public static void inserted(SharedSessionContract session, Collection<Long> ids) {
        new KeptTotals().after(session, ids).write(session);
    }

    /** For entries about to be deleted in the session's transaction: takes them out of the summary at once. */
    public static void deleting(SharedSessionContract session, Collection<Long> ids) {
        new KeptTotals().before(session, ids).write(session);
    }

    /**
     * Sums the whole summary again from the rows, in the caller's transaction: after changing expense rows in bulk
     * by any other way than the services (a copy, a restore, a load for the benchmark).
     */
    public static void rebuild(Connection connection) throws SQLException {
        SummarySql.rebuild(connection, List.of());
    }

    /** Sums the rows of these categories again (a category merged into another, or deleted with its entries moved). */
    public static void rebuildCategories(SharedSessionContract session, Collection<Long> categoryIds) {
        session.doWork(connection -> SummarySql.rebuild(connection, List.copyOf(categoryIds)));
    }

    private void read(Connection connection, Collection<Long> ids, int sign) throws SQLException {
        List<Long> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += SLICE) {
            List<Long> slice = all.subList(from, Math.min(all.size(), from + SLICE));
            String marks = String.join(", ", Collections.nCopies(slice.size(), "?"));
            try (PreparedStatement query = connection.prepareStatement("select e.id, e.spent_on, e.kind, e.category_id, "
                    + "e.amount, e.split, s.category_id, s.amount from expense e "
                    + "left join expense_split s on s.expense_id = e.id and e.split = true "
                    + "where e.id in (" + marks + ") order by e.id")) {
                for (int i = 0; i < slice.size(); i++) {
                    query.setLong(i + 1, slice.get(i));
                }
                try (ResultSet rs = query.executeQuery()) {
                    countRows(rs, sign);
                }
            }
        }
    }

    /** The rows of {@link #read}'s query, one per entry or per part of a split payment, entry by entry. */
    private void countRows(ResultSet rs, int sign) throws SQLException {
        long entry = Long.MIN_VALUE;
        LocalDate date = null;
        String kind = null;
        Long category = null;
        BigDecimal amount = null;
        boolean split = false;
        List<Part> parts = new ArrayList<>();
        while (rs.next()) {
            if (rs.getLong(1) != entry) {
                if (date != null) {
                    count(sign, date, kind, category, amount, split, parts);
                }
                entry = rs.getLong(1);
                date = rs.getObject(2, LocalDate.class);
                kind = rs.getString(3).strip();
                category = rs.getObject(4, Long.class);
                amount = rs.getBigDecimal(5);
                split = rs.getBoolean(6);
                parts = new ArrayList<>();
            }
            BigDecimal partAmount = rs.getBigDecimal(8);
            if (partAmount != null) {
                parts.add(new Part(rs.getObject(7, Long.class), partAmount));
            }
        }
        if (date != null) {
            count(sign, date, kind, category, amount, split, parts);
        }
    }

    private void count(int sign, LocalDate date, String kind, Long category, BigDecimal amount, boolean split, List<Part> parts) {
        int month = SummaryKey.monthOf(date);
        move(new SummaryKey(SummaryKey.EVERY_CATEGORY, month, kind), sign, amount);
        if (!split) {
            if (category != null) {
                move(new SummaryKey(category, month, kind), sign, amount);
            }
            return;
        }
        Map<Long, BigDecimal> inCategory = new LinkedHashMap<>();
        for (Part part : parts) {
            if (part.categoryId() != null) {
                inCategory.merge(part.categoryId(), part.amount(), BigDecimal::add);
            }
        }
        if (category != null) {
            inCategory.putIfAbsent(category, BigDecimal.ZERO);
        }
        inCategory.forEach((id, sum) -> move(new SummaryKey(id, month, kind), sign, sum));
    }

    private void move(SummaryKey key, int sign, BigDecimal amount) {
        Change change = changes.computeIfAbsent(key, k -> new Change());
        change.entries += sign;
        change.amount = sign > 0 ? change.amount.add(amount) : change.amount.subtract(amount);
    }

    private void upsertOnPostgres(Connection connection) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("insert into expense_summary as t "
                + "(category_id, spent_month, kind, entries, amount) values (?, ?, ?, ?, ?) "
                + "on conflict (category_id, spent_month, kind) do update "
                + "set entries = t.entries + excluded.entries, amount = t.amount + excluded.amount")) {
            for (Map.Entry<SummaryKey, Change> change : changes.entrySet()) {
                bindKeyThenChange(upsert, change.getKey(), change.getValue());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    /** H2: an update, and an insert where the row is not there yet (H2 is open in one process only). */
    private void updateOrInsert(Connection connection) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update expense_summary "
                + "set entries = entries + ?, amount = amount + ? where category_id = ? and spent_month = ? and kind = ?");
             PreparedStatement insert = connection.prepareStatement("insert into expense_summary "
                     + "(category_id, spent_month, kind, entries, amount) values (?, ?, ?, ?, ?)")) {
            for (Map.Entry<SummaryKey, Change> change : changes.entrySet()) {
                SummaryKey key = change.getKey();
                update.setLong(1, change.getValue().entries);
                update.setBigDecimal(2, change.getValue().amount);
                update.setLong(3, key.categoryId());
                update.setInt(4, key.month());
                update.setString(5, key.kind());
                if (update.executeUpdate() == 0) {
                    bindKeyThenChange(insert, key, change.getValue());
                    insert.executeUpdate();
                }
            }
        }
    }

    private static void bindKeyThenChange(PreparedStatement statement, SummaryKey key, Change change) throws SQLException {
        statement.setLong(1, key.categoryId());
        statement.setInt(2, key.month());
        statement.setString(3, key.kind());
        statement.setLong(4, change.entries);
        statement.setBigDecimal(5, change.amount);
    }
}
