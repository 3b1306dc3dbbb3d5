package app.outlay.cli;

import java.nio.charset.Charset;
import java.util.function.UnaryOperator;

/**
 * The charset the command line writes in: the console's own where there is one (JDK 17's
 * {@code System.console().charset()}), so that e.g. a Windows console on code page 850 shows "Köln" right, and
 * otherwise (output to a file or a pipe) the platform's native encoding, which is what other tools expect there.
 * The JVM's default charset can differ from both ({@code -Dfile.encoding}), so it is only the last resort.
 */
public final class ConsoleCharset {

    private ConsoleCharset() {
    }

    /** For this process. */
    public static Charset ofThisProcess() {
        java.io.Console console = System.console();
        return choose(console == null ? null : console.charset(), System::getProperty);
    }

    /**
     * @param console    the console's charset, or null when the output goes elsewhere
     * @param properties the system properties ({@code stdout.encoding}, {@code sun.stdout.encoding}, {@code native.encoding})
     */
    static Charset choose(Charset console, UnaryOperator<String> properties) {
        if (console != null) {
            return console;
        }
        for (String property : new String[] {"stdout.encoding", "sun.stdout.encoding", "native.encoding"}) {
            Charset named = supported(properties.apply(property));
            if (named != null) {
                return named;
            }
        }
        return Charset.defaultCharset();
    }

    private static Charset supported(String name) {
        try {
            return name == null || name.isBlank() ? null : Charset.forName(name.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
