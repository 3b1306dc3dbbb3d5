package app.outlay.ui.expenses;

import app.outlay.domain.EntryKind;
import app.outlay.domain.ExpenseDetails;
import app.outlay.domain.Frequency;
import app.outlay.domain.MoneyFormat;
import app.outlay.service.category.CategoryRow;
import app.outlay.service.recurrence.Repeat;
import app.outlay.text.Texts;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The entry dialog's fields and checks without a window: what blocks Save, what the kind lets go, what is saved. */
class ExpenseEditorViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private static final CategoryRow GROCERIES = new CategoryRow(1, "Groceries", "#4caf50");
    private static final CategoryRow SALARY = new CategoryRow(14, "Salary", "#2196f3", true);

    private final ExpenseEditorViewModel model = new ExpenseEditorViewModel(new MoneyFormat(Locale.US, Currency.getInstance("EUR")),
            Texts.of(Locale.US), TODAY);

    @Test
    void saveWaitsForEveryFieldAndEachProblemIsNamed() {
        assertThat(model.validProperty().get()).isFalse();
        assertThat(model.descriptionErrorProperty().get()).isEqualTo("Enter what the money was spent on");
        assertThat(model.changedProperty().get()).isFalse();

        model.descriptionProperty().set("Milk");
        model.amountTextProperty().set("2.40");
        assertThat(model.validProperty().get()).isTrue();
        assertThat(model.changedProperty().get()).isTrue();

        model.dateProperty().set(null);
        assertThat(model.dateErrorProperty().get()).startsWith("Enter a date, e.g. 12/5/26");
        model.dateProperty().set(TODAY);
        model.repeatProperty().set(Frequency.MONTHLY);
        model.repeatUntilProperty().set(TODAY.minusDays(1));
        assertThat(model.untilErrorProperty().get()).isEqualTo("The last repeat cannot be before the date");
        assertThat(model.validProperty().get()).isFalse();
        model.repeatUntilProperty().set(null);

        model.categoryProperty().set(GROCERIES);
        ExpenseDetails details = model.toDetails();
        assertThat(details.amount()).isEqualByComparingTo(new BigDecimal("2.40"));
        assertThat(details.categoryId()).isEqualTo(1L);
        assertThat(model.repeatChoice()).isEqualTo(new Repeat(Frequency.MONTHLY, null));
    }

    @Test
    void anotherKindLetsGoOfACategoryThatDoesNotFitIt() {
        model.categoryProperty().set(GROCERIES);
        assertThat(model.fitting(List.of(GROCERIES, SALARY))).containsExactly(GROCERIES);

        model.kindProperty().set(EntryKind.INCOME);

        assertThat(model.categoryProperty().get()).isEqualTo(ExpenseEditorViewModel.NO_CATEGORY);
        assertThat(model.fitting(List.of(GROCERIES, SALARY))).containsExactly(SALARY);
        assertThat(model.repeatChoice()).isNull(); // a one-off entry that stays one: nothing to change in a series
    }
}
