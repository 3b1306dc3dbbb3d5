package app.outlay.cli;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Which charset the command line writes in. */
class ConsoleCharsetTest {

    private static final Charset CP850 = Charset.forName("IBM850");
    private static final Charset CP1252 = Charset.forName("windows-1252");

    @Test
    void aConsoleIsWrittenInItsOwnCharset() {
        // A Windows console on code page 850 while the JVM's default and the native encoding say otherwise.
        assertThat(ConsoleCharset.choose(CP850, Map.of("native.encoding", "Cp1252", "file.encoding", "UTF-8")::get))
                .isEqualTo(CP850);
    }

    @Test
    void withoutAConsoleTheStandardOutputsEncodingOrTheNativeOneIsUsed() {
        assertThat(ConsoleCharset.choose(null, Map.of("native.encoding", "Cp1252")::get)).isEqualTo(CP1252);
        assertThat(ConsoleCharset.choose(null, Map.of("sun.stdout.encoding", "cp850", "native.encoding", "Cp1252")::get))
                .isEqualTo(CP850);
        assertThat(ConsoleCharset.choose(null, Map.of("stdout.encoding", "UTF-8", "native.encoding", "Cp1252")::get))
                .isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void anUnknownOrMissingNameFallsBackToTheDefaultCharset() {
        assertThat(ConsoleCharset.choose(null, Map.of("native.encoding", "no-such-charset")::get)).isEqualTo(Charset.defaultCharset());
        assertThat(ConsoleCharset.choose(null, Map.<String, String>of()::get)).isEqualTo(Charset.defaultCharset());
    }
}
