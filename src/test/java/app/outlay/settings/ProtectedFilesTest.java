package app.outlay.settings;

import app.outlay.data.DatabaseSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What an export refuses to replace beyond what the command-line test covers: the password file, hard links. */
class ProtectedFilesTest {

    @TempDir
    Path home;

    @Test
    void thePasswordFileAndASecondNameOfTheDatabaseAreRefused() throws Exception {
        AppPaths paths = AppPaths.under(home.resolve("outlay")).createFolders();
        Path pgPass = Files.writeString(home.resolve(".pgpass"), "localhost:5432:outlay:outlay:secret\n");
        Path database = Files.writeString(Path.of(paths.defaultH2Base() + ".mv.db"), "database");
        Path secondName = Files.createLink(home.resolve("ledger.csv"), database);
        ProtectedFiles files = new ProtectedFiles(paths, pgPass);
        DatabaseSettings h2 = DatabaseSettings.h2(paths.defaultH2Base());

        assertThatThrownBy(() -> files.refuseToOverwrite(pgPass, h2))
                .hasMessage("Will not write the export to " + pgPass + ": that is the PostgreSQL password file. Choose another file.");
        assertThatThrownBy(() -> files.refuseToOverwrite(secondName, h2)).hasMessageContaining("that is Outlay's database.");
        assertThatCode(() -> files.refuseToOverwrite(home.resolve("export.csv"), h2)).doesNotThrowAnyException();
        assertThatCode(() -> files.refuseToOverwrite(paths.databaseDir().resolve("outlay-export.csv"), h2)).doesNotThrowAnyException();
    }
}
