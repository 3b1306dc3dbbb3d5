package app.outlay.ui.expenses;

import app.outlay.domain.EntryKind;
import app.outlay.domain.MoneyFormat;
import app.outlay.service.expense.ExpenseRow;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;

import java.math.BigDecimal;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * An entry's amount in the list, told apart by kind three ways, so no one depends on colour alone: money coming in
 * has a plus sign, its own colour (see app.css and dark.css) and an icon (↩ a refund, ↓ income) on the left of the
 * cell; the accessible text names the kind. An entry paid in another currency shows the amount as paid in a muted
 * style beside the ledger amount ({@code 45.00 USD  41.37}; issue 22).
 */
final class EntryAmountCell extends TableCell<ExpenseRow, BigDecimal> {

    private static final List<String> KIND_CLASSES = List.of("amount-expense", "amount-refund", "amount-income");

    private final Supplier<MoneyFormat> money;
    private final ResourceBundle resources;
    private final Label icon = new Label();
    private final Label original = new Label();
    private final HBox graphic = new HBox(6);

    EntryAmountCell(Supplier<MoneyFormat> money, ResourceBundle resources) {
        this.money = money;
        this.resources = resources;
        getStyleClass().add("amount-cell");
        icon.getStyleClass().add("kind-icon");
        original.getStyleClass().add("amount-original");
        graphic.setAlignment(Pos.CENTER_RIGHT);
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
        graphic.getChildren().clear();
        if (kind == EntryKind.EXPENSE) {
            setText(plain);
        } else {
            setText("+" + plain);
            icon.setText(kind == EntryKind.REFUND ? "\u21a9" : "\u2193");
            graphic.getChildren().add(icon);
        }
        String paid = row.isForeign() ? asPaid(row) : null;
        if (paid != null) {
            original.setText(paid);
            graphic.getChildren().add(original);
        }
        setGraphic(graphic.getChildren().isEmpty() ? null : graphic);
        setAccessibleText(resources.getString("kind." + kind.key()) + " " + getText() + (paid == null ? "" : " (" + paid + ")"));
    }

    /** {@code 45.00 USD}, {@code 3,200 JPY}, {@code 3.200 KWD}: the amount as paid, in its currency's own decimals. */
    private String asPaid(ExpenseRow row) {
        var paid = row.paid();
        return money.get().with(paid.currency()).plain(paid.original()) + "\u00a0" + paid.code();
    }
}
