package app.outlay.data;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * How an embedded ledger writes its commits: at once, except while a large write runs.
 * <p>
 * Outlay sets H2's {@code WRITE_DELAY} to 0 when it opens a ledger ({@link #writeAtOnce}; H2 keeps the setting in
 * the file): each commit is in the file when the commit returns (about 0.1 ms more per commit, measured), rather than within half a second, and H2 runs no background
 * writer — which woke six times a second in an idle window and rewrote parts of a ledger that a session only read
 * (issue #17). A large write (an import of many lines, a copy into the ledger) is faster with that writer beside it
 * on a second core: 300,000 lines by plain JDBC took 31 s without it and 21 s with it. So while one runs, commits are
 * written in the background again, as H2 does by default; the write itself is one transaction either way.
 * <p>
 * Not in the JDBC URL: H2 applies a URL's settings to every new connection, and a connection the pool opened during
 * an import turned the background writer off again under it.
 */
public final class BulkWrites {

    private static final Logger log = LoggerFactory.getLogger(BulkWrites.class);

    /** H2's own default: commits written within half a second, by its background writer. */
    private static final String IN_THE_BACKGROUND = "set write_delay 500";
    private static final String AT_ONCE = "set write_delay 0";

    /** A large write under way; closing it puts the everyday setting back once no other runs. */
    public interface Running extends AutoCloseable {
        @Override
        void close();
    }

    private final DatabaseSettings settings;
    private final DataSource pool;
    private int running;

    BulkWrites(DatabaseSettings settings, DataSource pool) {
        this.settings = settings;
        this.pool = pool;
    }

    /** The everyday setting, for a ledger just opened (a file from an older Outlay has H2's default). */
    static void writeAtOnce(DatabaseSettings settings, DataSource pool) {
        if (settings.kind() == DatabaseSettings.Kind.H2) {
            new BulkWrites(settings, pool).writeDelay(AT_ONCE);
        }
    }

    synchronized Running begin() {
        if (settings.kind() != DatabaseSettings.Kind.H2) {
            return () -> { };
        }
        if (running++ == 0) {
            writeDelay(IN_THE_BACKGROUND);
        }
        return this::end;
    }

    private synchronized void end() {
        if (--running == 0) {
            writeDelay(AT_ONCE);
        }
    }

    private void writeDelay(String setting) {
        // A statement of its own on a connection of its own: SET ends the transaction it runs in.
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(setting);
        } catch (SQLException e) {
            // Only speed is at stake: the write runs, and commits are written either way.
            log.warn("Could not {} on {}", setting, settings.displayName(), e);
        }
    }
}
