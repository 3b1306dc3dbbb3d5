package app.outlay.ui.common;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Opens a folder in the desktop's file manager. It runs the platform's own opener instead of HostServices, which
 * needs the Application instance and does not open plain folders on every Linux desktop.
 */
public final class FolderOpener {

    private FolderOpener() {
    }

    /** The command that opens {@code folder} on this operating system. */
    static List<String> command(String osName, Path folder) {
        String os = osName.toLowerCase(Locale.ROOT);
        String opener = os.contains("win") ? "explorer" : os.contains("mac") ? "open" : "xdg-open";
        return List.of(opener, folder.toString());
    }

    /** Starts the file manager; may block briefly, so call it off the FX thread. */
    public static void open(Path folder) throws IOException {
        new ProcessBuilder(command(System.getProperty("os.name", ""), folder)).inheritIO().start();
    }
}
