package app.outlay.ui.expenses;

import app.outlay.domain.ExpenseDetails;
import app.outlay.domain.MoneyFormat;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.text.Texts;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The conflict dialog's model, without a window: both versions, field by field, with what differs marked. */
class ConflictComparisonTest {

    @Test
    void showsBothVersionsAndMarksWhatDiffers() {
        ExpenseDetails mine = new ExpenseDetails(LocalDate.of(2026, 11, 2), "Weekly groceries", new BigDecimal("10.00"), 3L, null);
        ExpenseRow theirs = new ExpenseRow(7, LocalDate.of(2026, 11, 2), "Groceries and wine", new BigDecimal("24.00"),
                null, null, null, "changed elsewhere", 2, null, null, null);
        Texts texts = Texts.of(Locale.US);
        var comparison = new ConflictComparison(mine, "Groceries", theirs, new MoneyFormat(Locale.US, Currency.getInstance("EUR")), texts);

        assertThat(comparison.lines()).extracting(ConflictComparison.Line::field, ConflictComparison.Line::mine,
                ConflictComparison.Line::theirs, ConflictComparison.Line::differs).containsExactly(
                tuple("Amount", "€10.00", "€24.00", true),
                tuple("Description", "Weekly groceries", "Groceries and wine", true),
                tuple("Date", "Nov 2, 2026", "Nov 2, 2026", false),
                tuple("Category", "Groceries", "No category", true),
                tuple("Notes", "", "changed elsewhere", true));
    }
}
