package app.outlay.ui;

import app.outlay.service.category.CategorySummary;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The colour button says what it is; the filters keep their text when narrow; the description takes a wide window's room. */
class LayoutEdgesTest extends OutlayUiTest {

    @Test
    void theColourButtonIsLabelledAndShowsTheCategorysColour() {
        clickOn("#categoriesNav");
        @SuppressWarnings("unchecked")
        TableView<CategorySummary> table = lookup(".categories-view .expense-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 13);
        ColorPicker picker = lookup("#colourPicker").queryAs(ColorPicker.class);
        Label caption = lookup("#colourLabel").queryAs(Label.class);
        assertThat(caption.getText()).isEqualTo("Colour:");
        assertThat(caption.getLabelFor()).isSameAs(picker);
        assertThat(caption.isVisible()).isTrue();
        assertThat(picker.getTooltip()).isNotNull();
        assertThat(picker.getTooltip().getText()).contains("colour of the selected category");

        interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(c -> c.name().equals("Groceries")).findFirst().orElseThrow()));
        assertThat(picker.getValue()).isEqualTo(Color.web("#59a14f"));
    }

    @Test
    void atTheSmallestWidthTheFilterBoxesKeepRoomForTheirText() {
        interact(() -> stage.setWidth(stage.getMinWidth()));
        waitUntil(() -> stage.getWidth() <= 770);
        for (String id : List.of("#periodBox", "#categoryBox")) {
            Node box = lookup(id).query();
            Bounds onScene = box.localToScene(box.getBoundsInLocal());
            assertThat(onScene.getWidth()).as("%s width", id).isGreaterThanOrEqualTo(100);
            assertThat(onScene.getMaxX()).as("%s right edge", id).isLessThanOrEqualTo(stage.getScene().getWidth());
        }
    }

    @Test
    void inAWideWindowTheDescriptionTakesTheExtraWidth() {
        // As wide as the headless screen allows (wider, its software renderer overflows).
        double wide = javafx.stage.Screen.getPrimary().getVisualBounds().getWidth();
        interact(() -> {
            stage.setX(0);
            stage.setWidth(wide);
        });
        waitUntil(() -> stage.getWidth() >= wide - 1);
        @SuppressWarnings("unchecked")
        TableView<Object> table = lookup("#table").queryAs(TableView.class);
        TableColumn<Object, ?> description = column(table, "descriptionColumn");
        double sum = table.getColumns().stream().mapToDouble(TableColumn::getWidth).sum();
        assertThat(sum).as("columns fill the table").isGreaterThan(table.getWidth() - 30);
        for (TableColumn<Object, ?> other : table.getColumns()) {
            if (other != description) {
                assertThat(description.getWidth()).as("description against %s", other.getId()).isGreaterThan(other.getWidth());
            }
        }
    }

    private static TableColumn<Object, ?> column(TableView<Object> table, String id) {
        return table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }
}
