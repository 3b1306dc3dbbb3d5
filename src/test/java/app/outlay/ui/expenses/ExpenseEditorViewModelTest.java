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

    @Test
    void theTitleNamesTheKindChosenInGerman() {
        ExpenseEditorViewModel german = new ExpenseEditorViewModel(new MoneyFormat(Locale.GERMANY, Currency.getInstance("EUR")),
                Texts.of(Locale.GERMAN), TODAY);
        assertThat(german.title(false)).isEqualTo("Neue Ausgabe");

        german.kindProperty().set(EntryKind.REFUND);
        assertThat(german.title(false)).isEqualTo("Neue Erstattung");
        assertThat(german.title(true)).isEqualTo("Erstattung bearbeiten");
        german.kindProperty().set(EntryKind.INCOME);
        assertThat(german.title(false)).isEqualTo("Neue Einnahme");
        assertThat(german.title(true)).isEqualTo("Einnahme bearbeiten");
    }

    /** Finding 1: what is typed in the amount field is what the ledger keeps, in German and in English. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} typed in {1} is saved as {2} {3}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "2.500        | de-DE | 2500.00 | ",
            "1.000        | de-DE | 1000.00 | ",
            "2.505        | de-DE | 2505.00 | ",
            "1.234.567,89 | de-DE | 1234567.89 | ",
            "2.50         | de-DE | 2.50 | ",
            "2.500 €      | de-DE | 2500.00 | ",
            "2,500        | en-US | 2500.00 | ",
            "2.50         | en-US | 2.50 | ",
            "45 USD       | de-DE | 45.00 | USD",
            "¥3.200       | de-DE | 3200 | JPY",
            "3.200 KWD    | de-DE | 3.200 | KWD",
            "3.200 KWD    | en-US | 3.200 | KWD",
            "2.500 USD    | de-DE | 2500.00 | USD",
    })
    void theAmountTypedIsTheAmountSaved(String typed, String language, String saved, String currency) {
        app.outlay.data.Database database = app.outlay.testing.TestDatabases.h2();
        app.outlay.testing.TestDatabases.reset(database);
        app.outlay.service.expense.ExpenseService expenses = new app.outlay.service.expense.ExpenseService(new app.outlay.data.DatabaseHolder(database));
        Locale locale = Locale.forLanguageTag(language);
        ExpenseEditorViewModel editor = new ExpenseEditorViewModel(new MoneyFormat(locale, Currency.getInstance("EUR")), Texts.of(locale), TODAY);
        editor.descriptionProperty().set("Gehalt Dezember");
        editor.amountTextProperty().set(typed);
        if (currency != null) {
            editor.paid().rateTextProperty().set("2");
        }
        assertThat(editor.validProperty().get()).as(typed).isTrue();

        app.outlay.service.expense.ExpenseRow row = expenses.get(expenses.add(editor.toDetails()).id());

        if (currency == null) {
            assertThat(row.amount()).isEqualByComparingTo(saved);
            assertThat(row.currency()).isNull();
        } else {
            assertThat(row.currency()).isEqualTo(currency);
            assertThat(row.originalAmount()).isEqualByComparingTo(saved);
            assertThat(row.amount()).isEqualByComparingTo(new BigDecimal(saved).multiply(BigDecimal.valueOf(2)));
        }
    }
}
