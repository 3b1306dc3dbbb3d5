package app.outlay;

import app.outlay.settings.AppPaths;
import app.outlay.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One window per data folder: a second launch (a real second process, through the real launcher) hands over to the
 * window listening in the data folder, with the file to import if it was given one, and exits 0.
 */
class SingleWindowTest {

    @TempDir
    Path home;

    private final BlockingQueue<Optional<Path>> requests = new LinkedBlockingQueue<>();

    /**
     * The launcher asks for a hand-off before the window starts, while Logback is still being set up on a thread of
     * its own: asking must not make a logger (a static one in SingleWindow set Logback up on the main thread, about
     * 0.3 s of every start before the window).
     */
    @Test
    void askingForAHandOffMakesNoLogger() throws Exception {
        AppPaths paths = AppPaths.under(home).createFolders();
        try (ChildJvm probe = ChildJvm.start(List.of("-verbose:class"), HandOffProbe.class.getName(), paths.dataDir().toString())) {
            String asked = probe.awaitLine("hand-off-asked", 60_000);
            assertThat(asked).isEqualTo("hand-off-asked false");
            List<String> loaded = probe.outLines();
            assertThat(loaded).anyMatch(line -> line.contains("app.outlay.SingleWindow "));
            assertThat(loaded).noneMatch(line -> line.contains("org.slf4j.LoggerFactory"));
        }
    }

    @Test
    void secondLaunchHandsOverAndExitsZero() throws Exception {
        AppPaths paths = AppPaths.under(home).createFolders();
        Path statement = Files.writeString(home.resolve("statement.csv"), "date,description,amount\n2026-01-02,Bread,2.50\n");
        try (SingleWindow window = SingleWindow.listen(SingleWindow.socketIn(paths.dataDir()), requests::add).orElseThrow()) {
            assertThat(Files.getPosixFilePermissions(SingleWindow.socketIn(paths.dataDir())))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));

            try (ChildJvm second = ChildJvm.start(List.of("-Doutlay.home=" + home), Launcher.class.getName())) {
                assertThat(second.waitFor(60_000)).as(second.err()).isZero();
            }
            assertThat(requests.poll(10, TimeUnit.SECONDS)).isEmpty();

            try (ChildJvm withFile = ChildJvm.start(List.of("-Doutlay.home=" + home), Launcher.class.getName(), statement.toString())) {
                assertThat(withFile.waitFor(60_000)).as(withFile.err()).isZero();
            }
            assertThat(requests.poll(10, TimeUnit.SECONDS)).contains(statement.toAbsolutePath());
        }
        assertThat(SingleWindow.socketIn(paths.dataDir())).as("removed at close").doesNotExist();
    }

    @Test
    void noWindowMeansNoHandOffAndALeftOverSocketIsReplaced() throws Exception {
        Path socket = SingleWindow.socketIn(home);
        assertThat(SingleWindow.handOff(socket, Optional.empty())).isFalse();
        Files.writeString(socket, "left by a crash");
        assertThat(SingleWindow.handOff(socket, Optional.empty())).isFalse();

        try (SingleWindow first = SingleWindow.listen(socket, requests::add).orElseThrow()) {
            assertThat(SingleWindow.listen(socket, request -> { }))
                    .as("a second listener never takes the socket of a live window").isEmpty();
            assertThat(SingleWindow.handOff(socket, Optional.of(home.resolve("a b.csv")))).isTrue();
            assertThat(requests.poll(10, TimeUnit.SECONDS)).contains(home.resolve("a b.csv"));
        }
    }

    /** Left behind, the socket costs every later launch a connection attempt before the window can start. */
    @Test
    void theSocketGoesWhenTheSystemEndsTheWindowsProcess() throws Exception {
        AppPaths paths = AppPaths.under(home).createFolders();
        Path socket = SingleWindow.socketIn(paths.dataDir());
        try (ChildJvm window = ChildJvm.start(List.of(), HandOffProbe.class.getName(), paths.dataDir().toString(), "listen")) {
            window.awaitLine("listening", 60_000);
            assertThat(socket).exists();
            window.terminate(60_000);
        }
        assertThat(socket).as("removed by the exit hook").doesNotExist();
    }

    @Test
    void onlyKnownRequestsWithAbsolutePathsAreTaken() {
        assertThat(SingleWindow.parse("front")).contains(Optional.empty());
        assertThat(SingleWindow.parse("import /tmp/x.csv")).contains(Optional.of(Path.of("/tmp/x.csv")));
        assertThat(SingleWindow.parse("import x.csv")).isEmpty();
        assertThat(SingleWindow.parse("delete everything")).isEmpty();
        assertThat(SingleWindow.parse(null)).isEmpty();
    }

    @Test
    void aFileAloneOpensTheWindowButACommandStaysACommand() throws Exception {
        Path file = Files.writeString(home.resolve("statement.csv"), "x");
        assertThat(Launcher.fileToOpen(new String[] {file.toString()})).isEqualTo(file);
        assertThat(Launcher.fileToOpen(new String[] {home.resolve("missing.csv").toString()})).isNull();
        assertThat(Launcher.fileToOpen(new String[] {"import", file.toString()})).isNull();
        assertThat(Launcher.fileToOpen(new String[] {"--version"})).isNull();
        assertThat(Launcher.fileToOpen(new String[] {"report"})).isNull();
    }
}
