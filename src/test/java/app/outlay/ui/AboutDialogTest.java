package app.outlay.ui;

import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Help ▸ About names the version, the database in use, the data folder and the licence, and links to the notices. */
class AboutDialogTest extends OutlayUiTest {

    @Test
    void aboutShowsDatabaseFolderAndLicence() {
        MenuBar menuBar = lookup("#menuBar").queryAs(MenuBar.class);
        interact(() -> menuBar.getMenus().get(menuBar.getMenus().size() - 1).getItems().get(0).fire());
        awaitWindowWith("#aboutDialog");

        Hyperlink folder = lookup("#aboutDataFolder").queryAs(Hyperlink.class);
        assertThat(folder.getText()).isEqualTo(context.paths().dataDir().toString());
        assertThat(lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Apache License 2.0", databaseText())
                .anyMatch(text -> text.startsWith("Outlay "));
        // The licence, the notices and the bill of materials: links to the files mvn package writes beside the jar.
        java.nio.file.Path legal = java.nio.file.Path.of("target", "legal").toAbsolutePath();
        assertThat(java.util.List.of("#aboutLicence", "#aboutNotices", "#aboutSbom"))
                .extracting(id -> lookup(id).queryAs(Hyperlink.class).getUserData())
                .containsExactly(legal.resolve("LICENSE"), legal.resolve("THIRD-PARTY-NOTICES.txt"), legal.resolve("outlay-sbom.json"));
        type(KeyCode.ESCAPE);
        waitUntil(() -> windowWith("#aboutDialog") == null);
    }
}
