package app.outlay.settings;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AppPathsTest {

    private static final Path HOME = Path.of("/home/ann");

    @Test
    void systemPropertyWinsOverEnvironment() {
        AppPaths paths = AppPaths.resolve("/tmp/prop", Map.of("OUTLAY_HOME", "/tmp/env"), "Linux", HOME);
        assertThat(paths.settingsFile()).isEqualTo(Path.of("/tmp/prop/settings.properties"));
        assertThat(paths.defaultH2Base()).isEqualTo(Path.of("/tmp/prop/data/outlay"));
    }

    @Test
    void outlayHomeHoldsEverything() {
        AppPaths paths = AppPaths.resolve(null, Map.of("OUTLAY_HOME", "/srv/outlay"), "Linux", HOME);
        assertThat(paths.settingsFile()).isEqualTo(Path.of("/srv/outlay/settings.properties"));
        assertThat(paths.logDir()).isEqualTo(Path.of("/srv/outlay/logs"));
        assertThat(paths.backupDir()).isEqualTo(Path.of("/srv/outlay/backups"));
    }

    @Test
    void linuxFollowsXdg() {
        AppPaths defaults = AppPaths.resolve(null, Map.of(), "Linux", HOME);
        assertThat(defaults.settingsFile()).isEqualTo(Path.of("/home/ann/.config/outlay/settings.properties"));
        assertThat(defaults.defaultH2Base()).isEqualTo(Path.of("/home/ann/.local/share/outlay/data/outlay"));

        assertThat(defaults.logDir()).isEqualTo(Path.of("/home/ann/.local/state/outlay"));

        AppPaths xdg = AppPaths.resolve(null, Map.of("XDG_CONFIG_HOME", "/cfg", "XDG_DATA_HOME", "/dat", "XDG_STATE_HOME", "/st"),
                "Linux", HOME);
        assertThat(xdg.settingsFile()).isEqualTo(Path.of("/cfg/outlay/settings.properties"));
        assertThat(xdg.backupDir()).isEqualTo(Path.of("/dat/outlay/backups"));
        assertThat(xdg.logDir()).isEqualTo(Path.of("/st/outlay"));
    }

    /** The XDG base directory specification: a relative path in these variables is invalid and must be ignored. */
    @Test
    void relativeXdgValuesAreIgnored() {
        AppPaths paths = AppPaths.resolve(null, Map.of("XDG_CONFIG_HOME", "cfg", "XDG_DATA_HOME", "./dat", "XDG_STATE_HOME", "st"),
                "Linux", HOME);
        assertThat(paths.settingsDir()).isEqualTo(Path.of("/home/ann/.config/outlay"));
        assertThat(paths.dataDir()).isEqualTo(Path.of("/home/ann/.local/share/outlay"));
        assertThat(paths.logDir()).isEqualTo(Path.of("/home/ann/.local/state/outlay"));
    }

    @Test
    void earlierLayoutIsWhereLogsAndWindowsDataWere() {
        assertThat(AppPaths.earlierLayout(null, Map.of(), "Linux", HOME)).get()
                .isEqualTo(new AppPaths(Path.of("/home/ann/.config/outlay"), Path.of("/home/ann/.local/share/outlay"),
                        Path.of("/home/ann/.local/share/outlay/logs")));
        assertThat(AppPaths.earlierLayout(null, Map.of("APPDATA", "/c/Roaming", "LOCALAPPDATA", "/c/Local"), "Windows 11", HOME)).get()
                .isEqualTo(new AppPaths(Path.of("/c/Roaming/Outlay"), Path.of("/c/Roaming/Outlay"), Path.of("/c/Roaming/Outlay/logs")));
        assertThat(AppPaths.earlierLayout(null, Map.of("OUTLAY_HOME", "/srv/outlay"), "Linux", HOME)).isEmpty();
        assertThat(AppPaths.earlierLayout("/tmp/prop", Map.of(), "Windows 11", HOME)).isEmpty();
    }

    @Test
    void windowsKeepsDataLocalAndSettingsRoaming() {
        AppPaths windows = AppPaths.resolve(null,
                Map.of("APPDATA", "/c/Users/ann/AppData/Roaming", "LOCALAPPDATA", "/c/Users/ann/AppData/Local"), "Windows 11", HOME);
        assertThat(windows.settingsFile()).isEqualTo(Path.of("/c/Users/ann/AppData/Roaming/Outlay/settings.properties"));
        assertThat(windows.defaultH2Base()).isEqualTo(Path.of("/c/Users/ann/AppData/Local/Outlay/data/outlay"));
        assertThat(windows.backupDir()).isEqualTo(Path.of("/c/Users/ann/AppData/Local/Outlay/backups"));
        assertThat(windows.logDir()).isEqualTo(Path.of("/c/Users/ann/AppData/Local/Outlay/logs"));
        assertThat(AppPaths.resolve(null, Map.of(), "Windows 11", HOME).dataDir())
                .isEqualTo(Path.of("/home/ann/AppData/Local/Outlay"));
    }

    @Test
    void macLogsGoToLibraryLogs() {
        AppPaths mac = AppPaths.resolve(null, Map.of(), "Mac OS X", HOME);
        assertThat(mac.dataDir()).isEqualTo(Path.of("/home/ann/Library/Application Support/Outlay"));
        assertThat(mac.logDir()).isEqualTo(Path.of("/home/ann/Library/Logs/Outlay"));
    }

    @Test
    void newFoldersAreTheOwnersOnly(@org.junit.jupiter.api.io.TempDir Path temp) throws Exception {
        AppPaths paths = AppPaths.under(temp.resolve("home")).createFolders();
        assertThat(java.nio.file.Files.getPosixFilePermissions(paths.dataDir()))
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        assertThat(paths.logDir()).isDirectory();
        assertThat(paths.backupDir()).isDirectory();
    }
}
