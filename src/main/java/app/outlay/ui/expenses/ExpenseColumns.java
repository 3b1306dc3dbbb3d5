package app.outlay.ui.expenses;

import app.outlay.domain.MoneyFormat;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.ui.common.CategoryCell;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * What each column of the expense table shows and how (ExpensesView.fxml declares them by id: dateColumn,
 * descriptionColumn, categoryColumn, notesColumn, amountColumn). A new column is declared there and given its cells here.
 */
final class ExpenseColumns {

    private ExpenseColumns() {
    }

    /** dateColumn → date: the FXML id without its suffix, stable across languages. */
    static String name(TableColumn<?, ?> column) {
        String id = column.getId() == null ? column.getText() : column.getId();
        return id.endsWith("Column") ? id.substring(0, id.length() - "Column".length()) : id;
    }

    /** The column called {@code name} (see {@link #name}); the FXML declares each, so it is there. */
    @SuppressWarnings("unchecked") // the FXML declares each column with the type its cells are given here
    static <T> TableColumn<ExpenseRow, T> named(TableView<ExpenseRow> table, String name) {
        return (TableColumn<ExpenseRow, T>) table.getColumns().stream().filter(column -> name(column).equals(name))
                .findFirst().orElseThrow();
    }

    /** Gives each column its cells; returns what the amounts need of the amount column's width (see ExpenseTable). */
    static AmountWidths setUp(TableView<ExpenseRow> table, ObservableValue<MoneyFormat> money, Locale locale, ResourceBundle resources) {
        DateTimeFormatter dateFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        TableColumn<ExpenseRow, LocalDate> dateColumn = named(table, "date");
        dateColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().date()));
        dateColumn.setCellFactory(column -> textCell(dateFormat::format));
        TableColumn<ExpenseRow, String> descriptionColumn = named(table, "description");
        descriptionColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().description()));
        TableColumn<ExpenseRow, String> notesColumn = named(table, "notes");
        notesColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().notes()));
        notesColumn.setCellFactory(column -> textCell(notes -> notes.lines().findFirst().orElse("")));
        TableColumn<ExpenseRow, ExpenseRow> categoryColumn = named(table, "category");
        categoryColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        // The database sorts (date, amount, description: each with an index and keyset paging); these two are not.
        categoryColumn.setSortable(false);
        notesColumn.setSortable(false);
        categoryColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(ExpenseRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null || row.categoryId() == null) {
                    setText(empty || row == null ? null : "\u2014");
                    setGraphic(null);
                } else {
                    setText(row.categoryName());
                    setGraphic(CategoryCell.dot(row.categoryColour(), row.categoryName(), resources));
                }
            }
        });
        TableColumn<ExpenseRow, BigDecimal> amountColumn = named(table, "amount");
        amountColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().amount()));
        // The header names the currency, so the cells hold plain numbers that line up.
        amountColumn.textProperty().bind(Bindings.createStringBinding(() -> new MessageFormat(
                resources.getString("column.amount.currency"), locale).format(new Object[] {money.getValue().symbol()}), money));
        AmountWidths widths = new AmountWidths(money,
                () -> table.lookup(".amount-cell") instanceof Labeled cell ? cell.getFont() : Font.getDefault());
        amountColumn.setCellFactory(column -> new EntryAmountCell(money::getValue, resources, widths::cellNeeds));
        return widths;
    }

    private static <T> TableCell<ExpenseRow, T> textCell(Function<T, String> format) {
        TableCell<ExpenseRow, T> cell = new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        };
        cell.setAlignment(Pos.CENTER_LEFT);
        return cell;
    }
}
