package app.outlay.ui.main;

import app.outlay.AppVersion;
import app.outlay.service.ledger.OpenLedger;
import app.outlay.testing.SameThreadTasks;
import app.outlay.testing.TestDatabases;
import app.outlay.text.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Help ▸ About without a window: what it says and which files it opens. */
class AboutViewModelTest {

    private final SameThreadTasks tasks = new SameThreadTasks();
    private final List<Path> opened = new ArrayList<>();

    @TempDir
    Path folder;

    @Test
    void itNamesTheVersionTheLedgerAndTheFolder() {
        AboutViewModel none = model(null, folder);
        assertThat(none.title()).isEqualTo("About Outlay");
        assertThat(none.header()).isEqualTo("Outlay " + AppVersion.get());
        assertThat(none.databaseName()).isEqualTo("not open yet");
        assertThat(none.dataFolder()).isEqualTo(folder.resolve("data"));

        OpenLedger ledger = OpenLedger.of(TestDatabases.h2());
        assertThat(model(ledger, folder).databaseName()).isEqualTo(ledger.displayName());
    }

    @Test
    void theLegalFilesAreOpenedAndAMissingOneIsNamedInsteadOfOpened() throws Exception {
        AboutViewModel model = model(null, folder);
        assertThat(List.of(model.licence(), model.notices(), model.billOfMaterials())).containsExactly(
                folder.resolve("LICENSE"), folder.resolve("THIRD-PARTY-NOTICES.txt"), folder.resolve("outlay-sbom.json"));

        model.openLegal(model.licence());
        assertThat(opened).isEmpty();
        assertThat(tasks.failures()).containsExactly("The file could not be opened: " + folder.resolve("LICENSE")
                + " is not part of this build (mvn package writes it).");

        Files.writeString(model.notices(), "notices");
        model.openLegal(model.notices());
        model.openDataFolder();
        assertThat(opened).containsExactly(model.notices(), folder.resolve("data"));
        assertThat(tasks.failures()).hasSize(1);
    }

    private AboutViewModel model(OpenLedger ledger, Path legal) {
        return new AboutViewModel(ledger, legal.resolve("data"), legal, tasks, Texts.of(Locale.US), opened::add);
    }
}
