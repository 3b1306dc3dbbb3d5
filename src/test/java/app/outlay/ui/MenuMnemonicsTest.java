package app.outlay.ui;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Alt and a menu's underlined letter open that menu, and no other. */
class MenuMnemonicsTest extends OutlayUiTest {

    @Test
    void altAndALetterOpenTheirOwnMenu() {
        for (KeyCode letter : List.of(KeyCode.E, KeyCode.V, KeyCode.H, KeyCode.F)) {
            press(KeyCode.ALT, letter).release(letter, KeyCode.ALT);
            waitUntil(() -> showingMenu().isPresent());
            assertThat(showingMenu().orElseThrow().getText()).as("Alt+%s", letter).startsWith("_" + letter.getChar());
            type(KeyCode.ESCAPE);
            waitUntil(() -> showingMenu().isEmpty());
            type(KeyCode.ESCAPE);
            // Quick fingers (and xdotool) let go of Alt first: the menu Alt+letter opened must stay open, not give
            // way to the menu bar's "Alt alone" mode, which highlights File.
            press(KeyCode.ALT, letter).release(KeyCode.ALT, letter);
            waitUntil(() -> showingMenu().isPresent());
            assertThat(showingMenu().orElseThrow().getText()).as("Alt+%s", letter).startsWith("_" + letter.getChar());
            type(KeyCode.ESCAPE);
            waitUntil(() -> showingMenu().isEmpty());
            type(KeyCode.ESCAPE);
        }
    }

    @Test
    void theMenusHaveDistinctMnemonicsInEveryLanguage() {
        for (String bundle : List.of("", "_de")) {
            java.util.ResourceBundle texts = java.util.ResourceBundle.getBundle("app.outlay.ui.i18n.messages",
                    bundle.isEmpty() ? java.util.Locale.ROOT : java.util.Locale.GERMAN);
            List<Character> letters = List.of("menu.file", "menu.edit", "menu.view", "menu.help").stream()
                    .map(texts::getString).map(text -> Character.toLowerCase(text.charAt(text.indexOf('_') + 1))).toList();
            assertThat(letters).as("menus of %s", bundle).doesNotHaveDuplicates();
        }
    }

    private Optional<Menu> showingMenu() {
        MenuBar bar = lookup("#menuBar").queryAs(MenuBar.class);
        return bar.getMenus().stream().filter(Menu::isShowing).findFirst();
    }
}
