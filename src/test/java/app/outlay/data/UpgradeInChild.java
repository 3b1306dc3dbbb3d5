package app.outlay.data;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * For the interrupted-upgrade test: opens (and so upgrades) the H2 database {@code args[0]}, backups going to
 * {@code args[1]}, and halts the JVM — as a kill or power cut would, no shutdown hooks, no closing — right after the
 * {@code args[2]}-th change Flyway has the database make (a statement other than a query, a commit or a rollback). Exits
 * {@value #HALTED} when it halted, 0 when the upgrade ended first.
 */
public final class UpgradeInChild {

    public static final int HALTED = 37;

    private UpgradeInChild() {
    }

    public static void main(String[] args) {
        int haltAfter = Integer.parseInt(args[2]);
        AtomicInteger done = new AtomicInteger();
        Database.open(DatabaseSettings.h2(Path.of(args[0])), Path.of(args[1]), List.of(),
                pool -> haltingAfter(pool, () -> {
                    if (done.incrementAndGet() == haltAfter) {
                        Runtime.getRuntime().halt(HALTED);
                    }
                })).close();
        System.out.println("upgraded after " + done.get());
    }

    private static DataSource haltingAfter(DataSource pool, Runnable afterEach) {
        return proxy(DataSource.class, pool, afterEach);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Runnable afterEach) {
        InvocationHandler handler = (self, method, arguments) -> {
            Object result;
            try {
                result = method.invoke(target, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            String name = method.getName();
            if (result instanceof Connection connection) {
                return proxy(Connection.class, connection, afterEach);
            }
            if (result instanceof Statement statement) {
                Class<? extends Statement> kind = statement instanceof java.sql.CallableStatement ? java.sql.CallableStatement.class
                        : statement instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class;
                return proxy((Class<Statement>) kind, statement, afterEach);
            }
            // A halt after a read is the same as one after the change before it: only changes are counted.
            if ((name.startsWith("execute") && !name.equals("executeQuery")) || name.equals("commit") || name.equals("rollback")) {
                afterEach.run();
            }
            return result;
        };
        return (T) Proxy.newProxyInstance(UpgradeInChild.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
