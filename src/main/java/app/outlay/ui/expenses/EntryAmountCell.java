package app.outlay.ui.expenses;

import app.outlay.domain.EntryKind;
import app.outlay.domain.MoneyFormat;
import app.outlay.service.ExpenseRow;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;

import java.math.BigDecimal;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * An entry's amount in the list, told apart by kind three ways, so no one depends on colour alone: money coming in
 * has a plus sign, its own colour (see app.css and dark.css) and an icon (↩ a refund, ↓ income) on the left of the
 * cell; the accessible text names the kind.
 */
final class EntryAmountCell extends TableCell<ExpenseRow, BigDecimal> {

    private static final List<String> KIND_CLASSES = List.of("amount-expense", "amount-refund", "amount-income");

    private final Supplier<MoneyFormat> money;
    private final ResourceBundle resources;
    private final Label icon = new Label();

    EntryAmountCell(Supplier<MoneyFormat> money, ResourceBundle resources) {
        this.money = money;
        this.resources = resources;
        getStyleClass().add("amount-cell");
        icon.getStyleClass().add("kind-icon");
        setAlignment(Pos.CENTER_RIGHT);
        setContentDisplay(ContentDisplay.LEFT);
        setGraphicTextGap(6);
    }

    @Override
    protected void updateItem(BigDecimal amount, boolean empty) {
        super.updateItem(amount, empty);
        getStyleClass().removeAll(KIND_CLASSES);
        ExpenseRow row = getTableRow() == null ? null : getTableRow().getItem();
        if (empty || amount == null || row == null) {
            setText(null);
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        EntryKind kind = row.kind();
        String plain = money.get().plain(amount);
        getStyleClass().add("amount-" + kind.key());
        if (kind == EntryKind.EXPENSE) {
            setText(plain);
            setGraphic(null);
        } else {
            setText("+" + plain);
            icon.setText(kind == EntryKind.REFUND ? "\u21a9" : "\u2193");
            setGraphic(icon);
        }
        setAccessibleText(resources.getString("kind." + kind.key()) + " " + getText());
    }
}
