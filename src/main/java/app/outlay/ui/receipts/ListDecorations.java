package app.outlay.ui.receipts;

import app.outlay.service.expense.ExpenseRow;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
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
 * What receipts and tags add to the expense list: after each description, a paperclip for an expense that has
 * receipts and its tags as chips; and files dropped onto a row attached to that row's expense.
 * <p>
 * In the description's cell rather than a column of their own: a column costs a cell in every row, also in the many
 * rows with neither tags nor receipts (about a tenth of the first page's nodes, styled and laid out before the
 * ledger's first page shows), and its 90-120 px left the notes' title "N..." beside the budgets at the default
 * width.
 */
public final class ListDecorations {

    /** The chips take at most this share of the description's cell: the description is what people read. */
    private static final double CHIPS_AT_MOST = 0.5;

    private ListDecorations() {
    }

    /**
     * Decorates the cells of {@code description} and keeps them current as pages arrive and whenever {@code reloadWhen}
     * changes (the ledger opened or was switched); {@code attach} gets the files dropped on a row and the row's expense.
     */
    public static void install(TableView<ExpenseRow> table, TableColumn<ExpenseRow, String> description,
                               RowExtrasModel extras, ResourceBundle resources,
                               javafx.beans.value.ObservableValue<?> reloadWhen,
                               BiConsumer<ExpenseRow, List<File>> attach) {
        description.setCellFactory(c -> new DescriptionCell(extras, resources));
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
    }

    /** The description, then the paperclip and chips of its expense, if it has any. */
    private static final class DescriptionCell extends TableCell<ExpenseRow, String> {

        private final RowExtrasModel extras;
        private final ResourceBundle resources;

        DescriptionCell(RowExtrasModel extras, ResourceBundle resources) {
            this.extras = extras;
            this.resources = resources;
            setContentDisplay(ContentDisplay.RIGHT);
        }

        @Override
        protected void updateItem(String description, boolean empty) {
            super.updateItem(description, empty);
            setText(empty ? null : description);
            ExpenseRow row = empty ? null : rowShown();
            RowExtrasModel.Extras shown = row == null ? RowExtrasModel.Extras.NONE : extras.of(row.id());
            if (shown.equals(RowExtrasModel.Extras.NONE)) { // most rows: no nodes to style and lay out
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            TagChipsRow chips = new TagChipsRow(shown.hasReceipts() ? paperclip() : null, shown.tags());
            // A cell gives its graphic the width the graphic asks for: bounded here by a share of the cell's room.
            chips.maxWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> Math.max(0, Math.floor((getWidth() - snappedLeftInset() - snappedRightInset()) * CHIPS_AT_MOST)),
                    widthProperty(), paddingProperty()));
            setGraphic(chips);
            setAccessibleText((description == null ? "" : description + ". ")
                    + (shown.hasReceipts() ? resources.getString("column.tags.hasReceipts") + " " : "")
                    + String.join(", ", shown.tags()));
        }

        private ExpenseRow rowShown() {
            int index = getIndex();
            List<ExpenseRow> items = getTableView() == null ? List.of() : getTableView().getItems();
            return index >= 0 && index < items.size() ? items.get(index) : null;
        }
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
