package app.outlay.service.tag;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The next value of a sequence, written the way the database at hand reads it (H2 and PostgreSQL differ). */
public final class Sequences {

    private Sequences() {
    }

    public static long next(Connection connection, String sequence) throws SQLException {
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        String sql = postgres ? "select nextval('" + sequence + "')" : "select next value for " + sequence;
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
