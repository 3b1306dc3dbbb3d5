package app.outlay.data;

import app.outlay.domain.Category;
import app.outlay.domain.ChangeLogEntry;
import app.outlay.domain.Expense;
import app.outlay.domain.ExpenseTag;
import app.outlay.domain.Ledger;
import app.outlay.domain.Recurrence;
import app.outlay.text.UserText;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.api.MigrationVersion;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * One database target: a HikariCP pool, the Flyway migrations applied to it, and a Hibernate SessionFactory
 * that only validates the schema. Build it off the FX thread (it takes a second or two); close it to release
 * the pool and, for H2, the file.
 */
public final class Database implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Database.class);

    private final DatabaseSettings settings;
    private final HikariDataSource pool;
    /** The server processes of the pool's connections (PostgreSQL): whose notifications are this client's own. */
    private final OwnBackends own;
    /** Built on first use where the open deferred it (see {@link #sessionFactory()}); guarded by {@code this}. */
    private volatile SessionFactory sessionFactory;
    private boolean closed;
    private final SchemaStatus schema;
    private final boolean created;
    /** The schema version before this open migrated it (null for a new database). */
    private final String versionBefore;
    private final BulkWrites bulkWrites;

    private Database(DatabaseSettings settings, HikariDataSource pool, OwnBackends own, SchemaStatus schema,
                     boolean created, String versionBefore) {
        this.settings = settings;
        this.pool = pool;
        this.own = own;
        this.schema = schema;
        this.created = created;
        this.versionBefore = versionBefore;
        this.bulkWrites = new BulkWrites(settings, pool);
    }

    /**
     * Opens {@code settings} with upgrade backups of an embedded database going to the default folder
     * ({@code <data folder>/backups} in Outlay's own layout; see {@link UpgradeBackups#defaultFolder}).
     */
    public static Database open(DatabaseSettings settings) {
        return open(settings, settings.kind() == DatabaseSettings.Kind.H2 ? UpgradeBackups.defaultFolder(settings.h2Base()) : null);
    }

    /**
     * Check → back up → pool → migrate → SessionFactory. On any failure everything opened so far is closed again.
     * <ol>
     *   <li>The schema history is read on a read-only connection first, so a database written by a newer Outlay is
     *       refused ({@link NewerSchemaException}) without a single byte of it changing.</li>
     *   <li>An embedded database with a schema and pending migrations is copied into {@code backupFolder} before
     *       the upgrade. If the upgrade then fails, that copy is put back, and the {@link UpgradeFailedException}
     *       names it. PostgreSQL needs no copy: all pending migrations run in one transaction, which a failure
     *       rolls back.</li>
     * </ol>
     * A second Outlay cannot open an embedded database the first one has open: H2 locks the file, and the
     * failure reads "Outlay is already open with this database (…)" (see {@link ConnectionProblem}). Sharing one
     * ledger between several windows or computers is what the PostgreSQL option is for.
     */
    public static Database open(DatabaseSettings settings, Path backupFolder) {
        return open(settings, backupFolder, List.of());
    }

    /**
     * As {@link #open(DatabaseSettings, Path)} for the window: hands the pool to {@code readable} as soon as the schema
     * is current (on this thread), where the window reads its first page with plain JDBC (a failure there is logged
     * and does not stop the opening), and defers Hibernate until the first call of {@link #sessionFactory()}.
     * Everything the window reads as it opens is plain SQL on the pool (docs/architecture.md), so a ledger that is only
     * looked at never starts Hibernate: its boot was the largest part of the CPU Outlay used after its first page
     * (issue 17). The window starts it in the background at the user's first key press or click (LedgerSession).
     */
    public static Database open(DatabaseSettings settings, Path backupFolder, Consumer<DataSource> readable) {
        return open(settings, backupFolder, readable, upgrade -> { });
    }

    /** As {@link #open(DatabaseSettings, Path, Consumer)}, telling {@code upgrading} before an existing ledger is upgraded. */
    public static Database open(DatabaseSettings settings, Path backupFolder, Consumer<DataSource> readable,
                                Consumer<SchemaUpgrade> upgrading) {
        return open(settings, backupFolder, List.of(), readable, upgrading, UnaryOperator.identity(), false);
    }

    /** As {@link #open(DatabaseSettings, Path)} with extra migration locations: for tests that inject a failing one. */
    static Database open(DatabaseSettings settings, Path backupFolder, List<String> extraLocations) {
        return open(settings, backupFolder, extraLocations, pool -> { }, upgrade -> { }, UnaryOperator.identity(), true);
    }

    /**
     * As {@link #open(DatabaseSettings, Path, List)}, Flyway migrating through {@code migratingThrough(pool)}: for the
     * test that kills an upgrade after each of its statements.
     */
    static Database open(DatabaseSettings settings, Path backupFolder, List<String> extraLocations,
                         UnaryOperator<DataSource> migratingThrough) {
        return open(settings, backupFolder, extraLocations, pool -> { }, upgrade -> { }, migratingThrough, true);
    }

    /** @param hibernateNow build the SessionFactory (and validate the mapping against the schema) before returning */
    private static Database open(DatabaseSettings settings, Path backupFolder, List<String> extraLocations,
                                 Consumer<DataSource> readable, Consumer<SchemaUpgrade> upgrading,
                                 UnaryOperator<DataSource> migratingThrough, boolean hibernateNow) {
        long started = System.nanoTime();
        List<String> locations = Migrations.locations(settings.kind(), extraLocations);
        // An upgrade that was cut short (kill, power cut) left a schema between two versions: start again from the
        // copy of the last complete one (see UpgradeMarker).
        UpgradeMarker.Interrupted interrupted = UpgradeMarker.read(settings).orElse(null);
        if (interrupted != null && !interrupted.restored()) {
            log.warn("The upgrade of {} was interrupted; putting back {} and upgrading again", settings.displayName(),
                    interrupted.backup());
            UpgradeMarker.putBack(settings, interrupted);
        }
        SchemaStatus before = SchemaLook.refuseNewerSchema(settings, locations);
        Path backup = interrupted != null ? interrupted.backup()
                : needsBackup(settings, before) ? backUp(settings, before, backupFolder) : null;
        long looked = System.nanoTime();
        OwnBackends own = new OwnBackends(AppSession.PROCESS.applicationName());
        HikariDataSource pool = ConnectionPools.create(settings, own);
        try {
            // The look before (read-only: SchemaLook's one query, else Flyway's own) already says whether anything is
            // pending: at an everyday start nothing is, and Flyway would only look again.
            SchemaStatus schema;
            if (before != null && before.upToDate()) {
                schema = before;
            } else {
                if (backup != null) {
                    UpgradeMarker.write(settings, new UpgradeMarker.Interrupted(backup, false));
                }
                if (before != null && !before.isEmpty()) {
                    upgrading.accept(new SchemaUpgrade(before.currentVersion(), before.newestKnownVersion(), backup));
                }
                // Each of the migrations' statements commits: written in the background, as H2 does by default, a new
                // ledger is 0.1 MB, not 3 MB of one chunk per statement (see BulkWrites).
                try (BulkWrites.Running bulk = new BulkWrites(settings, pool).begin()) {
                    schema = migrate(settings, pool, migratingThrough.apply(pool), locations, before, backup);
                }
                writeThrough(settings, pool);
            }
            if (interrupted != null || backup != null) {
                UpgradeMarker.delete(settings);
            }
            long migrated = System.nanoTime();
            try {
                readable.accept(pool);
            } catch (RuntimeException e) {
                log.warn("Reading ahead of Hibernate failed; the views read through it instead", e);
            }
            BulkWrites.writeAtOnce(settings, pool);
            Database database = new Database(settings, pool, own, schema, before == null || before.isEmpty(),
                    before == null ? null : before.currentVersion());
            if (hibernateNow) {
                database.sessionFactory();
            }
            long done = System.nanoTime();
            log.info("Opened {} (schema v{}) in {} ms: look {} ms, pool and migrations {} ms, then {} ms (Hibernate now: {})",
                    settings.displayName(), schema.currentVersion(), (done - started) / 1_000_000,
                    (looked - started) / 1_000_000, (migrated - looked) / 1_000_000, (done - migrated) / 1_000_000,
                    hibernateNow);
            H2Compaction.opened(settings);
            return database;
        } catch (RuntimeException | Error e) {
            pool.close();
            throw e;
        }
    }

    /**
     * Puts an upgrade on disk before the marker that would undo it goes. H2 writes committed changes in the background,
     * within a second; a halt in that second (power cut, a session the system ends while Hibernate starts, before
     * there is a database to close) kept the tables its DDL had committed but lost the last history row, and every
     * later start then failed on a migration that had already run.
     */
    private static void writeThrough(DatabaseSettings settings, DataSource pool) {
        if (settings.kind() != DatabaseSettings.Kind.H2) {
            return; // PostgreSQL's commit is on disk when it returns
        }
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("checkpoint sync");
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e); // before the marker goes: the next start upgrades again
        }
    }

    private static boolean needsBackup(DatabaseSettings settings, SchemaStatus before) {
        return settings.kind() == DatabaseSettings.Kind.H2 && before != null && !before.isEmpty()
                && before.pendingMigrations() > 0;
    }

    private static Path backUp(DatabaseSettings settings, SchemaStatus before, Path backupFolder) {
        Path backup = UpgradeBackups.write(settings, before.currentVersion(), backupFolder, LocalDateTime.now());
        log.info("Backed up {} (schema v{}) to {} before upgrading it to v{}", settings.displayName(),
                before.currentVersion(), backup, before.newestKnownVersion());
        return backup;
    }

    private static SchemaStatus migrate(DatabaseSettings settings, HikariDataSource pool, DataSource migrating,
                                        List<String> locations, SchemaStatus before, Path backup) {
        try {
            return Migrations.migrate(migrating, locations, settings.kind() == DatabaseSettings.Kind.POSTGRESQL);
        } catch (NewerSchemaException e) {
            throw e;
        } catch (RuntimeException e) {
            if (settings.kind() == DatabaseSettings.Kind.POSTGRESQL && lacksPrivilege(e)) {
                // Flyway's words were "Failed to execute script"; all of it ran in one transaction, now rolled back.
                throw new app.outlay.text.ExplainedException(UserText.of("problem.upgrade.noCreateRight", settings.user(),
                        settings.database(), settings.host() + ":" + settings.port()), e);
            }
            if (before == null || before.isEmpty()) {
                throw e; // a new database: there was nothing to lose
            }
            pool.close(); // releases the H2 file, so the backup can be put back
            throw upgradeFailed(settings, before, backup, e);
        }
    }

    /** PostgreSQL's "insufficient privilege" (42501): e.g. a role without CREATE on the schema. */
    private static boolean lacksPrivilege(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && "42501".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static UpgradeFailedException upgradeFailed(DatabaseSettings settings, SchemaStatus before, Path backup,
                                                        RuntimeException failure) {
        UserText what = UserText.of("problem.upgrade.failed", settings.kind() == DatabaseSettings.Kind.H2
                ? settings.h2File().toString() : settings.displayName(),
                String.valueOf(before.currentVersion()), String.valueOf(before.newestKnownVersion()), reason(failure));
        log.error("{}", what, failure);
        if (backup == null) {
            return new UpgradeFailedException(UserText.of("problem.upgrade.rolledBack", what,
                    String.valueOf(before.currentVersion())), failure);
        }
        Path file = settings.h2File();
        try {
            UpgradeBackups.restore(backup, file);
            // The copy is back in place; the next start upgrades from it again without taking another copy.
            UpgradeMarker.write(settings, new UpgradeMarker.Interrupted(backup, true));
            log.info("Restored {} from {}", file, backup);
            return new UpgradeFailedException(UserText.of("problem.upgrade.restored", what, backup.toString()), failure);
        } catch (IOException e) {
            failure.addSuppressed(e);
            return new UpgradeFailedException(UserText.of("problem.upgrade.notRestored", what, String.valueOf(e.getMessage()),
                    backup.toString(), file.toString()), failure);
        }
    }

    /** Flyway's first line (which migration failed) and the database's own reason, on one line. */
    private static String reason(Throwable failure) {
        String first = firstLine(failure.getMessage());
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String rootReason = root == failure ? "" : firstLine(root.getMessage());
        return rootReason.isEmpty() || first.contains(rootReason) ? first : first + ": " + rootReason;
    }

    private static String firstLine(String text) {
        String line = text == null ? "" : text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("-"))
                .findFirst().orElse("");
        // H2 ends its first line with "; SQL statement:", the statement following on the next lines.
        int statement = line.indexOf("; SQL statement");
        return statement < 0 ? line : line.substring(0, statement);
    }

    private static SessionFactory buildSessionFactory(DataSource dataSource) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                // Flyway owns the schema; Hibernate only checks that the mapping matches it.
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "validate")
                .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, 50)
                // Dates and timestamps go to the driver as java.time values, as both drivers take them: no detour
                // through java.sql.Date and a Calendar for every value (a tenth of an import's time on H2).
                .applySetting(AvailableSettings.JAVA_TIME_USE_DIRECT_JDBC, true)
                .applySetting(AvailableSettings.ORDER_INSERTS, true)
                .applySetting(AvailableSettings.ORDER_UPDATES, true)
                .build();
        try {
            return new MetadataSources(registry)
                    .addAnnotatedClass(Category.class)
                    .addAnnotatedClass(Expense.class)
                    .addAnnotatedClass(app.outlay.domain.ExpenseSplit.class)
                    .addAnnotatedClass(Recurrence.class)
                    .addAnnotatedClass(ChangeLogEntry.class)
                    .addAnnotatedClass(Ledger.class)
                    .addAnnotatedClass(ExpenseTag.class)
                    .addAnnotatedClass(app.outlay.domain.ExpenseSplitTag.class)
                    .buildMetadata()
                    .buildSessionFactory();
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }

    /** True when this open made the ledger: the database had no Outlay schema, and the migrations just created it. */
    public boolean createdByThisOpen() {
        return created;
    }

    /**
     * True when this open applied the migration of {@code version}: it made the ledger, or upgraded it from an older
     * version. What such a migration seeded has not been seen by anyone yet (see DefaultCategories).
     */
    public boolean migratedThisOpen(String version) {
        if (created) {
            return true;
        }
        MigrationVersion wanted = MigrationVersion.fromVersion(version);
        return versionBefore != null && wanted.isNewerThan(versionBefore) && schema.currentVersion() != null
                && !wanted.isNewerThan(schema.currentVersion());
    }

    public DatabaseSettings settings() {
        return settings;
    }

    /**
     * Hibernate over this database's pool, built (and its mapping validated against the schema) on the first call
     * where the open deferred it: a second or so, so never on the FX thread. Fails once the database is closed.
     */
    public SessionFactory sessionFactory() {
        SessionFactory built = sessionFactory;
        return built != null ? built : buildOnce();
    }

    private synchronized SessionFactory buildOnce() {
        if (sessionFactory == null) {
            if (closed) {
                throw new IllegalStateException(settings.displayName() + " is closed");
            }
            long started = System.nanoTime();
            sessionFactory = buildSessionFactory(pool);
            log.info("Hibernate started on {} in {} ms", settings.displayName(), (System.nanoTime() - started) / 1_000_000);
        }
        return sessionFactory;
    }

    /** True once {@link #sessionFactory()} has been built: for the test that the window opens without it. */
    public boolean hibernateStarted() {
        return sessionFactory != null;
    }

    /**
     * Plain JDBC on one connection of the pool in one transaction, without Hibernate: the reads the window makes as it
     * opens (the newest page, totals, categories, budgets, the undo menu; and the ledger's currency, adopted there
     * when it has none), so that it never waits for Hibernate to start (see {@link #open(DatabaseSettings, Path,
     * Consumer)}). A failure rolls the transaction back.
     */
    public <T> T read(org.hibernate.jdbc.ReturningWork<T> work) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false); // one snapshot for all its statements; the pool resets it on return
            try {
                T result = work.execute(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** For plain JDBC work: bulk copies, counts and benchmarks' baselines. */
    public DataSource dataSource() {
        return pool;
    }

    /** Around a large write (an import, a copy into this ledger): see {@link BulkWrites}. */
    public BulkWrites.Running bulkWrite() {
        return bulkWrites.begin();
    }

    /** Which live-update notifications are about this Database's own commits (PostgreSQL; none on H2). */
    public OwnBackends ownBackends() {
        return own;
    }

    public SchemaStatus schema() {
        return schema;
    }

    public String displayName() {
        return settings.displayName();
    }

    @Override
    public void close() {
        close(false);
    }

    /**
     * As {@link #close()}, for a JVM about to end (the shutdown hook after SIGTERM or logging out): an embedded file
     * is closed now, even under a task still running on it, which then fails (see {@link #shutDownH2()}).
     */
    public void closeBeforeExit() {
        close(true);
    }

    private void close(boolean beforeExit) {
        SessionFactory built;
        synchronized (this) { // waits for a boot under way, and no boot starts after it
            closed = true;
            built = sessionFactory;
        }
        try {
            if (built != null) {
                built.close();
            }
        } finally {
            if (beforeExit && settings.kind() == DatabaseSettings.Kind.H2) {
                shutDownH2();
            } else {
                H2Compaction.closing(settings);
            }
            pool.close();
            log.info("Closed {}", settings.displayName());
        }
    }

    /**
     * Closes the H2 file now, whatever still runs on it. H2 closes its file only with its last connection, and the pool
     * only aborts a connection in use, which H2 honours once the running statement ends: when the system ended the
     * session (SIGTERM) while a task ran, the JVM was gone first. The file was then left open, with up to a second of
     * commits unwritten and no "clean" mark, and the next start searched the whole file for its newest part (10 s for
     * a 2.4 GB ledger). Only before exit: in a running JVM another Database on the same file (H2 shares one per file)
     * would be closed too, and a plain close lets H2 finish once the statement ends.
     */
    private void shutDownH2() {
        // Not through the pool: all of its connections may be in use, and one given back to it after the shutdown was
        // reset on a closed file, which H2 wrote to a trace file in the data folder at every such exit.
        try (Connection connection = java.sql.DriverManager.getConnection(settings.jdbcUrl(), settings.user(),
                settings.connectionPassword());
             Statement statement = connection.createStatement()) {
            statement.execute("shutdown");
        } catch (SQLException e) {
            if (e.getErrorCode() != org.h2.api.ErrorCode.DATABASE_CALLED_AT_SHUTDOWN) {
                log.warn("Closing {} while a task still ran on it failed", settings.displayName(), e);
            }
        }
    }
}
