package app.outlay.data;

import app.outlay.text.ExplainedException;
import app.outlay.text.UserText;
import app.outlay.data.CopiedTable.Column;
import app.outlay.totals.KeptTotals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Copies one Outlay database into another, e.g. the embedded H2 file into PostgreSQL, with plain JDBC: rows are
 * streamed from the source and inserted in batches, so memory stays flat however many expenses there are.
 */
public final class DatabaseCopy {

    private static final Logger log = LoggerFactory.getLogger(DatabaseCopy.class);

    /**
     * Every table with user data, parents before children. A table added by a later migration MUST be added here
     * (and to the checks in {@link #verify}), or a copy would silently leave its rows behind. The one-row
     * {@code ledger} table (V7) is not a list of rows but settings of the whole ledger: see {@link #copyLedger}.
     */
    private static final List<CopiedTable> TABLES = List.of(
            new CopiedTable("category",
                    new Column("id", Long.class, Types.BIGINT),
                    new Column("name", String.class, Types.VARCHAR),
                    new Column("name_key", String.class, Types.VARCHAR),
                    new Column("colour", String.class, Types.VARCHAR),
                    new Column("monthly_budget", BigDecimal.class, Types.NUMERIC),
                    new Column("version", Long.class, Types.BIGINT),
                    new Column("income", Boolean.class, Types.BOOLEAN)),
            // The rules that fill in expenses (V19) are the ledger's too; they refer to categories only.
            new CopiedTable("expense_rule",
                    new Column("id", Long.class, Types.BIGINT),
                    new Column("position", Integer.class, Types.INTEGER),
                    new Column("enabled", Boolean.class, Types.BOOLEAN),
                    new Column("name", String.class, Types.VARCHAR),
                    new Column("match_type", String.class, Types.VARCHAR),
                    new Column("match_text", String.class, Types.VARCHAR),
                    new Column("amount_min", BigDecimal.class, Types.NUMERIC),
                    new Column("amount_max", BigDecimal.class, Types.NUMERIC),
                    new Column("kind", String.class, Types.VARCHAR),
                    new Column("set_category_id", Long.class, Types.BIGINT),
                    new Column("set_description", String.class, Types.VARCHAR),
                    new Column("add_note", String.class, Types.VARCHAR),
                    new Column("version", Long.class, Types.BIGINT),
                    // The tags a rule adds, by name (V24).
                    new Column("add_tags", String.class, Types.VARCHAR)),
            new CopiedTable("recurrence",
                    new Column("id", Long.class, Types.BIGINT),
                    new Column("frequency", String.class, Types.VARCHAR),
                    new Column("starts_on", LocalDate.class, Types.DATE),
                    new Column("until_on", LocalDate.class, Types.DATE),
                    new Column("description", String.class, Types.VARCHAR),
                    new Column("amount", BigDecimal.class, Types.NUMERIC),
                    new Column("category_id", Long.class, Types.BIGINT),
                    new Column("notes", String.class, Types.VARCHAR),
                    new Column("generated_through", LocalDate.class, Types.DATE),
                    new Column("version", Long.class, Types.BIGINT)),
            new CopiedTable("expense",
                    new Column("id", Long.class, Types.BIGINT),
                    new Column("spent_on", LocalDate.class, Types.DATE),
                    new Column("description", String.class, Types.VARCHAR),
                    new Column("amount", BigDecimal.class, Types.NUMERIC),
                    new Column("category_id", Long.class, Types.BIGINT),
                    new Column("notes", String.class, Types.VARCHAR),
                    new Column("created_at", OffsetDateTime.class, Types.TIMESTAMP_WITH_TIMEZONE),
                    new Column("updated_at", OffsetDateTime.class, Types.TIMESTAMP_WITH_TIMEZONE),
                    new Column("version", Long.class, Types.BIGINT),
                    new Column("recurrence_id", Long.class, Types.BIGINT),
                    new Column("occurrence_on", LocalDate.class, Types.DATE),
                    // refund_of (V17) is copied after all rows, by copyRefundLinks: a refund may be older than its expense.
                    new Column("kind", String.class, Types.VARCHAR),
                    new Column("bank_transaction_id", String.class, Types.VARCHAR),
                    new Column("split", Boolean.class, Types.BOOLEAN),
                    // The amount as paid in another currency (V25).
                    new Column("currency", String.class, Types.CHAR),
                    new Column("original_amount", BigDecimal.class, Types.NUMERIC),
                    new Column("rate", BigDecimal.class, Types.NUMERIC)),
            // Tags (V20) and receipts (V21): a receipt's bytes go byte for byte, one row at a time.
            new CopiedTable("tag",
                    new Column("id", Long.class, Types.BIGINT),
                    new Column("name", String.class, Types.VARCHAR),
                    new Column("name_key", String.class, Types.VARCHAR),
                    new Column("version", Long.class, Types.BIGINT)),
            CopiedTable.withoutSequence("expense_tag", "expense_id, tag_id", CopiedTable.BATCH_SIZE,
                    new Column("expense_id", Long.class, Types.BIGINT),
                    new Column("tag_id", Long.class, Types.BIGINT)),
            // The parts of split payments (V22) and their tags.
            new CopiedTable("expense_split",
                    new Column("id", Long.class, Types.BIGINT),
                    new Column("expense_id", Long.class, Types.BIGINT),
                    new Column("position", Integer.class, Types.INTEGER),
                    new Column("category_id", Long.class, Types.BIGINT),
                    new Column("amount", BigDecimal.class, Types.NUMERIC),
                    new Column("note", String.class, Types.VARCHAR),
                    // a part's amount as paid in a foreign payment's currency (V27), null for the ledger's own
                    new Column("original_amount", BigDecimal.class, Types.NUMERIC)),
            CopiedTable.withoutSequence("expense_split_tag", "split_id, tag_id", CopiedTable.BATCH_SIZE,
                    new Column("split_id", Long.class, Types.BIGINT),
                    new Column("tag_id", Long.class, Types.BIGINT)),
            CopiedTable.withoutSequence("attachment_content", "sha256", 1,
                    new Column("sha256", String.class, Types.CHAR),
                    new Column("size_bytes", Long.class, Types.BIGINT),
                    new Column("bytes", byte[].class, Types.BINARY)),
            new CopiedTable("attachment",
                    new Column("id", Long.class, Types.BIGINT),
                    new Column("expense_id", Long.class, Types.BIGINT),
                    new Column("sha256", String.class, Types.CHAR),
                    new Column("name", String.class, Types.VARCHAR),
                    new Column("media_type", String.class, Types.VARCHAR),
                    new Column("size_bytes", Long.class, Types.BIGINT),
                    new Column("added_at", OffsetDateTime.class, Types.TIMESTAMP_WITH_TIMEZONE)),
            // The rate table (V26) is the ledger's too.
            CopiedTable.withoutSequence("exchange_rate", "base, currency, rate_on", CopiedTable.BATCH_SIZE,
                    new Column("base", String.class, Types.CHAR),
                    new Column("currency", String.class, Types.CHAR),
                    new Column("rate_on", LocalDate.class, Types.DATE),
                    new Column("units_per_base", BigDecimal.class, Types.NUMERIC)),
            // The history travels with the ledger, so undo and "who changed this" work after a move too.
            new CopiedTable("change_log",
                    new Column("id", Long.class, Types.BIGINT),
                    new Column("batch_id", Long.class, Types.BIGINT),
                    new Column("changed_at", OffsetDateTime.class, Types.TIMESTAMP_WITH_TIMEZONE),
                    new Column("changed_by", String.class, Types.VARCHAR),
                    new Column("computer", String.class, Types.VARCHAR),
                    new Column("entity", String.class, Types.VARCHAR),
                    new Column("entity_id", Long.class, Types.BIGINT),
                    new Column("action", String.class, Types.VARCHAR),
                    new Column("old_values", String.class, Types.VARCHAR),
                    new Column("new_values", String.class, Types.VARCHAR),
                    new Column("undone", Boolean.class, Types.BOOLEAN),
                    new Column("session_id", String.class, Types.VARCHAR)));

