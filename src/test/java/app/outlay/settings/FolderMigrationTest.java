package app.outlay.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What an earlier Outlay kept in folders that changed is moved once, on a temporary home, and never lost. */
class FolderMigrationTest {

    @TempDir
    Path home;

    @Test
    void linuxLogsMoveToTheStateFolderOnce() throws Exception {
        AppPaths earlier = AppPaths.earlierLayout(null, Map.of(), "Linux", home).orElseThrow();
        Files.createDirectories(earlier.logDir());
        Files.writeString(earlier.logDir().resolve("outlay.log"), "old log\n");
        Files.writeString(earlier.logDir().resolve("outlay.1.log"), "older log\n");
        Files.createDirectories(earlier.databaseDir());
        Files.writeString(earlier.databaseDir().resolve("outlay.mv.db"), "ledger");

        AppPaths now = AppPaths.resolve(null, Map.of(), "Linux", home).createFolders();
        List<String> notes = FolderMigration.run(earlier, now);

        assertThat(now.logDir()).isEqualTo(home.resolve(".local/state/outlay"));
        assertThat(now.logDir().resolve("outlay.log")).hasContent("old log");
        assertThat(now.logDir().resolve("outlay.1.log")).hasContent("older log");
        assertThat(earlier.logDir()).doesNotExist();
        assertThat(now.databaseDir().resolve("outlay.mv.db")).as("the database did not move on Linux").hasContent("ledger");
        assertThat(notes).containsExactly("Moved 2 entries from " + earlier.logDir() + " to " + now.logDir()
                + ", where this version of Outlay keeps them");

        assertThat(FolderMigration.run(earlier, now)).as("once").isEmpty();
    }

    @Test
    void windowsDataBackupsAndLogsMoveToTheLocalProfileAndSettingsStay() throws Exception {
        Map<String, String> env = Map.of("APPDATA", home.resolve("Roaming").toString(), "LOCALAPPDATA", home.resolve("Local").toString());
        AppPaths earlier = AppPaths.earlierLayout(null, env, "Windows 11", home).orElseThrow();
        Files.createDirectories(earlier.databaseDir());
        Files.writeString(earlier.databaseDir().resolve("outlay.mv.db"), "ledger");
        Files.createDirectories(earlier.backupDir().resolve("nested"));
        Files.writeString(earlier.backupDir().resolve("nested/outlay-v3.mv.db"), "backup");
        Files.createDirectories(earlier.logDir());
        Files.writeString(earlier.logDir().resolve("outlay.log"), "log");
        Files.writeString(earlier.settingsFile(), "db.kind=h2\n");

        AppPaths now = AppPaths.resolve(null, env, "Windows 11", home).createFolders();
        FolderMigration.run(earlier, now);

        assertThat(now.defaultH2Base().resolveSibling("outlay.mv.db")).hasContent("ledger");
        assertThat(now.backupDir().resolve("nested/outlay-v3.mv.db")).hasContent("backup");
        assertThat(now.logDir().resolve("outlay.log")).hasContent("log");
        assertThat(now.settingsFile()).isEqualTo(earlier.settingsFile()).hasContent("db.kind=h2");
        assertThat(earlier.databaseDir()).doesNotExist();
        assertThat(now.dataDir()).isEqualTo(home.resolve("Local/Outlay"));
    }

    @Test
    void nothingIsReplacedAndANamedDatabaseStays() throws Exception {
        Map<String, String> env = Map.of("APPDATA", home.resolve("Roaming").toString(), "LOCALAPPDATA", home.resolve("Local").toString());
        AppPaths earlier = AppPaths.earlierLayout(null, env, "Windows 11", home).orElseThrow();
        AppPaths now = AppPaths.resolve(null, env, "Windows 11", home).createFolders();
        Files.createDirectories(earlier.logDir());
        Files.writeString(earlier.logDir().resolve("outlay.log"), "old");
        Files.writeString(now.logDir().resolve("outlay.log"), "new");
        Files.createDirectories(earlier.databaseDir());
        Files.writeString(earlier.databaseDir().resolve("outlay.mv.db"), "ledger");
        Files.writeString(earlier.settingsFile(), "db.kind=h2\ndb.h2.path=" + earlier.defaultH2Base().toString().replace("\\", "/") + "\n");

        List<String> notes = FolderMigration.run(earlier, now);

        assertThat(now.logDir().resolve("outlay.log")).hasContent("new");
        assertThat(earlier.logDir().resolve("outlay.log")).hasContent("old");
        assertThat(earlier.databaseDir().resolve("outlay.mv.db")).hasContent("ledger");
        assertThat(now.databaseDir().resolve("outlay.mv.db")).doesNotExist();
        assertThat(notes).containsExactly(
                "Left in " + earlier.logDir() + ": outlay.log (" + now.logDir().resolve("outlay.log") + " exists)",
                "Left the database in " + earlier.databaseDir() + ": settings.properties names its file (db.h2.path)");
    }
}
