package app.outlay.ui.expenses;

import app.outlay.service.category.CategoryRow;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One part of a split payment as the dialog edits it: category, amount as typed, note and tags as typed ({@code a; b}). */
public final class SplitPartModel {

    private final ObjectProperty<CategoryRow> category = new SimpleObjectProperty<>(ExpenseEditorViewModel.NO_CATEGORY);
    private final StringProperty amountText = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty tagsText = new SimpleStringProperty("");

    public ObjectProperty<CategoryRow> categoryProperty() {
        return category;
    }

    public StringProperty amountTextProperty() {
        return amountText;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty tagsTextProperty() {
        return tagsText;
    }

    /** What a list of parts watches, so its bindings follow every field of every part. */
    Observable[] fields() {
        return new Observable[] {category, amountText, note, tagsText};
    }
}
