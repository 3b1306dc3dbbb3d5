package app.outlay.ui.categories;

import app.outlay.data.DatabaseHolder;
import app.outlay.domain.ExpenseDetails;
import app.outlay.service.category.CategoryService;
import app.outlay.service.category.CategorySummary;
import app.outlay.service.expense.ExpenseService;
import app.outlay.settings.SettingsStore;
import app.outlay.testing.SameThreadTasks;
import app.outlay.testing.TestDatabases;
import app.outlay.text.Texts;
import app.outlay.ui.common.AppState;
import app.outlay.ui.common.Languages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The categories screen's logic without a window, against a real H2 ledger: add, rename, recolour, budget, merge, delete. */
class CategoriesViewModelTest {

    private final SameThreadTasks tasks = new SameThreadTasks();
    private DatabaseHolder holder;
    private Languages languages;
    private AppState state;
    private CategoriesViewModel model;

    @BeforeEach
    void ledger() {
        holder = TestDatabases.emptyLedger(TestDatabases.h2());
        languages = new Languages(new SettingsStore(TestDatabases.tempDir("outlay-categories-vm").resolve("settings.properties")), Locale.US);
        state = new AppState(languages);
        model = new CategoriesViewModel(new CategoryService(holder), state, tasks, Texts.of(Locale.US));
        state.ledgerChangesProperty().addListener((obs, old, count) -> model.reload());
        model.reload();
    }

    @AfterEach
    void restoreLanguage() {
        languages.restoreDefault();
    }

    @Test
    void addRenameAndRecolourKeepTheSelection() {
        int before = model.categories().size();
        model.add("Pets");
        select("Pets");

        model.rename("Animals");
        model.recolour("#123456");

        assertThat(model.selectedProperty().get()).extracting(CategorySummary::name, CategorySummary::colour)
                .containsExactly("Animals", "#123456");
        assertThat(model.categories()).extracting(CategorySummary::name).contains("Animals").doesNotContain("Pets");
        assertThat(model.summaryProperty().get()).startsWith((before + 1) + " categories");
        assertThat(tasks.failures()).isEmpty();
    }

    @Test
    void theBudgetIsSavedAsTypedAndBadTextChangesNothing() {
        select("Groceries");

        assertThat(model.budgetProblem("12,x")).isNotNull();
        model.setBudget("12,x");
        assertThat(summary("Groceries").monthlyBudget()).isNull();

        model.setBudget("1,234.50");
        assertThat(summary("Groceries").monthlyBudget()).isEqualByComparingTo("1234.50");
        assertThat(model.budgetForEditing()).isEqualTo("1234.50");
        assertThat(model.budgetTotalProperty().get()).isEqualTo("$1,234.50");

        model.setBudget("");
        assertThat(summary("Groceries").monthlyBudget()).isNull();
        assertThat(model.budgetTotalProperty().get()).isEqualTo("$0.00");
    }

    @Test
    void aGermanBudgetOfOneThousandIsSavedAsOneThousand() {
        Languages german = new Languages(new SettingsStore(TestDatabases.tempDir("outlay-categories-de").resolve("settings.properties")),
                Locale.GERMANY);
        CategoriesViewModel inGerman = new CategoriesViewModel(new CategoryService(holder), new AppState(german), tasks, Texts.of(Locale.GERMANY));
        inGerman.reload();
        inGerman.selectedProperty().set(inGerman.categories().stream().filter(c -> c.name().equals("Groceries")).findFirst().orElseThrow());

        inGerman.setBudget("1.000");
        model.reload();
        assertThat(summary("Groceries").monthlyBudget()).isEqualByComparingTo("1000.00");
        inGerman.setBudget("2.50");
        model.reload();
        assertThat(summary("Groceries").monthlyBudget()).isEqualByComparingTo("2.50");
        assertThat(tasks.failures()).isEmpty();
    }

