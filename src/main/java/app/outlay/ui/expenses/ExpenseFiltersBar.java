package app.outlay.ui.expenses;

import app.outlay.domain.EntryKind;
import app.outlay.service.category.CategoryRow;
import app.outlay.service.expense.ExpenseFilter;
import app.outlay.service.tag.TagCount;
import app.outlay.ui.common.CategoryCell;
import app.outlay.ui.common.Period;
import app.outlay.ui.common.PeriodPicker;
import app.outlay.ui.common.TypeAhead;
import javafx.animation.PauseTransition;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.util.Duration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The filter half of the expense list's toolbar: search, period (with its custom dates), category, kind and tags, bound
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

    ExpenseFiltersBar(TextField searchField, ComboBox<Period> periodBox, Pane customRange,
                      ComboBox<CategoryRow> categoryBox, MenuButton kindButton, MenuButton tagsButton,
                      ExpenseFiltersViewModel model, ResourceBundle resources, Listener listener) {
        this.searchField = searchField;
        this.model = model;
        setUpSearch(listener);
        PeriodPicker.bind(periodBox, customRange, "", model.period(), List.of(Period.values()), resources);
        model.period().onChange(listener::periodChanged);
        setUpCategories(categoryBox, resources, listener);
        setUpKinds(kindButton, resources, listener);
        setUpTags(tagsButton, resources, listener);
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

    /**
     * The kind filter (money coming in): a menu of the kinds, one ticked, the button naming it. A menu button, as the tag
     * filter beside it: a combo box carries its popup's list (a ListView with its flow and scroll bars, some twenty
     * nodes) into the window's first frame, where it is styled before anything else shows.
     */
    private void setUpKinds(MenuButton kindButton, ResourceBundle resources, Listener listener) {
        ToggleGroup kinds = new ToggleGroup();
        for (EntryKind kind : Arrays.asList(null, EntryKind.EXPENSE, EntryKind.REFUND, EntryKind.INCOME)) {
            RadioMenuItem item = new RadioMenuItem(kindName(kind, resources));
            item.setUserData(kind);
            item.setToggleGroup(kinds);
            item.setOnAction(event -> model.kindProperty().set(kind));
            kindButton.getItems().add(item);
        }
        Runnable show = () -> {
            EntryKind kind = model.kindProperty().get();
            kindButton.setText(kindName(kind, resources));
            kinds.getToggles().forEach(item -> item.setSelected(item.getUserData() == kind));
        };
        show.run();
        model.kindProperty().addListener((obs, old, kind) -> {
            show.run();
            listener.listChanged();
        });
    }

    private static String kindName(EntryKind kind, ResourceBundle resources) {
        return resources.getString(kind == null ? "kind.all" : "kind.filter." + kind.key());
    }

    /**
     * The tag filter (issue 21): a menu of the ledger's tags to tick, several at once, and whether an entry needs any
     * or all of them. The button names the chosen tags; the choices are read again each time the menu opens.
     */
    private void setUpTags(MenuButton tagsButton, ResourceBundle resources, Listener listener) {
        ToggleGroup match = new ToggleGroup();
        RadioMenuItem any = new RadioMenuItem(resources.getString("tags.filter.any"));
        RadioMenuItem all = new RadioMenuItem(resources.getString("tags.filter.all"));
        any.setToggleGroup(match);
        all.setToggleGroup(match);
        Runnable showMatch = () -> (model.tagMatchProperty().get() == ExpenseFilter.TagMatch.ALL ? all : any).setSelected(true);
        showMatch.run();
        any.setOnAction(event -> model.tagMatchProperty().set(ExpenseFilter.TagMatch.ANY));
        all.setOnAction(event -> model.tagMatchProperty().set(ExpenseFilter.TagMatch.ALL));
        Runnable rebuild = () -> {
            List<MenuItem> items = new ArrayList<>(List.of(any, all, new SeparatorMenuItem()));
            for (TagCount tag : model.tagChoices()) {
                CheckMenuItem item = new CheckMenuItem(tag.name());
                item.setSelected(model.chosenTags().stream().anyMatch(t -> t.id() == tag.id()));
                item.setOnAction(event -> {
                    if (item.isSelected()) {
                        model.chooseTag(tag);
                    } else {
                        model.unchooseTag(tag);
                    }
                });
                items.add(item);
            }
            if (model.tagChoices().isEmpty()) {
                MenuItem none = new MenuItem(resources.getString("tags.filter.none"));
                none.setDisable(true);
                items.add(none);
            }
            tagsButton.getItems().setAll(items);
        };
        javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();
        Runnable label = () -> {
            List<String> names = model.chosenTags().stream().map(TagCount::name).toList();
            String text = names.isEmpty() ? resources.getString("tags.filter")
                    : java.text.MessageFormat.format(resources.getString(
                    model.tagMatchProperty().get() == ExpenseFilter.TagMatch.ALL && names.size() > 1 ? "tags.filter.chosen.all"
                            : "tags.filter.chosen.any"), String.join(", ", names));
            tagsButton.setText(text);
            // The button may cut a long list of tags short: the tooltip names them all.
            whole.setText(text);
            tagsButton.setTooltip(names.isEmpty() ? null : whole);
        };
        rebuild.run();
        label.run();
        model.tagChoices().addListener((ListChangeListener<TagCount>) change -> rebuild.run());
        model.chosenTags().addListener((ListChangeListener<TagCount>) change -> {
            label.run();
            rebuild.run();
            listener.listChanged();
        });
        model.tagMatchProperty().addListener((obs, old, now) -> {
            showMatch.run();
            label.run();
            if (model.chosenTags().size() > 1) {
                listener.listChanged();
            }
        });
        tagsButton.setOnShowing(event -> model.reloadTags());
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
