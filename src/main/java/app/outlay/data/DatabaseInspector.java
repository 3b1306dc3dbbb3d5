package app.outlay.data;

import app.outlay.text.UserText;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Looks at a database without changing it: no migration, and an H2 file that does not exist is not created. */
public final class DatabaseInspector {

    private DatabaseInspector() {
    }

    /**
     * @throws DatabaseMissingException for an H2 file that does not exist yet
     */
    public static DatabaseReport inspect(DatabaseSettings settings) {
        if (settings.kind() == DatabaseSettings.Kind.H2 && !Files.exists(settings.h2File())) {
            throw new DatabaseMissingException(UserText.of("problem.database.missing", settings.h2File().toString()));
        }
        // Read-only: 'outlay db info' must not change a byte, not even of a database it then reports as too new.
        SchemaStatus schema = Migrations.status(ReadOnlyAccess.schemaHistory(settings, Migrations.locations(settings.kind(), List.of())));
        try (Connection connection = ReadOnlyAccess.connect(settings)) {
            String product = connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
            if (schema.isEmpty()) {
                return new DatabaseReport(settings.displayName(), product, schema, null, null);
            }
            return new DatabaseReport(settings.displayName(), product, schema,
                    count(connection, "expense"), count(connection, "category"));
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** {@code table} is one of this class's constant names, never user input (see SqlSafetyTest). */
    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
