package app.outlay.ui.expenses;

import app.outlay.domain.MoneyFormat;
import app.outlay.service.expense.ExpenseRow;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.text.Font;

import java.util.List;
import java.util.function.Supplier;

/**
 * How wide the amount column must be to show every amount loaded whole (tester2 D4: 99.999.999.999.999.999,99 read
 * "99.999.999.9…", a different number, in a column of fixed width): the widest figure of the rows, measured as
 * they arrive, and any wider one a cell found it could not show. {@link ExpenseTable} gives the column that much
 * where the window leaves the description and notes their least; where it cannot, the cell abbreviates
 * ({@link EntryAmountCell}).
 */
final class AmountWidths {

    private final ReadOnlyDoubleWrapper needed = new ReadOnlyDoubleWrapper();
    private final Supplier<MoneyFormat> money;
    private final Supplier<Font> font;
    private List<ExpenseRow> rows = List.of();

    /** @param font the font of the amount cells (known once the table is styled; the default until then) */
    AmountWidths(ObservableValue<MoneyFormat> money, Supplier<Font> font) {
        this.money = money::getValue;
        this.font = font;
        money.addListener((obs, old, now) -> measureAgain());
    }

    /** Measures {@code shown}'s rows from now on: the list the table shows. */
    void follow(ObservableList<ExpenseRow> shown) {
        rows = shown;
        // Pages added as the user scrolls are measured alone; a new list (filter, order, ledger) starts again.
        shown.addListener((ListChangeListener<ExpenseRow>) change -> {
            boolean replaced = false;
            while (change.next()) {
                replaced |= change.wasRemoved();
                if (!replaced) {
                    measure(change.getAddedSubList());
                }
            }
            if (replaced) {
                measureAgain();
            }
        });
        measureAgain();
    }

    /**
     * A cell found it needs {@code width} to show its figure whole: taken after the layout it was found in, which
     * should not change the columns it is laying out.
     */
    void cellNeeds(double width) {
        if (width > needed.get()) {
            Platform.runLater(() -> atLeast(width));
        }
    }

    /** The amounts need at least {@code width}. */
    void atLeast(double width) {
        if (width > needed.get()) {
            needed.set(Math.ceil(width));
        }
    }

    /** The widest amount's width; 0 for a list without rows. */
    ReadOnlyDoubleProperty neededProperty() {
        return needed.getReadOnlyProperty();
    }

    /**
     * The column's width: what the amounts need within {@code room} (what the window leaves once every other column
     * has its least), never below the column's own {@code least}.
     */
    static double columnWidth(double needed, double room, double least) {
        return Math.max(least, Math.min(Math.ceil(needed), Math.floor(room)));
    }

    private void measureAgain() {
        needed.set(Math.ceil(widest(rows)));
    }

    private void measure(List<? extends ExpenseRow> added) {
        atLeast(widest(added));
    }

    /**
     * Measured once per shape of figure (how many digits, a sign, an amount as paid beside it), for the shapes with
     * (nearly) the most digits: formatting and measuring the text of every row of a page took tens of milliseconds of
     * the first page at start-up (flight recording). Digits are of one width in the fonts Outlay uses, so figures of
     * one shape are of one width; a cell that finds itself too narrow still says so ({@link #cellNeeds}).
     */
    private double widest(List<? extends ExpenseRow> some) {
        int most = some.stream().mapToInt(AmountWidths::digits).max().orElse(0);
        java.util.Map<String, ExpenseRow> oneOfEachShape = new java.util.HashMap<>();
        for (ExpenseRow row : some) {
            if (digits(row) >= most - DIGITS_SPARE) {
                oneOfEachShape.putIfAbsent(shape(row), row);
            }
        }
        MoneyFormat format = money.get();
        Font cellFont = font.get();
        return oneOfEachShape.values().stream().mapToDouble(row -> EntryAmountCell.estimatedWidth(row, format, cellFont))
                .max().orElse(0);
    }

    /** A sign or a currency code beside may outweigh a digit. */
    private static final int DIGITS_SPARE = 1;

    /** The digits before the decimal point, of the amount and of the amount as paid beside it; more for a sign. */
    private static int digits(ExpenseRow row) {
        return wholeDigits(row.amount()) + (row.kind() == app.outlay.domain.EntryKind.EXPENSE ? 0 : 1)
                + (row.isForeign() ? wholeDigits(row.paid().original()) + 4 : 0);
    }

    private static String shape(ExpenseRow row) {
        return wholeDigits(row.amount()) + "/" + row.kind() + (row.isForeign()
                ? "/" + wholeDigits(row.paid().original()) + row.paid().code() : "");
    }

    private static int wholeDigits(java.math.BigDecimal amount) {
        return Math.max(1, amount.precision() - amount.scale());
    }
}
