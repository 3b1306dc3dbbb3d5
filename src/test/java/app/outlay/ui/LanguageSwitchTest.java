package app.outlay.ui;

import app.outlay.data.Database;
import app.outlay.domain.ExpenseDetails;
import app.outlay.settings.LanguageChoice;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * View ▸ Language while the app runs: the open window is built again in the chosen language, on the same database and
 * screen, with amounts and dates written that language's way; the choice is used at the next start.
 */
class LanguageSwitchTest extends OutlayUiTest {

    private static final LocalDate MARCH_3 = LocalDate.of(2026, 3, 3);

    @Test
    void switchingToGermanAndBackRebuildsTheWindowInThatLanguage() throws Exception {
        context.expenses().add(new ExpenseDetails(MARCH_3, "Rent", new BigDecimal("1234.50"), null, null));
        interact(context::ledgerChanged);
        waitUntil(() -> !context.tasks().isBusy() && rows().size() == 1);
        assertThat(menus()).containsExactly("_File", "_Edit", "_View", "_Help");
        assertThat(cellTexts()).contains("Mar 3, 2026", "1,234.50");
        Database database = context.database().current().orElseThrow();
        TableView<?> englishTable = lookup("#table").queryAs(TableView.class);
        clickOn("#categoriesNav");

        choose("germanItem");
        waitUntil(() -> !context.tasks().isBusy() && rows().size() == 1);

        assertThat(menus()).containsExactly("_Datei", "_Bearbeiten", "_Ansicht", "_Hilfe");
        assertThat(lookup("#expensesNav").queryAs(ToggleButton.class).getText()).isEqualTo("Ausgaben");
        assertThat(lookup("#categoriesNav").queryAs(ToggleButton.class).isSelected()).as("the same screen").isTrue();
        assertThat(lookup("#addCategoryButton").queryAs(Button.class).getText()).isEqualTo("Kategorie hinzufügen");
        assertThat(((RadioMenuItem) menuItem("germanItem")).isSelected()).isTrue();
        assertThat(context.database().current()).as("the same database, still open").containsSame(database);
        assertThat(context.settings().get("ui.language")).contains("de");

        clickOn("#expensesNav");
        assertThat(cellTexts()).contains("03.03.2026", "1.234,50");
        // The ledger's currency (US dollars here), written the German way.
        assertThat(totalText()).isEqualTo("1.234,50\u00a0$");
        assertThat(statusText()).isEqualTo("1 Ausgabe im Haushaltsbuch");
        assertThat(columnTitles()).contains("Datum", "Beschreibung", "Betrag ($)");
        assertThat(lookup("#addButton").queryAs(Button.class).getText()).isEqualTo("Ausgabe hinzufügen");
        assertThat(stage.getTitle()).startsWith("Outlay \u2014 H2");

        // The rebuilt views still follow the ledger; the ones they replaced no longer react.
        context.expenses().add(new ExpenseDetails(MARCH_3, "Strom", new BigDecimal("80.00"), null, null));
        interact(context::ledgerChanged);
        waitUntil(() -> !context.tasks().isBusy() && rows().size() == 2);
        assertThat(statusText()).isEqualTo("2 Ausgaben im Haushaltsbuch");
        assertThat(englishTable.getItems()).as("the replaced view stopped reloading").hasSize(1);

        choose("englishItem");
        waitUntil(() -> !context.tasks().isBusy() && rows().size() == 2);
        assertThat(menus()).containsExactly("_File", "_Edit", "_View", "_Help");
        assertThat(cellTexts()).contains("1,234.50");
        assertThat(statusText()).isEqualTo("2 expenses in the ledger");
        assertThat(context.settings().get("ui.language")).contains("en");
    }

    @Test
    void theChosenLanguageIsUsedAtTheNextStart() throws Exception {
        choose("germanItem");
        waitUntil(() -> menus().get(0).equals("_Datei"));

        restart();

        assertThat(context.languages().choiceProperty().get()).isEqualTo(LanguageChoice.GERMAN);
        assertThat(menus()).containsExactly("_Datei", "_Bearbeiten", "_Ansicht", "_Hilfe");
        assertThat(statusText()).isEqualTo("0 Ausgaben im Haushaltsbuch");
        assertThat(((RadioMenuItem) menuItem("germanItem")).isSelected()).isTrue();

        // Following the system again: the system of this test speaks English.
        choose("systemLanguageItem");
        waitUntil(() -> menus().get(0).equals("_File"));
        assertThat(context.settings().get("ui.language")).contains("system");
    }

    private List<String> menus() {
        return lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream().map(Menu::getText).toList();
    }

    private List<String> columnTitles() {
        return lookup("#table").queryAs(TableView.class).getColumns().stream()
                .map(column -> ((TableColumn<?, ?>) column).getText()).toList();
    }

    /** What the expense table's cells show. */
    private List<String> cellTexts() {
        return lookup(".expenses-view .table-cell").queryAll().stream().map(node -> ((TableCell<?, ?>) node).getText())
                .filter(Objects::nonNull).toList();
    }
}
