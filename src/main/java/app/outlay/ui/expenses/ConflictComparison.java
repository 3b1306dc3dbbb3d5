package app.outlay.ui.expenses;

import app.outlay.domain.ExpenseDetails;
import app.outlay.domain.MoneyFormat;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.text.Texts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Objects;

/**
 * The view model of the conflict dialog: the user's unsaved version beside the one someone else saved meanwhile,
 * field by field, so the choice between them is made seeing both.
 */
public final class ConflictComparison {

    /** One field: its name, the user's value, the other person's value, and whether they differ. */
    public record Line(String field, String mine, String theirs, boolean differs) {
    }

    private final List<Line> lines;

    /**
     * @param mine          what the user was about to save
     * @param mineCategory  the name of the user's category as shown, or null for none
     * @param theirs        the expense as it is stored now
     */
    public ConflictComparison(ExpenseDetails mine, String mineCategory, ExpenseRow theirs, MoneyFormat money, Texts texts) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(texts.locale());
        String none = texts.get("editor.category.none");
        lines = List.of(
                line(texts.get("editor.amount"), money.format(mine.amount()), money.format(theirs.amount())),
                line(texts.get("editor.description"), mine.description(), theirs.description()),
                line(texts.get("editor.date"), date(mine.date(), dates), date(theirs.date(), dates)),
                line(texts.get("editor.category"), mineCategory == null ? none : mineCategory,
                        theirs.categoryName() == null ? none : theirs.categoryName()),
                line(texts.get("editor.notes"), text(mine.notes()), text(theirs.notes())));
    }

    public List<Line> lines() {
        return lines;
    }

    private static Line line(String field, String mine, String theirs) {
        return new Line(field, mine, theirs, !Objects.equals(mine, theirs));
    }

    private static String date(LocalDate date, DateTimeFormatter format) {
        return date == null ? "" : format.format(date);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
