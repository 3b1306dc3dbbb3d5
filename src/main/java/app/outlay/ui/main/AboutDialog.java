package app.outlay.ui.main;

import javafx.scene.control.Alert;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.ResourceBundle;

/**
 * Help ▸ About: the version, the database in use, the data folder (a link that opens it), the licence and the
 * third-party notices (links that open the files the build ships beside the jar, see {@link #legalFolder}). The
 * texts and the opening are {@link AboutViewModel}'s; this lays them out.
 */
final class AboutDialog {

    private AboutDialog() {
    }

    static Alert create(AboutViewModel model, ResourceBundle texts, Window owner) {
        Hyperlink folderLink = new Hyperlink(model.dataFolder().toString());
        folderLink.setId("aboutDataFolder");
        folderLink.setOnAction(event -> model.openDataFolder());

        GridPane facts = new GridPane();
        facts.setHgap(12);
        facts.setVgap(6);
        facts.addRow(0, caption(texts, "about.database"), new Label(model.databaseName()));
        facts.addRow(1, caption(texts, "about.folder"), folderLink);
        facts.addRow(2, caption(texts, "about.licence"), new HBox(8,
                new Label(texts.getString("about.licence.name")), fileLink(model, texts, "aboutLicence", "about.licence.text", model.licence())));
        facts.addRow(3, caption(texts, "about.thirdParty"), new HBox(8,
                fileLink(model, texts, "aboutNotices", "about.notices", model.notices()),
                fileLink(model, texts, "aboutSbom", "about.sbom", model.billOfMaterials())));

        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(owner);
        about.setTitle(model.title());
        about.setHeaderText(model.header());
        about.getDialogPane().setContent(new VBox(12, new Label(texts.getString("about.tagline")), facts));
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
    private static Hyperlink fileLink(AboutViewModel model, ResourceBundle texts, String id, String key, Path file) {
        Hyperlink link = new Hyperlink(texts.getString(key));
        link.setId(id);
        link.setUserData(file);
        link.setTooltip(new Tooltip(file.toString()));
        link.setOnAction(event -> model.openLegal(file));
        return link;
    }

    private static Label caption(ResourceBundle texts, String key) {
        Label label = new Label(texts.getString(key));
        label.getStyleClass().add("about-caption");
        return label;
    }
}
