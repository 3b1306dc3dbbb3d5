package app.outlay.ui.main;

import app.outlay.AppVersion;
import app.outlay.service.ledger.OpenLedger;
import app.outlay.text.Texts;
import app.outlay.ui.common.TaskRunner;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The state of Help ▸ About: what it says (version, database in use, data folder) and the files it opens (licence,
 * notices, bill of materials), each opened in the background. {@link AboutDialog} lays it out.
 */
final class AboutViewModel {

    /** Opens a file or folder with the desktop's viewer (FolderOpener in the window). */
    interface Opener {
        void open(Path path) throws IOException;
    }

    private final OpenLedger ledger;
    private final Path dataFolder;
    private final Path legalFolder;
    private final TaskRunner tasks;
    private final Texts texts;
    private final Opener opener;

    /** @param ledger the ledger in use, or null while none is open */
    AboutViewModel(OpenLedger ledger, Path dataFolder, Path legalFolder, TaskRunner tasks, Texts texts, Opener opener) {
        this.ledger = ledger;
        this.dataFolder = dataFolder;
        this.legalFolder = legalFolder;
        this.tasks = tasks;
        this.texts = texts;
        this.opener = opener;
    }

    String title() {
        return texts.get("menu.help.about").replace("_", "");
    }

    String header() {
        return texts.format("about.header", AppVersion.get());
    }

    String databaseName() {
        return ledger == null ? texts.get("about.database.none") : ledger.displayName();
    }

    Path dataFolder() {
        return dataFolder;
    }

    Path licence() {
        return legalFolder.resolve("LICENSE");
    }

    Path notices() {
        return legalFolder.resolve("THIRD-PARTY-NOTICES.txt");
    }

    Path billOfMaterials() {
        return legalFolder.resolve("outlay-sbom.json");
    }

    void openDataFolder() {
        tasks.run(texts.get("about.folder.failed"), () -> {
            opener.open(dataFolder);
            return null;
        }, ignored -> { });
    }

    /** Opens one of the legal files; one a build from the sources lacks is named in the error, not opened. */
    void openLegal(Path file) {
        tasks.run(texts.get("about.legal.failed"), () -> {
            if (!Files.isRegularFile(file)) {
                throw new FileNotFoundException(texts.format("about.legal.missing", file));
            }
            opener.open(file);
            return null;
        }, ignored -> { });
    }
}
