package app.outlay.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The window built for Locale.GERMANY speaks German: menus, screens, columns and the status bar. */
class GermanUiTest extends OutlayUiTest {

    @Override
    protected Locale locale() {
        return Locale.GERMANY;
    }

    @Test
    void menusScreensAndStatusAreGerman() {
        MenuBar menuBar = lookup("#menuBar").queryAs(MenuBar.class);
        assertThat(menuBar.getMenus()).extracting(Menu::getText)
                .containsExactly("_Datei", "_Bearbeiten", "_Ansicht", "_Hilfe");
        assertThat(lookup("#expensesNav").queryAs(ToggleButton.class).getText()).isEqualTo("Ausgaben");
        assertThat(lookup("#reportsNav").queryAs(ToggleButton.class).getText()).isEqualTo("Berichte");
        assertThat(lookup("#table").queryAs(TableView.class).getColumns()).extracting(column -> ((TableColumn<?, ?>) column).getText())
                .contains("Datum", "Beschreibung", "Kategorie", "Betrag (\u20ac)");
        assertThat(lookup("#addButton").queryAs(Button.class).getText()).isEqualTo("Ausgabe hinzufügen");
        assertThat(statusText()).isEqualTo("0 Ausgaben im Haushaltsbuch");
        assertThat(lookup(".shown-label").queryAs(Label.class).getText()).isEqualTo("0 Ausgaben");
        assertThat(lookup(".total-caption").queryAs(Label.class).getText()).isEqualTo("Ausgegeben");
    }
}
