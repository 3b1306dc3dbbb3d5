package app.outlay.ui;

import app.outlay.service.ExpenseRow;
import app.outlay.settings.ThemeChoice;
import app.outlay.ui.common.Themes;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Screen;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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

        // Tests ask no desktop, so following the system falls back to light.
        choose("systemThemeItem");
        assertThat(context.settings().get("ui.theme")).contains("system");
        assertThat(stage.getScene().getStylesheets()).containsExactly(Themes.BASE_SHEET);
        interact(() -> windowWith("#amountField").hide());
    }

    @Test
    void theChosenThemeIsUsedAtTheNextStart() throws Exception {
        choose("darkThemeItem");
        restart();
        assertThat(stage.getScene().getStylesheets()).containsExactly(Themes.BASE_SHEET, Themes.DARK_SHEET);
        assertThat(themeItem("darkThemeItem").isSelected()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void windowColumnsAndScreenAreAsTheUserLeftThem() throws Exception {
        interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1000);
            stage.setHeight(640);
            TableView<ExpenseRow> table = lookup("#table").queryAs(TableView.class);
            TableColumn<ExpenseRow, ?> amount = table.getColumns().get(4);
            table.getColumns().remove(amount);
            table.getColumns().add(1, amount);
        });
        // As dragging the header's edge does: the table's resize policy decides what the column gets.
        double[] widened = new double[1];
        interact(() -> {
            TableView<ExpenseRow> table = lookup("#table").queryAs(TableView.class);
            table.resizeColumn(table.getColumns().get(2), 60);
            widened[0] = table.getColumns().get(2).getWidth();
        });
        clickOn("#reportsNav");

        restart();

        assertThat(context.settings().get("ui.columns.expenses").orElseThrow()).startsWith("date:").contains(",amount:");
        assertThat(stage.getWidth()).isEqualTo(1000);
        assertThat(stage.getHeight()).isEqualTo(640);
        assertThat(stage.getX()).isEqualTo(40);
        assertThat(stage.getY()).isEqualTo(30);
        TableView<ExpenseRow> table = lookup("#table").queryAs(TableView.class);
        assertThat(table.getColumns()).extracting(TableColumn::getId)
                .containsExactly("dateColumn", "amountColumn", "descriptionColumn", "categoryColumn", "notesColumn");
        // The saved width is asked for; the table's resize policy then fits all columns to the width it has.
        assertThat(table.getColumns().get(2).getPrefWidth()).isCloseTo(widened[0], within(1.0));
        assertThat(lookup("#reportsNav").queryAs(ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void aWindowLeftOnAMissingScreenComesBackOnThePrimaryOne() throws Exception {
        interact(() -> stage.close());
        context.close();
        context.settings().put(java.util.Map.of("ui.window.x", "9000", "ui.window.y", "-4000",
                "ui.window.width", "900", "ui.window.height", "600"));
        startContext();
        Rectangle2D visible = Screen.getPrimary().getVisualBounds();
        assertThat(visible.contains(stage.getX() + 10, stage.getY() + 10)).isTrue();
        assertThat(stage.getWidth()).isEqualTo(Math.min(900, visible.getWidth()));
    }

    private RadioMenuItem themeItem(String id) {
        return (RadioMenuItem) menuItem(id);
    }
}
