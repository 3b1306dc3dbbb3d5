package app.outlay.data;

import app.outlay.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Closing an embedded ledger closes its file even while a task still runs on it, as when the system ends the session
 * (SIGTERM, logging out) while the window loads something: H2 closes its file only with its last connection, and
 * writes committed changes in the background within a second. Closing the pool alone left the file open under the
 * running query, so the JVM ended with the latest commit unwritten, and the next start scanned the whole file for its
 * newest part (10 s for a 2.4 GB ledger).
 */
class ClosingTest {

    @TempDir
    Path home;

    @Test
    void anExpenseSavedJustBeforeTheSessionEndsIsKeptThoughATaskStillRan() throws Exception {
        DatabaseSettings settings = DatabaseSettings.h2(home.resolve("data/outlay"));
        Database.open(settings, home.resolve("backups")).close();

        try (ChildJvm child = ChildJvm.start(List.of(), CloseWhileBusyInChild.class.getName(),
                settings.h2Base().toString(), "Saved at logout")) {
            assertThat(child.waitFor(120_000)).as(child.err()).isEqualTo(CloseWhileBusyInChild.CLOSED);
        }
        // H2 marks its store header "clean" when it closes the file; without the mark the next open has to search
        // the file for its newest part, and commits of the last second may be missing.
        String header = new String(Files.readAllBytes(settings.h2File()), 0, 4096, StandardCharsets.ISO_8859_1).lines().findFirst().orElse("");
        assertThat(header).as("H2's store header after the close").contains(",clean:1,");
        // Closed without errors: H2 writes each one it meets to a trace file beside the ledger.
        assertThat(home.resolve("data/outlay.trace.db")).as("H2's trace of errors at the close").doesNotExist();

        try (Database reopened = Database.open(settings, home.resolve("backups"));
             Connection connection = reopened.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select description from expense")) {
            assertThat(rs.next()).as("the expense saved just before the end").isTrue();
            assertThat(rs.getString(1)).isEqualTo("Saved at logout");
        }
    }
}
