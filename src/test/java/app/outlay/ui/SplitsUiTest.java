package app.outlay.ui;

import app.outlay.domain.SplitPart;
import app.outlay.service.category.CategoryRow;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A split payment typed in the entry dialog (issue 21): Save waits until the parts add up, the list shows it once. */
class SplitsUiTest extends OutlayUiTest {

    @Test
    void aThreePartSplitTypedInTheDialogIsStoredPartByPartAndListedOnce() {
        push(KeyCode.CONTROL, KeyCode.N);
        awaitWindowWith("#amountField");
        clickOn("#amountField").write("100.00");
        clickOn("#descriptionField").write("Supermarket");
        clickOn("#splitToggle");
        waitUntil(() -> lookup("#splitAmount2").tryQuery().isPresent());
        choose("#splitCategory1", "Groceries");
        clickOn("#splitAmount1").write("60");
        clickOn("#splitNote1").write("food for the week");
        choose("#splitCategory2", "Shopping");
        clickOn("#splitAmount2").write("30.50");

        Button save = lookup("#saveButton").queryButton();
        assertThat(save.isDisabled()).as("the parts do not add up yet").isTrue();
        assertThat(lookup("#splitProblem").queryAs(Label.class).getText()).contains("9.50").contains("left to assign");

        clickOn("#splitAddButton");
        waitUntil(() -> lookup("#splitAmount3").tryQuery().isPresent());
        choose("#splitCategory3", "Health");
        clickOn("#splitTags3").write("tax-deductible");
        assertThat(lookup("#splitLeft").queryAs(Label.class).getText()).contains("0.00");
        waitUntil(() -> !save.isDisabled());
        clickOn(save);

        waitUntil(() -> windowWith("#amountField") == null && !context.tasks().isBusy() && rows().size() == 1);
        long id = rows().get(0).id();
        assertThat(rows().get(0).amount()).isEqualByComparingTo("100.00");
        List<SplitPart> parts = context.expenses().partsOf(id);
        assertThat(parts).extracting(SplitPart::amount, SplitPart::note, SplitPart::tags).containsExactly(
                org.assertj.core.groups.Tuple.tuple(new BigDecimal("60.00"), "food for the week", List.of()),
                org.assertj.core.groups.Tuple.tuple(new BigDecimal("30.50"), null, List.of()),
                org.assertj.core.groups.Tuple.tuple(new BigDecimal("9.50"), null, List.of("tax-deductible")));
        assertThat(parts).extracting(SplitPart::categoryId).doesNotContainNull();
        waitUntil(() -> lookup(".expense-table .table-cell").queryAllAs(javafx.scene.control.Labeled.class).stream()
                .anyMatch(cell -> "Groceries +2".equals(cell.getText())));
    }

    @Test
    void aDialogWithManyPartsStaysOnTheScreenWithItsButtonsInReach() {
        push(KeyCode.CONTROL, KeyCode.N);
        awaitWindowWith("#amountField");
        clickOn("#amountField").write("100.00");
        clickOn("#splitToggle");
        waitUntil(() -> lookup("#splitAmount2").tryQuery().isPresent());
        for (int part = 3; part <= 12; part++) {
            // Fired, not clicked: the point is where the button ends up, which a click would first have to reach.
            interact(() -> lookup("#splitAddButton").queryButton().fire());
            int shown = part;
            waitUntil(() -> lookup("#splitAmount" + shown).tryQuery().isPresent());
        }
        javafx.stage.Window dialog = windowWith("#amountField");
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        waitUntil(() -> dialog.getHeight() <= screen.getHeight() + 0.5);
        assertThat(dialog.getY() + dialog.getHeight()).as("the dialog's bottom on the screen").isLessThanOrEqualTo(screen.getMaxY() + 0.5);
        Button save = lookup("#saveButton").queryButton();
        javafx.geometry.Bounds saveOnScene = save.localToScene(save.getBoundsInLocal());
        assertThat(saveOnScene.getMaxY()).as("Save inside the dialog").isLessThanOrEqualTo(dialog.getScene().getHeight());

        // Tabbing to the last part scrolls the form to it.
        javafx.scene.Node last = lookup("#splitAmount12").query();
        interact(last::requestFocus);
        javafx.scene.control.ScrollPane form = lookup("#formScroll").queryAs(javafx.scene.control.ScrollPane.class);
        waitUntil(() -> {
            javafx.geometry.Bounds inViewport = form.lookup(".viewport") == null ? null
                    : form.lookup(".viewport").sceneToLocal(last.localToScene(last.getBoundsInLocal()));
            return inViewport != null && inViewport.getMaxY() <= form.getViewportBounds().getHeight() + 0.5 && inViewport.getMinY() >= -0.5;
        });
    }

    @SuppressWarnings("unchecked")
    private void choose(String query, String name) {
        ComboBox<CategoryRow> box = lookup(query).queryComboBox();
        interact(() -> box.getItems().stream().filter(c -> c.name().equals(name)).findFirst().ifPresent(box::setValue));
    }
}
