package app.outlay.ui.common;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;

/**
 * Column widths from their titles as drawn: a fixed minimum fits one language and one font only (the German
 * "Schlagwörter" read "Schlagwö…" on Linux at a minimum that fitted it headless).
 */
public final class ColumnTitles {

    private ColumnTitles() {
    }

    /** From the first layout on, {@code column}'s minimum width is at least its title's width (never below its own). */
    public static void keepWhole(TableView<?> table, TableColumn<?, ?> column) {
        double ownMinimum = column.getMinWidth();
        Runnable measure = () -> column.setMinWidth(Math.max(ownMinimum, titleWidth(table, column)));
        // The title's font is known once styled: measured after each layout that changed the table's width.
        table.widthProperty().addListener((obs, old, width) -> Platform.runLater(measure));
        column.textProperty().addListener((obs, old, text) -> Platform.runLater(measure));
    }

    /** The width {@code column} needs to show its title whole, or 0 before the table has drawn its headers. */
    public static double titleWidth(TableView<?> table, TableColumn<?, ?> column) {
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.getTableColumn() == column
                    && header.lookup(".label") instanceof Label title) {
                return Math.ceil(title.prefWidth(-1) + header.snappedLeftInset() + header.snappedRightInset() + 2);
            }
        }
        return 0;
    }
}
