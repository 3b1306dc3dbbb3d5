package app.outlay.bench;

import app.outlay.data.DatabaseSettings;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;

/**
 * The pooling claim the design rests on (issue #7, item 5): {@value #TRANSACTIONS} short transactions — read one
 * category, commit — through Outlay's HikariCP pool, against the same transactions each on a connection of its
 * own, opened with the same URL and credentials (on PostgreSQL that is a new server process and a scram login).
 */
final class PoolBenchmark {

    static final int TRANSACTIONS = 2_000;
    private static final String QUERY = "select name from category where id = ?";

    private final BenchDatabase db;

    PoolBenchmark(BenchDatabase db) {
        this.db = db;
    }

    void run(int iterations, ResultTable results) {
        long[] pooled = new long[iterations];
        long[] unpooled = new long[iterations];
        transactions(true, 100);
        transactions(false, 20);
        for (int i = 0; i < iterations; i++) {
            pooled[i] = transactions(true, TRANSACTIONS);
            unpooled[i] = transactions(false, TRANSACTIONS);
            System.out.printf(Locale.ROOT, "  %s %,d transactions run %d: pool %.0f ms, new connection each %.0f ms%n",
                    db.name(), TRANSACTIONS, i + 1, pooled[i] / 1e6, unpooled[i] / 1e6);
        }
        results.compare(db.name(), String.format("%,d short transactions: HikariCP pool vs a new connection each", TRANSACTIONS),
                new Samples(pooled), new Samples(unpooled), 1.0);
    }

    private long transactions(boolean pooled, int count) {
        return Samples.time(() -> {
            for (int i = 0; i < count; i++) {
                try (Connection connection = pooled ? db.connection() : newConnection()) {
                    connection.setAutoCommit(false);
                    try (PreparedStatement statement = connection.prepareStatement(QUERY)) {
                        statement.setLong(1, 1 + i % 10);
                        try (ResultSet row = statement.executeQuery()) {
                            row.next();
                        }
                    }
                    connection.commit();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
    }

    private Connection newConnection() throws SQLException {
        DatabaseSettings settings = db.database().settings();
        Properties properties = new Properties();
        properties.setProperty("user", settings.user());
        if (settings.password() != null) {
            properties.setProperty("password", settings.password());
        }
        return DriverManager.getConnection(settings.jdbcUrl(), properties);
    }
}
