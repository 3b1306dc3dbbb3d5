package app.outlay.ui.main;

import app.outlay.AppVersion;
import app.outlay.service.OpenLedger;
import app.outlay.ui.common.FolderOpener;
import app.outlay.ui.common.TaskRunner;
import javafx.scene.control.Alert;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * Help ▸ About: the version, the database in use, the data folder (a link that opens it), the licence and the
 * third-party notices (links that open the files the build ships beside the jar, see {@link #legalFolder}).
 */
final class AboutDialog {

    private AboutDialog() {
    }

    /** @param database the ledger in use, or null while none is open */
    static Alert create(ResourceBundle texts, OpenLedger database, Path dataFolder, TaskRunner tasks, Window owner) {

        Hyperlink folderLink = new Hyperlink(dataFolder.toString());
        folderLink.setId("aboutDataFolder");
        folderLink.setOnAction(event -> tasks.run(texts.getString("about.folder.failed"), () -> {
            FolderOpener.open(dataFolder);
            return null;
        }, ignored -> { }));

        GridPane facts = new GridPane();
        facts.setHgap(12);
        facts.setVgap(6);
        facts.addRow(0, caption(texts, "about.database"),
                new Label(database == null ? texts.getString("about.database.none") : database.displayName()));
        facts.addRow(1, caption(texts, "about.folder"), folderLink);
        Path legal = legalFolder(AboutDialog.class);
        facts.addRow(2, caption(texts, "about.licence"), new javafx.scene.layout.HBox(8,
                new Label(texts.getString("about.licence.name")), fileLink(texts, tasks, "aboutLicence", "about.licence.text", legal.resolve("LICENSE"))));
        facts.addRow(3, caption(texts, "about.thirdParty"), new javafx.scene.layout.HBox(8,
                fileLink(texts, tasks, "aboutNotices", "about.notices", legal.resolve("THIRD-PARTY-NOTICES.txt")),
                fileLink(texts, tasks, "aboutSbom", "about.sbom", legal.resolve("outlay-sbom.json"))));

        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(owner);
        about.setTitle(texts.getString("menu.help.about").replace("_", ""));
        about.setHeaderText(MessageFormat.format(texts.getString("about.header"), AppVersion.get()));
        about.getDialogPane().setContent(new javafx.scene.layout.VBox(12, new Label(texts.getString("about.tagline")), facts));
        about.getDialogPane().setId("aboutDialog");
        about.getDialogPane().getStyleClass().add("outlay-alert");
        return about;
    }

    /**
     * The folder {@code mvn package} writes the licence, notices and bill of materials to, beside the jar:
     * {@code target/legal} beside {@code target/outlay.jar} (or {@code target/classes} when run from the build), and
     * {@code lib/app/legal} in the installed app, where the installer copies it.
     */
    static Path legalFolder(Class<?> anyAppClass) {
        try {
            Path codeSource = Path.of(anyAppClass.getProtectionDomain().getCodeSource().getLocation().toURI());
            return codeSource.toAbsolutePath().getParent().resolve("legal");
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return Path.of("legal").toAbsolutePath();
        }
    }

    /** A link that opens {@code file} with the desktop's viewer; the file's path is its user data. */
    private static Hyperlink fileLink(ResourceBundle texts, TaskRunner tasks, String id, String key, Path file) {
        Hyperlink link = new Hyperlink(texts.getString(key));
        link.setId(id);
        link.setUserData(file);
        link.setTooltip(new javafx.scene.control.Tooltip(file.toString()));
        link.setOnAction(event -> tasks.run(texts.getString("about.legal.failed"), () -> {
            if (!java.nio.file.Files.isRegularFile(file)) {
                throw new java.io.FileNotFoundException(MessageFormat.format(texts.getString("about.legal.missing"), file));
            }
            FolderOpener.open(file);
            return null;
        }, ignored -> { }));
        return link;
    }

    private static Label caption(ResourceBundle texts, String key) {
        Label label = new Label(texts.getString(key));
        label.getStyleClass().add("about-caption");
        return label;
    }
}
