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

        AppPaths xdg = AppPaths.resolve(null, Map.of("XDG_CONFIG_HOME", "/cfg", "XDG_DATA_HOME", "/dat"), "Linux", HOME);
        assertThat(xdg.settingsFile()).isEqualTo(Path.of("/cfg/outlay/settings.properties"));
        assertThat(xdg.logDir()).isEqualTo(Path.of("/dat/outlay/logs"));
    }

    @Test
    void windowsAndMac() {
        assertThat(AppPaths.resolve(null, Map.of("APPDATA", "/c/Users/ann/AppData/Roaming"), "Windows 11", HOME).dataDir())
                .isEqualTo(Path.of("/c/Users/ann/AppData/Roaming/Outlay"));
        assertThat(AppPaths.resolve(null, Map.of(), "Mac OS X", HOME).dataDir())
                .isEqualTo(Path.of("/home/ann/Library/Application Support/Outlay"));
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
