package app.outlay.ui.receipts;

import app.outlay.service.expense.ExpenseRow;
import app.outlay.ui.common.ColumnTitles;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

import java.io.File;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.BiConsumer;

/**
 * What receipts and tags add to the expense list: a column with a paperclip for expenses that have receipts and
 * their tags as chips, and files dropped onto a row attached to that row's expense.
 */
public final class ListDecorations {

    private ListDecorations() {
    }

    /**
     * Adds the column after {@code after} and keeps its cells current as pages arrive and whenever {@code reloadWhen}
     * changes (the ledger opened or was switched); {@code attach} gets the files dropped on a row and the row's expense.
     */
    public static TableColumn<ExpenseRow, ExpenseRow> install(TableView<ExpenseRow> table, TableColumn<ExpenseRow, ?> after,
                                                              RowExtrasModel extras, ResourceBundle resources,
                                                              javafx.beans.value.ObservableValue<?> reloadWhen,
                                                              BiConsumer<ExpenseRow, List<File>> attach) {
        TableColumn<ExpenseRow, ExpenseRow> column = new TableColumn<>(resources.getString("column.tags"));
        column.setId("tagsColumn");
        column.setSortable(false);
        // Chips are a glance, the description is what people read: it keeps the room a wide window gives.
        column.setPrefWidth(120);
        column.setMinWidth(90); // room for one short chip ("reise", "haushalt") and its "+1"
        column.setMaxWidth(260);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ExpenseRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(null);
                if (empty || row == null) {
                    setGraphic(null);
                    setAccessibleText(null);
                    return;
                }
                RowExtrasModel.Extras shown = extras.of(row.id());
                if (shown.equals(RowExtrasModel.Extras.NONE)) { // most rows: no nodes to style and lay out
                    setGraphic(null);
                    setAccessibleText(null);
                    return;
                }
                TagChipsRow chips = new TagChipsRow(shown.hasReceipts() ? paperclip() : null, shown.tags());
                // A cell gives its graphic the width the graphic asks for: bounded here by the column's room.
                chips.maxWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                        () -> Math.max(0, getWidth() - snappedLeftInset() - snappedRightInset()), widthProperty(), paddingProperty()));
                setGraphic(chips);
                setAccessibleText((shown.hasReceipts() ? resources.getString("column.tags.hasReceipts") + " " : "")
                        + String.join(", ", shown.tags()));
            }
        });
        ColumnTitles.keepWhole(table, column); // and for its title ("Schlagwörter")
        int index = table.getColumns().indexOf(after);
        table.getColumns().add(index < 0 ? table.getColumns().size() : index + 1, column);
        table.getItems().addListener((ListChangeListener<ExpenseRow>) change -> {
            java.util.List<Long> added = new java.util.ArrayList<>();
            while (change.next()) {
                change.getAddedSubList().forEach(row -> added.add(row.id()));
            }
            extras.load(added);
        });
        extras.loadsProperty().addListener((obs, old, now) -> table.refresh());
        // The first page can be on screen before the ledger is fully open (read ahead at start-up): read them again then.
        reloadWhen.addListener((obs, old, now) -> extras.load(table.getItems().stream().map(ExpenseRow::id).toList()));
        acceptDrops(table, attach);
        return column;
    }

    /** A paperclip drawn as a path (Material Design's "attach file" icon, Apache License 2.0): no font needed. */
    static Node paperclip() {
        javafx.scene.shape.SVGPath clip = new javafx.scene.shape.SVGPath();
        clip.setContent("M16.5 6v11.5c0 2.21-1.79 4-4 4s-4-1.79-4-4V5c0-1.38 1.12-2.5 2.5-2.5s2.5 1.12 2.5 2.5v10.5"
                + "c0 .55-.45 1-1 1s-1-.45-1-1V6H10v9.5c0 1.38 1.12 2.5 2.5 2.5s2.5-1.12 2.5-2.5V5c0-2.21-1.79-4-4-4S7 2.79 7 5v12.5"
                + "c0 3.04 2.46 5.5 5.5 5.5s5.5-2.46 5.5-5.5V6h-1.5z");
        clip.getStyleClass().add("paperclip");
        clip.setScaleX(0.7);
        clip.setScaleY(0.7);
        return new javafx.scene.Group(clip);
    }

    private static void acceptDrops(TableView<ExpenseRow> table, BiConsumer<ExpenseRow, List<File>> attach) {
        table.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (event.getDragboard().hasFiles() && rowUnder(event) != null) {
                event.acceptTransferModes(TransferMode.COPY);
                event.consume();
            }
        });
        table.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            ExpenseRow row = rowUnder(event);
            if (row != null && event.getDragboard().hasFiles()) {
                attach.accept(row, event.getDragboard().getFiles());
                event.setDropCompleted(true);
                event.consume();
            }
        });
    }

    private static ExpenseRow rowUnder(DragEvent event) {
        for (Node node = event.getPickResult().getIntersectedNode(); node != null; node = node.getParent()) {
            if (node instanceof TableRow<?> row && row.getItem() instanceof ExpenseRow expense) {
                return expense;
            }
        }
        return null;
    }
}
