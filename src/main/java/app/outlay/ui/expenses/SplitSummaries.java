package app.outlay.ui.expenses;

import app.outlay.domain.MoneyFormat;
import app.outlay.domain.SplitPart;
import app.outlay.service.category.CategoryRow;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.service.expense.ExpenseService;
import app.outlay.ui.common.CategoryCell;
import app.outlay.ui.common.TaskRunner;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Split payments in the list (issue 21): the payment stays one row with its full amount; its category cell reads
 * "Groceries +2" with every part in the tooltip, and a click on it expands the row to show each part (category and
 * amount), another click folds it again. The parts of the rows on screen are read per page as it arrives, in one
 * query, like the tags' chips.
 */
final class SplitSummaries {

    /** The rows' height as the theme sets it (app.css) and what each further line of an expanded row adds. */
    private static final int ROW = 34;
    private static final int LINE = 18;

    private final ExpenseService expenses;
    private final TaskRunner tasks;
    private final ObservableList<CategoryRow> categories;
    private final ObservableValue<MoneyFormat> money;
    private final ResourceBundle resources;
    private final ObservableMap<Long, List<SplitPart>> parts = FXCollections.observableHashMap();
    private final Set<Long> expanded = new HashSet<>();

    SplitSummaries(ExpenseService expenses, TaskRunner tasks, ObservableList<CategoryRow> categories,
                   ObservableValue<MoneyFormat> money, ResourceBundle resources) {
        this.expenses = expenses;
        this.tasks = tasks;
        this.categories = categories;
        this.money = money;
        this.resources = resources;
    }

    /** Gives the category column its cells and reads the parts of each page of {@code table} as it arrives. */
    void install(TableView<ExpenseRow> table, TableColumn<ExpenseRow, ExpenseRow> categoryColumn) {
        categoryColumn.setCellFactory(column -> new Cell(table));
        table.getItems().addListener((ListChangeListener<ExpenseRow>) change -> {
            List<Long> added = new ArrayList<>();
            while (change.next()) {
                change.getAddedSubList().forEach(row -> added.add(row.id()));
            }
            load(added, table);
        });
    }

    private void load(List<Long> ids, TableView<ExpenseRow> table) {
        if (ids.isEmpty()) {
            return;
        }
        tasks.run(() -> expenses.partsOf(ids), read -> {
            boolean changed = false;
            for (Long id : ids) {
                List<SplitPart> now = read.get(id);
                List<SplitPart> was = now == null ? parts.remove(id) : parts.put(id, now);
                changed |= !java.util.Objects.equals(was, now);
            }
            // A page without split payments changes no cell: redrawing them all was another layout of the table.
            if (changed) {
                table.refresh();
            }
        }, failure -> { });
    }

    private CategoryRow category(Long id) {
        return id == null ? null : categories.stream().filter(c -> c.id() == id).findFirst().orElse(null);
    }

    private String name(SplitPart part) {
        CategoryRow category = category(part.categoryId());
        return category == null ? resources.getString("split.list.noCategory") : category.name();
    }

    /** "Groceries: €60.00" for the tooltip; in the expanded row the number alone (the column's header names the currency). */
    private String line(SplitPart part, boolean withCurrency) {
        MoneyFormat format = money.getValue();
        return MessageFormat.format(resources.getString("split.list.part"), name(part),
                withCurrency ? format.format(part.amount()) : format.plain(part.amount()));
    }

    /** The category cell: a split payment's summary or its parts, else the category as before. */
    private final class Cell extends TableCell<ExpenseRow, ExpenseRow> {
        private final TableView<ExpenseRow> table;

        Cell(TableView<ExpenseRow> table) {
            this.table = table;
            setOnMouseClicked(event -> {
                ExpenseRow row = getItem();
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 1 && row != null && parts.containsKey(row.id())) {
                    if (!expanded.remove(row.id())) {
                        expanded.add(row.id());
                    }
                    table.refresh();
                }
            });
        }

        @Override
        protected void updateItem(ExpenseRow row, boolean empty) {
            super.updateItem(row, empty);
            setTooltip(null);
            List<SplitPart> split = empty || row == null ? null : parts.get(row.id());
            if (getTableRow() != null) {
                boolean open = split != null && expanded.contains(row.id());
                getTableRow().setStyle(open ? "-fx-cell-size: " + (ROW + LINE * (split.size() - 1)) + "px;" : null);
            }
            if (split == null) {
                if (empty || row == null || row.categoryId() == null) {
                    setText(empty || row == null ? null : "\u2014");
                    setGraphic(null);
                } else {
                    setText(row.categoryName());
                    setGraphic(CategoryCell.dot(row.categoryColour(), row.categoryName(), resources));
                }
                return;
            }
            CategoryRow first = category(split.get(0).categoryId());
            setGraphic(first == null ? null : CategoryCell.dot(first.colour(), first.name(), resources));
            List<String> lines = split.stream().map(part -> line(part, true)).toList();
            if (expanded.contains(row.id())) {
                // One line per part: the row grew to hold them (see the row's cell size above).
                setText(String.join("\n", split.stream().map(part -> line(part, false)).toList()));
            } else {
                setText(MessageFormat.format(resources.getString("split.list.more"), name(split.get(0)), split.size() - 1));
            }
            setTooltip(new Tooltip(MessageFormat.format(resources.getString("split.list.tooltip"), split.size())
                    + "\n" + String.join("\n", lines)));
        }
    }
}
