package app.outlay.ui.expenses;

import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.domain.ExpenseDetails;
import app.outlay.service.category.CategoryService;
import app.outlay.service.expense.ExpenseFilter.TagMatch;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.service.expense.ExpenseService;
import app.outlay.service.ledger.LedgerService;
import app.outlay.service.recurrence.Repeat;
import app.outlay.service.tag.TagCount;
import app.outlay.service.tag.TagService;
import app.outlay.testing.SameThreadTasks;
import app.outlay.testing.TestDatabases;
import app.outlay.text.Texts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The expense list's tag filter without a window (issue 21): chosen tags, any or all, rows, count and total. */
class ExpenseListTagFilterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    private final SameThreadTasks tasks = new SameThreadTasks();
    private ExpenseService expenses;
    private TagService tags;
    private ExpenseListViewModel model;

    @BeforeEach
    void emptyLedger() {
        Database database = TestDatabases.h2();
        TestDatabases.reset(database);
        DatabaseHolder holder = new DatabaseHolder(database);
        expenses = new ExpenseService(holder);
        tags = new TagService(holder);
        model = new ExpenseListViewModel(expenses, new CategoryService(holder), tags, new LedgerService(holder), tasks,
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC), Texts.of(Locale.US));
    }

    private void add(String description, String amount, String... tagNames) {
        expenses.add(new ExpenseDetails(TODAY, description, new BigDecimal(amount), null, null), Repeat.NEVER, TODAY, List.of(tagNames));
    }

    private TagCount choice(String name) {
        return model.filters().tagChoices().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void chosenTagsFilterTheRowsCountAndTotalAnyOrAll() {
        add("Hotel", "412.80", "Rome 2026", "tax-deductible");
        add("Pizza", "23.50", "Rome 2026");
        add("Laptop", "999.99", "tax-deductible");
        add("Kiosk", "2.00");
        model.filters().reloadTags();
        assertThat(model.filters().tagChoices()).extracting(TagCount::name).containsExactly("Rome 2026", "tax-deductible");

        model.filters().chooseTag(choice("Rome 2026"));
        model.filters().chooseTag(choice("tax-deductible"));
        model.filters().chooseTag(choice("Rome 2026"));
        model.reload(() -> { });
        assertThat(model.filters().chosenTags()).hasSize(2);
        assertThat(model.rows()).extracting(ExpenseRow::description).containsExactlyInAnyOrder("Hotel", "Pizza", "Laptop");
        assertThat(model.summaryProperty().get().count()).isEqualTo(3);
        assertThat(model.summaryProperty().get().total()).isEqualByComparingTo("1436.29");
        assertThat(model.ledgerCountProperty().get()).isEqualTo(4);
        assertThat(model.filters().hasFilters()).isTrue();

        model.filters().tagMatchProperty().set(TagMatch.ALL);
        model.reload(() -> { });
        assertThat(model.rows()).extracting(ExpenseRow::description).containsExactly("Hotel");
        assertThat(model.summaryProperty().get().total()).isEqualByComparingTo("412.80");

        model.filters().unchooseTag(choice("tax-deductible"));
        model.reload(() -> { });
        assertThat(model.rows()).extracting(ExpenseRow::description).containsExactlyInAnyOrder("Hotel", "Pizza");

        model.filters().clearFilters();
        model.reload(() -> { });
        assertThat(model.filters().chosenTags()).isEmpty();
        assertThat(model.filters().tagMatchProperty().get()).isEqualTo(TagMatch.ANY);
        assertThat(model.rows()).hasSize(4);
        assertThat(model.filters().hasFilters()).isFalse();
        assertThat(tasks.failures()).isEmpty();
    }

    @Test
    void aRenamedTagStaysChosenAndADeletedOneLeavesTheFilter() {
        add("Hotel", "412.80", "rome", "work");
        model.filters().reloadTags();
        model.filters().chooseTag(choice("rome"));
        model.filters().chooseTag(choice("work"));

        tags.rename(choice("rome").id(), "Rome 2026");
        tags.delete(choice("work").id());
        model.filters().reloadTags();

        assertThat(model.filters().chosenTags()).extracting(TagCount::name).containsExactly("Rome 2026");
        model.reload(() -> { });
        assertThat(model.rows()).extracting(ExpenseRow::description).containsExactly("Hotel");
    }
}
