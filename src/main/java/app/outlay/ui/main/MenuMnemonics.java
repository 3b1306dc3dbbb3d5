package app.outlay.ui.main;

import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Alt+E opens Edit even when Alt is let go of first. JavaFX consumes the letter's key press when it fires the
 * mnemonic, so the menu bar only sees Alt go down and up, takes it for Alt pressed alone, and moves to File, closing
 * the menu just opened. Releasing Alt while a menu of the bar is open is therefore kept from the menu bar.
 */
final class MenuMnemonics {

    private MenuMnemonics() {
    }

    static void keepMenusOpenedByMnemonics(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_RELEASED, event -> {
            if (event.getCode() == KeyCode.ALT && scene.getRoot().lookup("#menuBar") instanceof MenuBar bar
                    && bar.getMenus().stream().anyMatch(Menu::isShowing)) {
                event.consume();
            }
        });
    }
}
