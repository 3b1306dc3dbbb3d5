package app.outlay.ui.expenses;

import app.outlay.domain.EntryKind;
import app.outlay.domain.MoneyFormat;
import app.outlay.service.expense.ExpenseRow;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

import java.math.BigDecimal;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;

/**
 * An entry's amount in the list, told apart by kind three ways, so no one depends on colour alone: money coming in
 * has a plus sign, its own colour (see app.css and dark.css) and an icon (↩ a refund, ↓ income) on the left of the
 * cell; the accessible text names the kind. An entry paid in another currency shows the amount as paid in a muted
 * style beside the ledger amount ({@code 45.00 USD  41.37}; issue 22).
 * <p>
 * A figure is never cut in the middle of its digits: "99.999.999.9…" reads as ninety-nine million (tester2 D4). A
 * cell too narrow for its figure says so to the column ({@link AmountWidths}, which widens it where the window has
 * room) and meanwhile shows it abbreviated, {@code ≈ 100.000 Bio.}, with the whole figure in its tooltip.
 */
final class EntryAmountCell extends TableCell<ExpenseRow, BigDecimal> {

    private static final List<String> KIND_CLASSES = List.of("amount-expense", "amount-refund", "amount-income");
    /** What app.css puts around a cell's text (10 px each side) and beside the icon, as a first estimate. */
    private static final double PADDING = 20;
    private static final double GAP = 6;
    /** The amount as paid is drawn at 0.92em (app.css). */
    private static final double PAID_SCALE = 0.92;

    private final Supplier<MoneyFormat> money;
    private final ResourceBundle resources;
    private final DoubleConsumer tooNarrow;
    private final Label icon = new Label();
    private final Label original = new Label();
    private final HBox graphic = new HBox(GAP);
    /** The whole figure, for a cell that shows it abbreviated; made then (a tooltip per cell cost the first page). */
    private Tooltip whole;
    /** The figure as the column shows it whole ({@code +1,234.50}), and abbreviated; null in an empty cell. */
    private String wholeText;
    private String shortText;
    private String wholeTooltip;
    private String measuredText;
    private Font measuredFont;
    private double measuredWidth;

    /** @param tooNarrow told the width this cell needs whenever it is too narrow to show its figure whole */
    EntryAmountCell(Supplier<MoneyFormat> money, ResourceBundle resources, DoubleConsumer tooNarrow) {
        this.money = money;
        this.resources = resources;
        this.tooNarrow = tooNarrow;
        getStyleClass().add("amount-cell");
        icon.getStyleClass().add("kind-icon");
        original.getStyleClass().add("amount-original");
        graphic.setAlignment(Pos.CENTER_RIGHT);
        setAlignment(Pos.CENTER_RIGHT);
        setContentDisplay(ContentDisplay.LEFT);
        setGraphicTextGap(GAP);
    }

    @Override
    protected void updateItem(BigDecimal amount, boolean empty) {
        super.updateItem(amount, empty);
        getStyleClass().removeAll(KIND_CLASSES);
        ExpenseRow row = getTableRow() == null ? null : getTableRow().getItem();
        if (empty || amount == null || row == null) {
            wholeText = null;
            setText(null);
            setGraphic(null);
            setTooltip(null);
            setAccessibleText(null);
            return;
        }
        EntryKind kind = row.kind();
        getStyleClass().add("amount-" + kind.key());
        graphic.getChildren().clear();
        wholeText = AmountTexts.figure(row, money.get());
        shortText = null; // made when a layout finds the cell too narrow: a compact format per cell costs the first page
        setText(wholeText);
        if (kind != EntryKind.EXPENSE) {
            icon.setText(kind == EntryKind.REFUND ? "\u21a9" : "\u2193");
            graphic.getChildren().add(icon);
        }
        String paid = row.isForeign() ? AmountTexts.asPaid(row, money.get()) : null;
        if (paid != null) {
            original.setText(paid);
            graphic.getChildren().add(original);
        }
        setGraphic(graphic.getChildren().isEmpty() ? null : graphic);
        wholeTooltip = money.get().format(amount) + (paid == null ? "" : " (" + paid + ")");
        setAccessibleText(resources.getString("kind." + kind.key()) + " " + wholeText + (paid == null ? "" : " (" + paid + ")"));
    }

    /** Whole where it fits, else abbreviated with the whole figure in the tooltip: decided with the width this layout gives. */
    @Override
    protected void layoutChildren() {
        if (wholeText != null) {
            double needed = neededWidth();
            boolean fits = needed <= getWidth() + 0.5;
            if (!fits) {
                tooNarrow.accept(needed);
            }
            if (!fits && shortText == null) {
                ExpenseRow row = getTableRow().getItem();
                shortText = (row.kind() == EntryKind.EXPENSE ? "" : "+") + AmountTexts.abbreviated(row.amount(), money.get().locale());
                if (whole == null) {
                    whole = new Tooltip();
                }
                whole.setText(wholeTooltip);
            }
            String shown = fits ? wholeText : shortText;
            if (!shown.equals(getText())) {
                setText(shown);
            }
            setTooltip(fits ? null : whole);
        }
        super.layoutChildren();
    }

    /** The width that shows the whole figure beside the icon and the amount as paid, with the cell's own padding. */
    private double neededWidth() {
        if (!wholeText.equals(measuredText) || !getFont().equals(measuredFont)) {
            // Measured once per figure and font, not at every layout (scrolling lays the cells out at every frame).
            measuredText = wholeText;
            measuredFont = getFont();
            measuredWidth = textWidth(wholeText, measuredFont);
        }
        Node beside = getGraphic();
        return snappedLeftInset() + snappedRightInset() + measuredWidth + (beside == null ? 0 : beside.prefWidth(-1) + getGraphicTextGap());
    }

    /**
     * A first estimate of the width a cell needs for {@code row}, before any cell showed it: its figure in the bold
     * of money coming in (the wider), the icon and the amount as paid beside it.
     */
    static double estimatedWidth(ExpenseRow row, MoneyFormat money, Font font) {
        double width = PADDING + textWidth(AmountTexts.figure(row, money), Font.font(font.getFamily(), FontWeight.BOLD, font.getSize()));
        if (row.kind() != EntryKind.EXPENSE) {
            width += textWidth("\u2193", font) + GAP;
        }
        if (row.isForeign()) {
            width += textWidth(AmountTexts.asPaid(row, money), Font.font(font.getFamily(), font.getSize() * PAID_SCALE)) + 2 * GAP;
        }
        return width;
    }

    /** The width {@code text} takes in {@code font}, rounded up, with a pixel for the rounding of the text's position. */
    static double textWidth(String text, Font font) {
        Text measure = new Text(text);
        measure.setFont(font);
        return Math.ceil(measure.getLayoutBounds().getWidth()) + 1;
    }
}
