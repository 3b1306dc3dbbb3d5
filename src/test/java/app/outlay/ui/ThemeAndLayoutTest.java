package app.outlay.ui;

import app.outlay.settings.ThemeChoice;
import app.outlay.ui.common.Themes;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Theme switching at run time, and the window layout that survives a restart. */
class ThemeAndLayoutTest extends OutlayUiTest {

    @Test
    void darkThemeRestylesTheOpenWindowAndLaterDialogsAndIsRemembered() throws Exception {
        assertThat(stage.getScene().getStylesheets()).containsExactly(Themes.BASE_SHEET);

        choose("darkThemeItem");

        assertThat(stage.getScene().getStylesheets()).containsExactly(Themes.BASE_SHEET, Themes.DARK_SHEET);
        assertThat(context.settings().theme()).isEqualTo(ThemeChoice.DARK);
        assertThat(context.settings().get("ui.theme")).contains("dark");

        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> windowWith("#amountField") != null);
        Scene editor = windowWith("#amountField").getScene();
        assertThat(editor.getStylesheets()).containsExactly(Themes.BASE_SHEET, Themes.DARK_SHEET);

        // Switching back reaches the dialog that is still open, too.
        choose("lightThemeItem");
        assertThat(editor.getStylesheets()).containsExactly(Themes.BASE_SHEET);
        assertThat(stage.getScene().getStylesheets()).containsExactly(Themes.BASE_SHEET);
        assertThat(context.settings().theme()).isEqualTo(ThemeChoice.LIGHT);
        interact(() -> windowWith("#amountField").hide());
    }

    @Test
    void theChosenThemeIsUsedAtTheNextStart() throws Exception {
        choose("darkThemeItem");
        restart();
        assertThat(stage.getScene().getStylesheets()).containsExactly(Themes.BASE_SHEET, Themes.DARK_SHEET);
        assertThat(themeItem("darkThemeItem").isSelected()).isTrue();
    }

    /** Closes the window and the context as quitting does, then starts again on the same data folder. */
    protected void restart() throws Exception {
        interact(() -> stage.close());
        context.close();
        startContext();
    }

    /** What clicking a radio item does: select it, then fire it. */
    private void choose(String id) {
        RadioMenuItem item = themeItem(id);
        interact(() -> {
            item.setSelected(true);
            item.fire();
        });
    }

    private RadioMenuItem themeItem(String id) {
        MenuBar menuBar = lookup("#menuBar").queryAs(MenuBar.class);
        return (RadioMenuItem) menuBar.getMenus().stream().flatMap(ThemeAndLayoutTest::items)
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    private static Stream<MenuItem> items(MenuItem item) {
        return item instanceof Menu menu ? Stream.concat(Stream.of(item), menu.getItems().stream().flatMap(ThemeAndLayoutTest::items))
                : Stream.of(item);
    }

}
