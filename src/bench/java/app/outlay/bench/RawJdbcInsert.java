package app.outlay.bench;

import app.outlay.domain.Expense;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * The baseline for the import: the same rows inserted with hand-written JDBC into the same table, through the same
 * pool. It does what the import does to the database and nothing more:
 * <ul>
 *   <li>the same columns and values (timestamps, version 0, no series), category ids looked up once by name;</li>
 *   <li>ids from {@code expense_seq}, one {@code nextval} per block of
 *       {@link Expense#ID_BLOCK} ids (the sequence's increment), as Hibernate's pooled optimizer does;</li>
 *   <li>the same batch size and transaction shape: {@code batchSize} rows per JDBC batch, one commit at the end
 *       (or every {@code commitEvery} rows when it loads query data);</li>
 *   <li>on PostgreSQL the row's NOTIFY trigger fires just as it does for the import.</li>
 * </ul>
 * What the import does on top, and pays for within its ratio: reading and parsing the CSV file, validating every line,
 * looking for duplicates already in the ledger, and one history entry for the file.
 */
final class RawJdbcInsert {

    static final String INSERT = "insert into expense (spent_on, description, amount, category_id, notes, recurrence_id,"
            + " occurrence_on, created_at, updated_at, version, id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)";
    private static final int IDS_PER_SEQUENCE_CALL = Expense.ID_BLOCK;

    private RawJdbcInsert() {
    }

    static void insert(BenchDatabase db, SyntheticExpenses rows, int batchSize, long commitEvery) {
        // As Outlay's import writes (BulkWrites): on H2 with the background writer beside it.
        try (app.outlay.data.BulkWrites.Running bulk = db.database().bulkWrite();
             Connection connection = db.connection()) {
            connection.setAutoCommit(false);
            try {
                insert(db, connection, rows, batchSize, commitEvery);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Raw JDBC insert failed: " + e.getMessage(), e);
        }
    }

    private static void insert(BenchDatabase db, Connection connection, SyntheticExpenses rows, int batchSize,
                               long commitEvery) throws SQLException {
        Map<String, Long> categories = categoryIds(connection);
        try (PreparedStatement insert = connection.prepareStatement(INSERT);
             PreparedStatement nextId = connection.prepareStatement(db.nextExpenseIdSql())) {
            long id = 0;
            long idsLeft = 0;
            for (long i = 0; i < rows.count(); i++) {
                if (idsLeft == 0) {
                    id = nextValue(nextId) - IDS_PER_SEQUENCE_CALL + 1;
                    idsLeft = IDS_PER_SEQUENCE_CALL;
                }
                SyntheticExpenses.Row row = rows.row(i);
                OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                insert.setObject(1, row.date());
                insert.setString(2, row.description());
                insert.setBigDecimal(3, row.amount());
                Long category = row.category() == null ? null : categories.get(row.category().toLowerCase(java.util.Locale.ROOT));
                if (category == null) {
                    insert.setNull(4, Types.BIGINT);
                } else {
                    insert.setLong(4, category);
                }
                insert.setString(5, row.notes());
                insert.setNull(6, Types.BIGINT);
                insert.setNull(7, Types.DATE);
                insert.setObject(8, now);
                insert.setObject(9, now);
                insert.setLong(10, id++);
                idsLeft--;
                insert.addBatch();
                if ((i + 1) % batchSize == 0) {
                    insert.executeBatch();
                }
                if ((i + 1) % commitEvery == 0) {
                    connection.commit();
                }
            }
            insert.executeBatch();
        }
    }

    private static long nextValue(PreparedStatement nextId) throws SQLException {
        try (ResultSet rs = nextId.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Map<String, Long> categoryIds(Connection connection) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select id, name_key from category")) {
            while (rs.next()) {
                ids.put(rs.getString(2), rs.getLong(1));
            }
        }
        return ids;
    }
}
