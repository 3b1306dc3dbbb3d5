package app.outlay.data;

import app.outlay.text.ExplainedException;
import app.outlay.text.UserText;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.db.ValueDataType;
import org.h2.mvstore.tx.TransactionMap;
import org.h2.mvstore.tx.TransactionStore;
import org.h2.result.Row;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An H2 file from elsewhere (a backup to restore), opened so that it cannot run code or SQL on this computer.
 * <p>
 * Opening an H2 database executes the definitions stored in it: a Java trigger's class is instantiated, a linked
 * table connects (running its URL's {@code INIT}), and a view or a function alias runs whatever it calls as soon
 * as it is read. So before H2 opens the file, its object definitions are read with H2's storage layer (MVStore), which
 * executes nothing, and anything Outlay's migrations never make is refused: views, triggers, linked tables, table
 * engines, functions, aggregates, constants, domains, synonyms, roles, rights, comments, schemas and settings other
 * than the build stamp and the write delay. Only then is the file opened, read-only and without any URL settings from elsewhere.
 */
public final class ForeignH2 {

    /** {@code org.h2.engine.DbObject}'s types of the definitions that Outlay's own schema consists of. */
    private static final int TABLE_OR_VIEW = 0;
    private static final int INDEX = 1;
    private static final int USER = 2;
    private static final int SEQUENCE = 3;
    private static final int CONSTRAINT = 5;
    static final int SETTING = 6;
    private static final java.util.regex.Pattern WRITE_DELAY = java.util.regex.Pattern.compile("SET WRITE_DELAY \\d{1,9}");

    private static final Map<Integer, String> REFUSED_KINDS = Map.of(4, "object.trigger", 7, "object.role", 8, "object.right",
            9, "object.function", 10, "object.schema", 11, "object.constant", 12, "object.domain", 13, "object.comment",
            14, "object.function", 15, "object.synonym");
    private static final Pattern ENGINE = Pattern.compile("\\bENGINE\\b");
    private static final Pattern NAME = Pattern.compile("\"PUBLIC\"\\.\"([^\"]+)\"|\"([^\"]+)\"");

    private ForeignH2() {
    }

    /**
     * Refuses the file when it holds an object Outlay's migrations do not make, having executed nothing of it.
     *
     * @throws ExplainedException naming the file and the object; or that the file is not an H2 database or damaged
     */
    public static void refuseForeignObjects(Path h2File, String password) {
        MVStore.Builder builder = new MVStore.Builder().fileName(h2File.toString()).readOnly();
        if (password != null) {
            builder.encryptionKey(DatabaseSettings.h2FilePassword(password).toCharArray());
        }
        try (MVStore store = builder.open()) {
            TransactionStore transactions = new TransactionStore(store, new ValueDataType());
            transactions.init();
            TransactionMap<Long, Row> definitions = transactions.begin().openMap("table.0");
            for (Iterator<Long> keys = definitions.keyIterator(null); keys.hasNext(); ) {
                Row row = definitions.get(keys.next());
                UserText refused = refusal(row.getValue(2).getInt(), row.getValue(3).getString());
                if (refused != null) {
                    throw new ExplainedException(UserText.of("problem.backup.foreignObject", h2File.toString(), refused));
                }
            }
        } catch (ExplainedException e) {
            throw e;
        } catch (RuntimeException e) {
            throw password == null ? damaged(h2File, e)
                    : new ExplainedException(UserText.of("problem.backup.wrongPassword", h2File.toString()), e);
        }
    }

    /** Why a stored definition is refused, or null when Outlay's migrations make such objects. */
    static UserText refusal(int type, String sql) {
        String name = name(sql);
        switch (type) {
            case INDEX, USER, SEQUENCE, CONSTRAINT:
                return null;
            case SETTING:
                // The build stamp, and how soon commits are written (Outlay's own, see BulkWrites): no code runs.
                return sql.startsWith("SET CREATE_BUILD ") || WRITE_DELAY.matcher(sql).matches() ? null
                        : UserText.of("object.setting", sql);
            case TABLE_OR_VIEW:
                if ((sql.startsWith("CREATE CACHED TABLE ") || sql.startsWith("CREATE MEMORY TABLE "))
                        && !ENGINE.matcher(sql).find()) {
                    return null;
                }
                if (sql.contains(" LINKED TABLE ")) {
                    return UserText.of("object.linkedTable", name);
                }
                return UserText.of(sql.contains(" VIEW ") ? "object.view" : "object.tableEngine", name);
            default:
                return UserText.of(REFUSED_KINDS.getOrDefault(type, "object.other"), name);
        }
    }

    /** The first quoted name after the keywords, e.g. EXPENSE in {@code CREATE FORCE VIEW "PUBLIC"."EXPENSE" …}. */
    private static String name(String sql) {
        Matcher matcher = NAME.matcher(sql);
        if (!matcher.find()) {
            return sql.length() <= 60 ? sql : sql.substring(0, 60) + "…";
        }
        return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }

    /**
     * Opens the file read-only ({@code ACCESS_MODE_DATA=r}: not a byte of it changes), never creating one, writing no
     * trace file beside it. Call {@link #refuseForeignObjects} first.
     */
    static Connection openReadOnly(Path h2Base, String password) throws SQLException {
        DatabaseSettings settings = DatabaseSettings.h2(h2Base).withPassword(password);
        Properties properties = new Properties();
        properties.setProperty("user", DatabaseSettings.H2_USER);
        properties.setProperty("password", settings.connectionPassword());
        return DriverManager.getConnection(settings.jdbcUrl() + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE;TRACE_LEVEL_FILE=0", properties);
    }

    static ExplainedException damaged(Path h2File, Exception e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        // H2 names the file it was given and its own internals; the user's file name says enough.
        int bracket = reason.indexOf(" [");
        return new ExplainedException(UserText.of("problem.backup.damaged", h2File.toString(),
                bracket > 0 ? reason.substring(0, bracket) : reason), e);
    }
}
