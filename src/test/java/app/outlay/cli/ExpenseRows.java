package app.outlay.cli;

import app.outlay.data.DatabaseSettings;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Expenses written and read with plain SQL, beside the command line, for the tests of what a backup, a restore or a
 * copy keeps. Looking never creates an H2 file (IFEXISTS), so a missing database reads as no rows.
 */
final class ExpenseRows {

    /** What a backup, restore or copy must keep of an expense. */
    record Row(long id, LocalDate date, String description, BigDecimal amount, Long categoryId, String notes) {
    }

    private ExpenseRows() {
    }

    static Connection connect(DatabaseSettings settings) throws SQLException {
        return DriverManager.getConnection(settings.jdbcUrl() + (settings.kind() == DatabaseSettings.Kind.H2 ? ";IFEXISTS=TRUE" : ""),
                settings.user(), settings.kind() == DatabaseSettings.Kind.H2 ? "" : settings.password());
    }

    /** Expense {@code id}, dated March {@code id}, 2026. */
    static void insert(DatabaseSettings settings, long id, String amount, Long categoryId, String notes) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (Connection connection = connect(settings);
             PreparedStatement insert = connection.prepareStatement("insert into expense (id, spent_on, description, amount, "
                     + "category_id, notes, created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            insert.setLong(1, id);
            insert.setObject(2, LocalDate.of(2026, 3, (int) id));
            insert.setString(3, "Expense " + id);
            insert.setBigDecimal(4, new BigDecimal(amount));
            insert.setObject(5, categoryId, Types.BIGINT);
            insert.setString(6, notes);
            insert.setObject(7, now);
            insert.setObject(8, now);
            insert.executeUpdate();
        }
    }

    static List<Row> rows(DatabaseSettings settings) throws SQLException {
        List<Row> rows = new ArrayList<>();
        if (settings.kind() == DatabaseSettings.Kind.H2 && !Files.exists(Path.of(settings.h2Base() + ".mv.db"))) {
            return rows;
        }
        try (Connection connection = connect(settings);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select id, spent_on, description, amount, category_id, notes from expense order by id")) {
            while (rs.next()) {
                rows.add(new Row(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getBigDecimal(4),
                        rs.getObject(5, Long.class), rs.getString(6)));
            }
        }
        return rows;
    }
}