    private DatabaseCopy() {
    }

    /** What a database holds: counts and the exact total, compared before and after a copy. */
    public record Contents(long expenses, long categories, BigDecimal total) { }

    /** Counts and sum(amount), computed by the database. */
    public static Contents contents(Database database) {
        try (Connection connection = database.dataSource().getConnection()) {
            return contents(connection);
        } catch (SQLException e) {
            throw new ExplainedException(UserText.of("problem.copy.unreadable", database.displayName(), String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * Copies every category and expense from source into target in ONE transaction on target, keeping ids,
     * versions and timestamps; replaces the target's categories. Refuses a target that already holds expenses
     * unless {@code replaceExisting}; verifies per-category counts and sums and the totals before committing;
     * moves the target's sequences past the copied ids. Never modifies the source.
     *
     * @return what was copied
     * @throws IllegalStateException when the target holds expenses (and replaceExisting is false), when source and
     *                               target are the same database, or when the copy fails or does not verify; in
     *                               every case the target's data is left as it was
     */
    public static Contents copy(Database source, Database target, boolean replaceExisting) {
        if (source.settings().sameDatabase(target.settings())) {
            throw new ExplainedException(UserText.of("problem.copy.itself", source.displayName()));
        }
        try (Connection from = source.dataSource().getConnection()) {
            return copy(from, source.displayName(), target, replaceExisting);
        } catch (SQLException e) {
            throw new ExplainedException(UserText.of("problem.copy.failed", target.displayName(), String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * As {@link #copy(Database, Database, boolean)}, from a connection of the caller's, e.g. a read-only one to a
     * backup (see {@link Backups#check}); only Outlay's own queries of its own tables are run on it.
     */
    static Contents copy(Connection from, String sourceName, Database target, boolean replaceExisting) {
        long started = System.nanoTime();
        try (BulkWrites.Running bulk = target.bulkWrite();
             Connection to = target.dataSource().getConnection()) {
            // One read-only snapshot of the source for the rows and the checks. PostgreSQL only streams rows with
            // a fetch size inside a transaction, so autocommit is off.
            from.setAutoCommit(false);
            from.setReadOnly(true);
            from.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                long existing = count(to, "expense");
                if (existing > 0 && !replaceExisting) {
                    throw new ExplainedException(UserText.of("problem.copy.targetNotEmpty", target.displayName(), existing));
                }
                // Before the data, because on H2 ALTER SEQUENCE commits the open transaction. Sequences only move
                // forward, so this is harmless if the copy then fails and is rolled back.
                moveSequencesPast(from, to, target.settings().kind());
                Contents copied = copyInOneTransaction(from, to, target, replaceExisting);
                log.info("Copied {} and {} categories from {} to {} in {} ms", expenses(copied.expenses()),
                        copied.categories(), sourceName, target.displayName(), (System.nanoTime() - started) / 1_000_000);
                return copied;
            } finally {
                from.rollback();
            }
        } catch (SQLException e) {
            throw new ExplainedException(UserText.of("problem.copy.failed", target.displayName(), String.valueOf(e.getMessage())), e);
        }
    }

    private static Contents copyInOneTransaction(Connection from, Connection to, Database target, boolean replaceExisting)
            throws SQLException {
        to.setAutoCommit(false);
        try (Statement statement = to.createStatement()) {
            statement.executeUpdate("delete from change_log");
            // Receipts and tags are the ledger's: the target's make way for the source's (links first).
            statement.executeUpdate("delete from attachment");
            statement.executeUpdate("delete from attachment_content");
            statement.executeUpdate("delete from expense_split");
            statement.executeUpdate("delete from expense_tag");
            statement.executeUpdate("delete from tag");
            statement.executeUpdate("delete from exchange_rate");
            if (replaceExisting) {
                statement.executeUpdate("delete from expense");
            }
            // The seeded (or any other) categories make way for the source's. Without replaceExisting the target
            // holds no expenses; a series without occurrences may still refer to a category, so it goes first.
            statement.executeUpdate("delete from recurrence");
            statement.executeUpdate("delete from expense_rule");
            statement.executeUpdate("delete from category");
            for (CopiedTable table : TABLES) {
                table.copy(from, to);
            }
            copyRefundLinks(from, to);
            copyLedger(from, to);
            // The kept totals (V28) are the target's own, summed from the rows it now holds, not copied: a backup
            // from before V28 has none, and the rows are what the copy verifies.
            KeptTotals.rebuild(to);
            Contents copied = verify(from, to, target);
            to.commit();
            return copied;
        } catch (SQLException | RuntimeException e) {
            to.rollback();
            throw e;
        }
    }

    /**
     * Links refunds to the expenses they refund, once every expense is there: a link may point to a higher id (ids
     * come in blocks per client), which the foreign key would refuse while rows are still being copied in id order.
     */
    private static void copyRefundLinks(Connection from, Connection to) throws SQLException {
        try (PreparedStatement select = from.prepareStatement("select id, refund_of from expense where refund_of is not null order by id");
             PreparedStatement update = to.prepareStatement("update expense set refund_of = ? where id = ?")) {
            select.setFetchSize(CopiedTable.BATCH_SIZE);
            long rows = 0;
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    update.setLong(1, rs.getLong(2));
                    update.setLong(2, rs.getLong(1));
                    update.addBatch();
                    if (++rows % CopiedTable.BATCH_SIZE == 0) {
                        update.executeBatch();
                    }
                }
            }
            if (rows % CopiedTable.BATCH_SIZE != 0) {
                update.executeBatch();
            }
        }
    }

    /**
     * The ledger's currency goes with its expenses. Every migrated database has the ledger's one row; a source
     * without a chosen currency (e.g. a backup made before V7) leaves the target's as it is rather than unset it.
     */
    private static void copyLedger(Connection from, Connection to) throws SQLException {
        String currency = currency(from);
        if (currency != null) {
            try (PreparedStatement update = to.prepareStatement("update ledger set currency = ?, version = version + 1 where id = 1")) {
                update.setString(1, currency);
                update.executeUpdate();
            }
        }
    }

    /** The ledger's currency code, or null while none is chosen. */
    private static String currency(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select currency from ledger where id = 1");
             ResultSet rs = select.executeQuery()) {
            return rs.next() && rs.getString(1) != null ? rs.getString(1).strip() : null;
        }
    }

    /**
     * Same counts, per-category counts and sums and total on both sides (computed by each database), the same
     * number of series and budgets, the same currency where the source has one, or throws.
     */
    private static Contents verify(Connection from, Connection to, Database target) throws SQLException {
        Contents expected = contents(from);
        Contents actual = contents(to);
        Map<Long, Group> expectedGroups = groups(from);
        Map<Long, Group> actualGroups = groups(to);
        String plans = "select (select count(*) from recurrence), (select coalesce(sum(monthly_budget), 0) from category), "
                + "(select count(*) from expense_rule), (select coalesce(sum(amount), 0) from expense_split)";
        String expectedCurrency = currency(from);
        String actualCurrency = currency(to);
        List<Long> expectedExtras = longs(from, EXTRAS);
        List<Long> actualExtras = longs(to, EXTRAS);
        if (!expectedExtras.equals(actualExtras)) {
            throw new ExplainedException(UserText.of("problem.copy.notVerified", target.displayName(),
                    UserText.of("copy.difference.extras", expectedExtras.toString(), actualExtras.toString())));
        }
        if (!expected.equals(actual) || !expectedGroups.equals(actualGroups) || !pair(from, plans).equals(pair(to, plans))
                || expectedCurrency != null && !expectedCurrency.equals(actualCurrency)) {
            throw new ExplainedException(UserText.of("problem.copy.notVerified", target.displayName(),
                    difference(expected, actual, expectedGroups, actualGroups, expectedCurrency, actualCurrency)));
        }
        return actual;
    }

    private static String difference(Contents expected, Contents actual, Map<Long, Group> expectedGroups, Map<Long, Group> actualGroups,
                                     String expectedCurrency, String actualCurrency) {
        List<String> differences = new ArrayList<>();
        if (!expected.equals(actual)) {
            differences.add("source " + expected + ", target " + actual);
        }
        if (expectedCurrency != null && !expectedCurrency.equals(actualCurrency)) {
            differences.add("currency: source " + expectedCurrency + ", target " + actualCurrency);
        }
        Set<Long> categories = new TreeSet<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        categories.addAll(expectedGroups.keySet());
        categories.addAll(actualGroups.keySet());
        for (Long category : categories) {
            if (!Objects.equals(expectedGroups.get(category), actualGroups.get(category))) {
                differences.add((category == null ? "no category" : "category " + category) + ": source "
                        + expectedGroups.get(category) + ", target " + actualGroups.get(category));
            }
        }
        return String.join("; ", differences.subList(0, Math.min(differences.size(), 4)));
    }

    private static final String GROUPS = "select category_id, count(*), "
            + "sum(case when kind = 'EXPENSE' then amount end), sum(case when kind = 'REFUND' then amount end), "
            + "sum(case when kind = 'INCOME' then amount end), count(refund_of) from expense group by category_id";

    /** One category's entries: how many, the sums by kind, and how many refunds are linked to their expense. */
    private record Group(long expenses, BigDecimal spent, BigDecimal refunded, BigDecimal received, long links) { }

    private static Map<Long, Group> groups(Connection connection) throws SQLException {
        Map<Long, Group> groups = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(GROUPS)) {
            while (rs.next()) {
                groups.put(rs.getObject(1, Long.class), new Group(rs.getLong(2), money(rs.getBigDecimal(3)),
                        money(rs.getBigDecimal(4)), money(rs.getBigDecimal(5)), rs.getLong(6)));
            }
        }
        return groups;
    }

    private static Contents contents(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select (select count(*) from expense), (select count(*) from category), "
                     + "(select sum(amount) from expense)")) {
            rs.next();
            return new Contents(rs.getLong(1), rs.getLong(2), money(rs.getBigDecimal(3)));
        }
    }

    /**
     * Restarts each sequence so its next value v leaves ids v-increment+1..v (what Hibernate's pooled optimizer then
     * uses, the increment being the entity's allocationSize) above every copied id, and never below where it already was.
     * The ids the copied history names count too: undo puts a deleted expense back with its own id, which a new
     * expense must not have been given meanwhile.
     */
    private static void moveSequencesPast(Connection from, Connection to, DatabaseSettings.Kind kind) throws SQLException {
        for (CopiedTable table : TABLES) {
            if (table.sequence() == null) {
                continue;
            }
            long copiedMax = Math.max(singleLong(from, "select coalesce(max(id), 0) from " + table.name()),
                    highestIdInHistory(from, table.name()));
            long used = singleLong(to, kind == DatabaseSettings.Kind.H2
                    ? "select next value for " + table.sequence()
                    : "select nextval('" + table.sequence() + "')");
            long increment = increment(to, table.sequence());
            try (Statement statement = to.createStatement()) {
                statement.execute("alter sequence " + table.sequence() + " restart with "
                        + (Math.max(copiedMax, used) + increment));
            }
        }
    }

    /** A sequence's increment, as the migrations set it (information_schema reads the same on H2 and PostgreSQL). */
    private static long increment(Connection connection, String sequence) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select cast(increment as bigint) from information_schema.sequences where lower(sequence_name) = ?")) {
            query.setString(1, sequence);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("No sequence " + sequence);
                }
                return rs.getLong(1);
            }
        }
    }

