package app.outlay.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One table {@link DatabaseCopy} copies: its columns with the Java type each is read as and the JDBC type it is
 * written as, so values pass unchanged between H2 and PostgreSQL (dates as LocalDate, money as BigDecimal,
 * timestamps as OffsetDateTime, nulls as typed nulls).
 */
record CopiedTable(String name, String sequence, String orderBy, int batchSize, List<Column> columns) {

    record Column(String name, Class<?> javaType, int sqlType) {
    }

    static final int BATCH_SIZE = 1_000;

    /** A table whose rows have an {@code id} from the sequence {@code <name>_seq}. */
    CopiedTable(String name, Column... columns) {
        this(name, name + "_seq", "id", BATCH_SIZE, List.of(columns));
    }

    /**
     * A table without ids of its own (links, contents keyed by their hash), read in {@code orderBy} order, {@code
     * batchSize} rows at a time: 1 for rows of up to 20 MB (receipts), so memory holds one of them at a time.
     */
    static CopiedTable withoutSequence(String name, String orderBy, int batchSize, Column... columns) {
        return new CopiedTable(name, null, orderBy, batchSize, List.of(columns));
    }

    /** Streams every row of this table from {@code from} into {@code to} in batches; returns the row count. */
    long copy(Connection from, Connection to) throws SQLException {
        String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
        String marks = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
        long rows = 0;
        try (PreparedStatement select = from.prepareStatement("select " + names + " from " + name + " order by " + orderBy);
             PreparedStatement insert = to.prepareStatement("insert into " + name + " (" + names + ") values (" + marks + ")")) {
            // With autocommit off, PostgreSQL streams the rows in chunks of this size instead of loading them all.
            select.setFetchSize(batchSize);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    for (int i = 0; i < columns.size(); i++) {
                        Column column = columns.get(i);
                        // Bytes (receipts) as bytes: getObject(byte[].class) is not every driver's.
                        Object value = column.javaType() == byte[].class ? rs.getBytes(i + 1) : rs.getObject(i + 1, column.javaType());
                        insert.setObject(i + 1, value, column.sqlType());
                    }
                    insert.addBatch();
                    if (++rows % batchSize == 0) {
                        insert.executeBatch();
                    }
                }
            }
            if (rows % batchSize != 0) {
                insert.executeBatch();
            }
        }
        return rows;
    }
}
