package app.outlay.ui.expenses;

import app.outlay.domain.EntryKind;
import app.outlay.service.CategoryRow;
import app.outlay.ui.common.CategoryCell;
import app.outlay.ui.common.Period;
import app.outlay.ui.common.PeriodPicker;
import app.outlay.ui.common.TypeAhead;
import javafx.animation.PauseTransition;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.util.Duration;
import javafx.util.StringConverter;

import java.util.List;
import java.util.ResourceBundle;

/**
 * The filter half of the expense list's toolbar: search, period (with its custom dates), category and kind, bound
 * to {@link ExpenseFiltersViewModel}. It says when the list should be read again; the table does the reading.
 * A new filter control is declared in ExpensesView.fxml, handed in here and bound to its property in the view model.
 */
final class ExpenseFiltersBar {

    /** What the bar asks of the screen when a filter changes. */
    interface Listener {
        /** Search, category or kind changed: read the list again from its top. */
        void listChanged();

        /** The period changed: the list and the month the budgets describe. */
        void periodChanged();

        /** Down in the search field: move into the table, on its first row. */
        void leaveDown();
    }

    private final TextField searchField;
    private final ExpenseFiltersViewModel model;
    /** Typing is debounced so a query runs once the user pauses, not on every key. */
    private final PauseTransition typing = new PauseTransition(Duration.millis(250));

    ExpenseFiltersBar(TextField searchField, ComboBox<Period> periodBox, DatePicker fromPicker, DatePicker toPicker,
                      ComboBox<CategoryRow> categoryBox, ComboBox<EntryKind> kindBox, ExpenseFiltersViewModel model,
                      ResourceBundle resources, Listener listener) {
        this.searchField = searchField;
        this.model = model;
        setUpSearch(listener);
        PeriodPicker.bind(periodBox, fromPicker, toPicker, model.period(), List.of(Period.values()), resources);
        model.period().onChange(listener::periodChanged);
        setUpCategories(categoryBox, resources, listener);
        setUpKinds(kindBox, resources, listener);
    }

    private void setUpSearch(Listener listener) {
        typing.setOnFinished(event -> listener.listChanged());
        searchField.textProperty().bindBidirectional(model.searchProperty());
        searchField.textProperty().addListener((obs, old, text) -> typing.playFromStart());
        searchField.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE && !searchField.getText().isEmpty()) {
                searchField.clear();
                event.consume();
            } else if (event.getCode() == KeyCode.DOWN) {
                listener.leaveDown();
                event.consume();
            }
        });
    }

    private void setUpCategories(ComboBox<CategoryRow> categoryBox, ResourceBundle resources, Listener listener) {
        categoryBox.setItems(withAllChoice());
        categoryBox.setCellFactory(list -> new CategoryCell(resources));
        categoryBox.setButtonCell(new CategoryCell(resources));
        TypeAhead.forCategories(categoryBox);
        categoryBox.valueProperty().bindBidirectional(model.categoryProperty());
        model.categoryProperty().addListener((obs, old, category) -> {
            // The same category again (the list of categories was read again) is no new filter.
            if (old != null && category != null && old.id() != category.id()) {
                listener.listChanged();
            }
        });
    }

    private ObservableList<CategoryRow> withAllChoice() {
        ObservableList<CategoryRow> choices = FXCollections.observableArrayList();
        Runnable rebuild = () -> {
            choices.setAll(ExpenseFiltersViewModel.ALL_CATEGORIES);
            choices.addAll(model.categories());
        };
        rebuild.run();
        model.categories().addListener((ListChangeListener<CategoryRow>) change -> rebuild.run());
        return choices;
    }

    private void setUpKinds(ComboBox<EntryKind> kindBox, ResourceBundle resources, Listener listener) {
        kindBox.getItems().setAll(null, EntryKind.EXPENSE, EntryKind.REFUND, EntryKind.INCOME);
        kindBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(EntryKind kind) {
                return resources.getString(kind == null ? "kind.all" : "kind.filter." + kind.key());
            }

            @Override
            public EntryKind fromString(String text) {
                return null;
            }
        });
        kindBox.valueProperty().bindBidirectional(model.kindProperty());
        model.kindProperty().addListener((obs, old, kind) -> listener.listChanged());
    }

    /** Ctrl+F: into the search field, its text selected so typing replaces it. */
    void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    /** A search typed but not yet run is dropped: the load that follows covers it (filters cleared, database opened). */
    void dropPendingSearch() {
        typing.stop();
    }
}
