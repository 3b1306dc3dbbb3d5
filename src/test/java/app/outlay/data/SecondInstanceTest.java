package app.outlay.data;

import app.outlay.cli.CommandLineApp;
import app.outlay.settings.AppPaths;
import app.outlay.testing.ChildJvm;
import app.outlay.testing.HoldDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * One embedded database, two Outlays: the first one holds H2's file lock, the second is told so in one plain
 * sentence naming the file, and the file is fine afterwards. The first Outlay is a real second process.
 */
class SecondInstanceTest {

    @TempDir
    Path home;

    @Test
    void secondOutlayIsToldTheDatabaseIsInUseAndTheFileSurvives() throws Exception {
        AppPaths paths = AppPaths.under(home).createFolders();
        DatabaseSettings settings = DatabaseSettings.h2(paths.defaultH2Base());
        Database.open(settings, paths.backupDir()).close();
        String expected = "Outlay is already open with this database (" + settings.h2File()
                + "). Close the other window first.";

        try (ChildJvm first = ChildJvm.start(List.of(), HoldDatabase.class.getName(), paths.defaultH2Base().toString())) {
            first.awaitLine("open ", 60_000);

            Throwable failure = catchThrowable(() -> Database.open(settings, paths.backupDir()));
            assertThat(failure).isNotNull();
            ConnectionProblem problem = ConnectionProblem.of(failure, settings);
            assertThat(problem.kind()).isEqualTo(ConnectionProblem.Kind.IN_USE);
            assertThat(problem.message()).isEqualTo(expected);

            ByteArrayOutputStream processErr = new ByteArrayOutputStream();
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            PrintStream realErr = System.err;
            int code;
            System.setErr(new PrintStream(processErr, true, StandardCharsets.UTF_8));
            try {
                code = CommandLineApp.run(paths, new String[] {"db", "migrate"}, new PrintWriter(out), new PrintWriter(err));
            } finally {
                System.setErr(realErr);
            }
            assertThat(code).isEqualTo(1);
            assertThat(err.toString()).isEqualTo("outlay: " + expected + System.lineSeparator());
            assertThat(processErr.toString(StandardCharsets.UTF_8)).as("no stack trace on stderr").isEmpty();

            first.send("close");
            assertThat(first.waitFor(30_000)).as(first.err()).isZero();
            assertThat(first.outLines()).contains("closed");
        }

        try (Database again = Database.open(settings, paths.backupDir())) {
            assertThat(again.schema().currentVersion()).isEqualTo(again.schema().newestKnownVersion());
            assertThat(DatabaseCopy.contents(again).categories()).isEqualTo(13);
        }
    }
}