    @Test
    void mergeAndDeleteMoveTheExpensesFirst() {
        ExpenseService expenses = new ExpenseService(holder);
        expenses.add(new ExpenseDetails(LocalDate.of(2026, 3, 1), "Pizza", new BigDecimal("12.00"), summary("Eating out").id(), null));
        expenses.add(new ExpenseDetails(LocalDate.of(2026, 3, 2), "Bus", new BigDecimal("2.80"), summary("Transport").id(), null));
        model.reload();

        select("Eating out");
        model.merge(summary("Groceries"));
        assertThat(model.categories()).extracting(CategorySummary::name).doesNotContain("Eating out");
        assertThat(summary("Groceries").expenseCount()).isEqualTo(1);

        select("Transport");
        model.delete(summary("Groceries"));
        assertThat(summary("Groceries").expenseCount()).isEqualTo(2);

        model.add("Unused");
        select("Unused");
        model.delete(null);
        assertThat(model.categories()).extracting(CategorySummary::name).doesNotContain("Transport", "Unused");
        assertThat(tasks.failures()).isEmpty();
    }

    /**
     * tester2 D6: an income category was offered the spending categories to merge into, and the service then refused
     * the move; only its own side is offered now, and where none is left the dialog says so.
     */
    @Test
    void entriesMoveOnlyWithinTheirSideIncomeOrSpending() {
        CategorySummary gifts = summary("Gifts received");
        assertThat(gifts.income()).isTrue();
        assertThat(model.movesInto(gifts)).isNotEmpty().allMatch(CategorySummary::income)
                .extracting(CategorySummary::name).doesNotContain("Gifts received");
        assertThat(model.movesInto(summary("Groceries"))).isNotEmpty().noneMatch(CategorySummary::income)
                .extracting(CategorySummary::name).doesNotContain("Groceries");

        // Merge the other income categories away: the last one has nowhere to go, and is told so.
        model.movesInto(gifts).forEach(other -> {
            select(other.name());
            model.merge(gifts);
        });
        assertThat(model.movesInto(summary("Gifts received"))).isEmpty();
        assertThat(model.mergeQuestion(summary("Gifts received")))
                .isEqualTo("There is no other income category to move the entries of \u201cGifts received\u201d into. Add one first.");
        assertThat(tasks.failures()).isEmpty();
    }

    /** tester2 D6: "Its expense moves…" was said of a category with no entries (ChoiceFormat's first choice is for 0 too). */
    @Test
    void theMergeQuestionCountsNoneOneAndMany() {
        for (Locale locale : List.of(Locale.US, Locale.GERMANY)) {
            Texts texts = Texts.of(locale);
            for (String key : List.of("categories.merge.question", "categories.merge.question.income")) {
                assertThat(texts.format(key, 0L, "Shopping")).as("%s %s", locale, key)
                        .doesNotContain("expense moves", "entry moves", "Ausgabe wandert", "Einnahme wandert").contains("Shopping");
                assertThat(texts.format(key, 1L, "Shopping")).as("%s %s", locale, key).doesNotContain(" 1 ");
                assertThat(texts.format(key, 1200L, "Shopping")).as("%s %s", locale, key).contains(locale == Locale.US ? "1,200" : "1.200");
            }
        }
        assertThat(Texts.of(Locale.US).format("categories.merge.question", 0L, "Shopping"))
                .isEqualTo("It holds no expenses: nothing moves, and \u201cShopping\u201d is removed.");
        assertThat(Texts.of(Locale.GERMANY).format("categories.merge.question", 0L, "Einkaufen"))
                .isEqualTo("Sie enth\u00e4lt keine Ausgaben: Es wandert nichts, und \u201eEinkaufen\u201c wird entfernt.");
    }

    @Test
    void aRefusedChangeIsSaidAndReloadsNothing() {
        select("Groceries");
        int changes = state.ledgerChangesProperty().get();

        model.rename("Transport");

        assertThat(tasks.failures()).singleElement().asString().contains("Transport");
        assertThat(state.ledgerChangesProperty().get()).isEqualTo(changes);
    }

    private void select(String name) {
        model.selectedProperty().set(summary(name));
    }

    private CategorySummary summary(String name) {
        return model.categories().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }
}
