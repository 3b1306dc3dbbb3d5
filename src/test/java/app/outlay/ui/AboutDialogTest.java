package app.outlay.ui;

import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Help ▸ About names the version, the database in use, the data folder and the licence. */
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
        type(KeyCode.ESCAPE);
        waitUntil(() -> windowWith("#aboutDialog") == null);
    }
}