    /** Tags, links, parts of split payments, receipts, stored contents and their bytes in all, compared after a copy. */
    private static final String EXTRAS = "select (select count(*) from tag), (select count(*) from expense_tag), "
            + "(select count(*) from expense_split), (select count(*) from expense_split_tag), "
            + "(select count(*) from expense where split = true), "
            + "(select count(*) from attachment), (select count(*) from attachment_content), "
            + "(select coalesce(sum(octet_length(bytes)), 0) from attachment_content)";

    private static List<Long> longs(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            List<Long> values = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                values.add(rs.getLong(i));
            }
            return values;
        }
    }

    private static List<BigDecimal> pair(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            List<BigDecimal> values = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                values.add(rs.getBigDecimal(i).setScale(2));
            }
            return values;
        }
    }

    /** The highest id of a row of {@code table} that the change log names (its entity is the table's name), or 0. */
    private static long highestIdInHistory(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select coalesce(max(entity_id), 0) from change_log where entity = ?")) {
            statement.setString(1, table);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        return singleLong(connection, "select count(*) from " + table);
    }

    private static long singleLong(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static BigDecimal money(BigDecimal value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : value.setScale(2, RoundingMode.UNNECESSARY);
    }

    private static String expenses(long count) {
        return count == 1 ? "1 expense" : count + " expenses";
    }
}
