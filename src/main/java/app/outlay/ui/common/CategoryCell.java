package app.outlay.ui.common;

import app.outlay.service.CategoryRow;
import javafx.scene.control.ListCell;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/** A category in a list or combo box: its colour as a dot, then its name. */
public final class CategoryCell extends ListCell<CategoryRow> {

    @Override
    protected void updateItem(CategoryRow item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        setText(item.name());
        setGraphic(item.id() > 0 ? dot(item.colour()) : null);
    }

    /** The small colour dot used wherever a category is named. */
    public static Circle dot(String colour) {
        Circle circle = new Circle(5, Color.web(colour));
        circle.getStyleClass().add("category-dot");
        return circle;
    }
}
