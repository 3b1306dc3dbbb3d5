package app.outlay.testing;

import org.h2.api.Trigger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;

/**
 * An attacker's H2 trigger: writes the file named by the system property {@code outlay.test.pwned} when H2 loads it
 * (at the open of the database holding it) and when it fires. Stands for "runs any code as the user".
 */
public final class FileWritingTrigger implements Trigger {

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
        write("init");
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) {
        write("fire");
    }

    private static void write(String what) {
        String target = System.getProperty("outlay.test.pwned");
        if (target != null) {
            try {
                Files.writeString(Path.of(target), what);
            } catch (IOException ignored) {
                // the test sees the file missing
            }
        }
    }
}
