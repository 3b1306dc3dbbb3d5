package app.outlay.data;

import app.outlay.domain.Category;
import app.outlay.domain.ChangeLogEntry;
import app.outlay.domain.Expense;
import app.outlay.domain.Recurrence;
import com.zaxxer.hikari.HikariDataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;

/**
 * One database target: a HikariCP pool, the Flyway migrations applied to it, and a Hibernate SessionFactory
 * that only validates the schema. Build it off the FX thread (it takes a second or two); close it to release
 * the pool and, for H2, the file.
 */
public final class Database implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Database.class);

    private final DatabaseSettings settings;
    private final HikariDataSource pool;
    private final SessionFactory sessionFactory;
    private final SchemaStatus schema;

    private Database(DatabaseSettings settings, HikariDataSource pool, SessionFactory sessionFactory, SchemaStatus schema) {
        this.settings = settings;
        this.pool = pool;
        this.sessionFactory = sessionFactory;
        this.schema = schema;
    }

    /** Pool → migrate → SessionFactory. On any failure everything opened so far is closed again. */
    public static Database open(DatabaseSettings settings) {
        long started = System.nanoTime();
        HikariDataSource pool = ConnectionPools.create(settings);
        try {
            SchemaStatus schema = Migrations.migrate(pool);
            SessionFactory sessionFactory = buildSessionFactory(pool);
            log.info("Opened {} (schema v{}) in {} ms", settings.displayName(), schema.currentVersion(),
                    (System.nanoTime() - started) / 1_000_000);
            return new Database(settings, pool, sessionFactory, schema);
        } catch (RuntimeException | Error e) {
            pool.close();
            throw e;
        }
    }

    private static SessionFactory buildSessionFactory(DataSource dataSource) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                // Flyway owns the schema; Hibernate only checks that the mapping matches it.
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "validate")
                .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, 50)
                .applySetting(AvailableSettings.ORDER_INSERTS, true)
                .applySetting(AvailableSettings.ORDER_UPDATES, true)
                .build();
        try {
            return new MetadataSources(registry)
                    .addAnnotatedClass(Category.class)
                    .addAnnotatedClass(Expense.class)
                    .addAnnotatedClass(Recurrence.class)
                    .addAnnotatedClass(ChangeLogEntry.class)
                    .buildMetadata()
                    .buildSessionFactory();
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }

    public DatabaseSettings settings() {
        return settings;
    }

    public SessionFactory sessionFactory() {
        return sessionFactory;
    }

    /** For plain JDBC work: bulk copies, counts and benchmarks' baselines. */
    public DataSource dataSource() {
        return pool;
    }

    public SchemaStatus schema() {
        return schema;
    }

    public String displayName() {
        return settings.displayName();
    }

    @Override
    public void close() {
        try {
            sessionFactory.close();
        } finally {
            pool.close();
            log.info("Closed {}", settings.displayName());
        }
    }
}
