package app.outlay.ui.common;

import app.outlay.service.category.CategoryRow;
import javafx.scene.control.ListCell;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * A category in a list or combo box: its colour as a dot, then its name. Rows with an id of 0 or less are choices
 * such as "All categories" or "No category": their name is a key of the messages bundle.
 */
public final class CategoryCell extends ListCell<CategoryRow> {

    private final ResourceBundle texts;

    public CategoryCell(ResourceBundle texts) {
        this.texts = texts;
    }

    @Override
    protected void updateItem(CategoryRow item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        setText(item.id() > 0 ? item.name() : texts.getString(item.name()));
        setGraphic(item.id() > 0 ? dot(item.colour(), item.name(), texts) : null);
    }

    /** The small colour dot used wherever a category is named; a screen reader says whose colour it is. */
    public static Circle dot(String colour, String categoryName, ResourceBundle texts) {
        Circle circle = new Circle(5, Color.web(colour));
        circle.getStyleClass().add("category-dot");
        circle.setAccessibleText(MessageFormat.format(texts.getString("a11y.categoryColour"), categoryName));
        return circle;
    }
}
