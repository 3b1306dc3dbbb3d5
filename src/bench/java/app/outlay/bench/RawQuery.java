package app.outlay.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** One hand-written SQL query with its parameters: run on a pooled connection, every row read into memory. */
record RawQuery(String sql, List<Object> parameters) {

    RawQuery(String sql, Object... parameters) {
        this(sql, List.of(parameters));
    }

    List<Object[]> run(Connection connection) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql)) {
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = rs.getObject(c + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    /** The plan the database picks for this query: H2's EXPLAIN, PostgreSQL's EXPLAIN ANALYZE (it runs the query). */
    String plan(Connection connection, boolean postgres) throws SQLException {
        String explain = postgres ? "explain (analyze, buffers) " : "explain ";
        try (PreparedStatement statement = prepare(connection, explain + sql); ResultSet rs = statement.executeQuery()) {
            StringBuilder plan = new StringBuilder();
            while (rs.next()) {
                plan.append(rs.getString(1)).append('\n');
            }
            return plan.toString();
        }
    }

    private PreparedStatement prepare(Connection connection, String text) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(text);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }
}
