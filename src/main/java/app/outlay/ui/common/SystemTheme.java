package app.outlay.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Asks the desktop whether it is in dark mode. JavaFX 21 has no platform-preferences API (that came in 22), so this
 * runs the desktop's own tool with a short time limit; whatever fails or takes too long counts as light. It runs once
 * per start ({@code Themes.detectSystemTheme}, from {@code OutlayApp.init}), never again while the app runs.
 * <p>
 * Why not JavaFX 22's {@code Platform.getPreferences()}: 22 is the only release with it that runs on Java 17 (23
 * needs JDK 21, 24 JDK 22), and 22 is a feature release whose updates ended with 22.0.2, while 21 is the long-term
 * line that still gets fixes (21.0.11 here). The packaged runtime is jlinked from the build's JDK 17, so moving on
 * means moving the JDK first; then this class gives way to the preferences map and its live updates.
 */
public final class SystemTheme {

    private static final long LIMIT_MILLIS = 200;

    private SystemTheme() {
    }

    /** True when the desktop says dark. Starts processes: call it off the FX thread. */
    public static boolean isDark() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return run("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme").map(SystemTheme::windowsSaysDark).orElse(false);
        }
        if (os.contains("mac")) {
            return run("defaults", "read", "-g", "AppleInterfaceStyle").map(SystemTheme::macSaysDark).orElse(false);
        }
        String gtkTheme = System.getenv("GTK_THEME");
        if (gtkTheme != null) {
            return gtkThemeIsDark(gtkTheme);
        }
        Optional<String> scheme = run("gsettings", "get", "org.gnome.desktop.interface", "color-scheme");
        if (scheme.isPresent() && gnomeColorSchemeIsDark(scheme.get())) {
            return true;
        }
        return run("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme").map(SystemTheme::gtkThemeIsDark).orElse(false);
    }

    /** {@code 'prefer-dark'} (GNOME 42+); {@code 'default'} and {@code 'prefer-light'} are light. */
    static boolean gnomeColorSchemeIsDark(String output) {
        return output.contains("prefer-dark");
    }

    /** Older desktops only name a theme: Adwaita-dark, Yaru-dark, Adwaita:dark… */
    static boolean gtkThemeIsDark(String output) {
        return output.toLowerCase(Locale.ROOT).contains("dark");
    }

    /** {@code AppsUseLightTheme    REG_DWORD    0x0} means dark; a missing value means light. */
    static boolean windowsSaysDark(String output) {
        return output.matches("(?s).*AppsUseLightTheme\\s+REG_DWORD\\s+0x0+\\b.*");
    }

    /** macOS prints {@code Dark} in dark mode and fails (the key does not exist) in light mode. */
    static boolean macSaysDark(String output) {
        return output.trim().equalsIgnoreCase("dark");
    }

    private static Optional<String> run(String... command) {
        Process process = null;
        try {
            process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
            if (!process.waitFor(LIMIT_MILLIS, TimeUnit.MILLISECONDS) || process.exitValue() != 0) {
                return Optional.empty();
            }
            try (InputStream out = process.getInputStream()) {
                return Optional.of(new String(out.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
            }
        }
    }
}
