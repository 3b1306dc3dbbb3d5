package app.outlay.bench;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The baseline of the whole-process import (issue #17): a plain JDBC batch loader, run as a process of its own, that
 * reads a canonical CSV file (date,description,amount,category,notes; no quoting, as the benchmark writes it) and
 * inserts its rows into an existing Outlay schema: the same columns and ids as {@link RawJdbcInsert}, batches of
 * {@code ImportService.BATCH_SIZE}, one transaction. No checks, no duplicates, no history.
 * Arguments: JDBC URL, user, password, file.
 */
public final class CsvJdbcLoader {

    private CsvJdbcLoader() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2]);
             BufferedReader in = Files.newBufferedReader(Path.of(args[3]), StandardCharsets.UTF_8)) {
            boolean postgres = args[0].startsWith("jdbc:postgresql:");
            connection.setAutoCommit(false);
            Map<String, Long> categories = new HashMap<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("select id, name_key from category")) {
                while (rs.next()) {
                    categories.put(rs.getString(2), rs.getLong(1));
                }
            }
            long count = 0;
            try (PreparedStatement insert = connection.prepareStatement(RawJdbcInsert.INSERT);
                 PreparedStatement nextId = connection.prepareStatement(postgres ? "select nextval('expense_seq')"
                         : "select next value for expense_seq")) {
                in.readLine(); // header
                long id = 0;
                long idsLeft = 0;
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String[] f = line.split(",", -1);
                    if (idsLeft == 0) {
                        try (ResultSet rs = nextId.executeQuery()) {
                            rs.next();
                            id = rs.getLong(1) - app.outlay.domain.Expense.ID_BLOCK + 1;
                        }
                        idsLeft = app.outlay.domain.Expense.ID_BLOCK;
                    }
                    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                    insert.setObject(1, LocalDate.parse(f[0]));
                    insert.setString(2, f[1]);
                    insert.setBigDecimal(3, new java.math.BigDecimal(f[2]));
                    Long category = f[3].isEmpty() ? null : categories.get(f[3].toLowerCase(Locale.ROOT));
                    if (category == null) {
                        insert.setNull(4, Types.BIGINT);
                    } else {
                        insert.setLong(4, category);
                    }
                    insert.setString(5, f[4].isEmpty() ? null : f[4]);
                    insert.setNull(6, Types.BIGINT);
                    insert.setNull(7, Types.DATE);
                    insert.setObject(8, now);
                    insert.setObject(9, now);
                    insert.setLong(10, id++);
                    idsLeft--;
                    insert.addBatch();
                    if (++count % app.outlay.service.importing.ImportService.BATCH_SIZE == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
            System.out.println("loaded " + count);
        }
    }
}
