package app.outlay.testing;

import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.data.DatabaseSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Databases shared by the test suite: one H2 file and one PostgreSQL database, each migrated and with its
 * SessionFactory built once per JVM (Hibernate takes a second to boot). Tests empty them with {@link #reset}.
 */
public final class TestDatabases {

    /** The seed migration's own statements, so a reset matches what a new database gets. */
    private static final List<String> SEED_CATEGORIES = seedStatements();

    private static Database h2;
    private static Database postgres;

    private TestDatabases() {
    }

    public static synchronized Database h2() {
        if (h2 == null) {
            h2 = closeAtExit(Database.open(DatabaseSettings.h2(tempDir("outlay-h2").resolve("outlay"))));
        }
        return h2;
    }

    public static synchronized Database postgres() {
        if (postgres == null) {
            postgres = closeAtExit(Database.open(TestPostgres.freshDatabase()));
        }
        return postgres;
    }

    /** {@link #reset} and a holder of the database, as the services take it. */
    public static DatabaseHolder emptyLedger(Database database) {
        reset(database);
        return new DatabaseHolder(database);
    }

    /** Back to a freshly migrated ledger: no expenses or series, the seeded categories as V2 and V17 made them, no currency chosen. */
    public static void reset(Database database) {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("delete from change_log");
            statement.executeUpdate("delete from attachment");
            statement.executeUpdate("delete from attachment_content");
            statement.executeUpdate("delete from expense_tag");
            statement.executeUpdate("delete from tag");
            statement.executeUpdate("delete from exchange_rate");
            statement.executeUpdate("delete from expense");
            statement.executeUpdate("delete from expense_summary"); // the kept totals of no entries (V28)
            statement.executeUpdate("delete from recurrence");
            statement.executeUpdate("delete from expense_rule");
            statement.executeUpdate("delete from category");
            statement.executeUpdate("update ledger set currency = null, version = 0");
            for (String insert : SEED_CATEGORIES) {
                statement.executeUpdate(insert);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The inserts of V2 (spending categories) and V17 (income categories), as the migrations run them. */
    private static List<String> seedStatements() {
        List<String> inserts = new java.util.ArrayList<>();
        for (String name : List.of("V2__seed_default_categories.sql", "V17__entry_kinds.sql")) {
            try (var in = TestDatabases.class.getResourceAsStream("/db/migration/" + name)) {
                String script = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                String code = script.lines().filter(line -> !line.strip().startsWith("--")).collect(java.util.stream.Collectors.joining("\n"));
                for (String statement : code.split(";")) {
                    if (statement.strip().startsWith("insert")) {
                        inserts.add(statement.strip());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return inserts;
    }

    public static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Database closeAtExit(Database database) {
        Runtime.getRuntime().addShutdownHook(new Thread(database::close));
        return database;
    }
}
