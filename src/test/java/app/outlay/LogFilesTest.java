package app.outlay;

import app.outlay.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged log configuration (src/main/resources/logback.xml, not the tests' own): the window and the command line
 * write separate files, and processes sharing one file (two commands at once) lose no line and mix none.
 */
class LogFilesTest {

    private static final int LINES = 3000;

    @TempDir
    Path logs;

    @Test
    void windowAndCommandLineWriteTheirOwnFilesAndTwoCommandsShareOneSafely() throws Exception {
        try (ChildJvm window = start("window", "W"); ChildJvm cli1 = start("cli", "A"); ChildJvm cli2 = start("cli", "B")) {
            for (ChildJvm child : List.of(window, cli1, cli2)) {
                assertThat(child.waitFor(60_000)).as(child.err()).isZero();
            }
        }
        String today = LocalDate.now().toString();
        try (Stream<Path> files = Files.list(logs)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder("outlay-window." + today + ".log", "outlay-cli." + today + ".log");
        }
        List<String> cli = Files.readAllLines(logs.resolve("outlay-cli." + today + ".log"));
        assertThat(cli).hasSize(2 * LINES).allMatch(line -> line.matches(".* INFO .* - [AB] line \\d+ of " + LINES));
        assertThat(cli.stream().filter(line -> line.contains(" - A line "))).hasSize(LINES);
        assertThat(Files.readAllLines(logs.resolve("outlay-window." + today + ".log"))).hasSize(LINES)
                .allMatch(line -> line.contains(" - W line "));
    }

    private ChildJvm start(String logName, String tag) {
        return ChildJvm.start(List.of("-Dlogback.configurationFile=" + Path.of("src/main/resources/logback.xml").toAbsolutePath(),
                "-Doutlay.logdir=" + logs, "-Doutlay.logname=" + logName),
                "app.outlay.testing.WriteLogLines", tag, String.valueOf(LINES));
    }
}
