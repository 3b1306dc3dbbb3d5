package app.outlay.ui.main;

import app.outlay.AppContext;
import app.outlay.AppVersion;
import app.outlay.data.Database;
import app.outlay.ui.common.FolderOpener;
import javafx.scene.control.Alert;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Help ▸ About: the version, the database in use, the data folder (a link that opens it) and the licence. */
final class AboutDialog {

    private AboutDialog() {
    }

    static Alert create(AppContext context, Window owner) {
        ResourceBundle texts = context.views().messages();
        Database database = context.activeDatabaseProperty().get();
        Path dataFolder = context.paths().dataDir();

        Hyperlink folderLink = new Hyperlink(dataFolder.toString());
        folderLink.setId("aboutDataFolder");
        folderLink.setOnAction(event -> context.tasks().run(texts.getString("about.folder.failed"), () -> {
            FolderOpener.open(dataFolder);
            return null;
        }, ignored -> { }));

        GridPane facts = new GridPane();
        facts.setHgap(12);
        facts.setVgap(6);
        facts.addRow(0, caption(texts, "about.database"),
                new Label(database == null ? texts.getString("about.database.none") : database.displayName()));
        facts.addRow(1, caption(texts, "about.folder"), folderLink);
        facts.addRow(2, caption(texts, "about.licence"), new Label(texts.getString("about.licence.name")));

        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(owner);
        about.setTitle(texts.getString("menu.help.about").replace("_", ""));
        about.setHeaderText(MessageFormat.format(texts.getString("about.header"), AppVersion.get()));
        about.getDialogPane().setContent(new javafx.scene.layout.VBox(12, new Label(texts.getString("about.tagline")), facts));
        about.getDialogPane().setId("aboutDialog");
        about.getDialogPane().getStyleClass().add("outlay-alert");
        return about;
    }

    private static Label caption(ResourceBundle texts, String key) {
        Label label = new Label(texts.getString(key));
        label.getStyleClass().add("about-caption");
        return label;
    }
}
