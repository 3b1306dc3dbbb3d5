package app.outlay.ui.rules;

import app.outlay.data.DatabaseHolder;
import app.outlay.domain.ExpenseDetails;
import app.outlay.rules.MatchType;
import app.outlay.rules.Rule;
import app.outlay.service.category.CategoryService;
import app.outlay.service.expense.ExpenseFilter;
import app.outlay.service.expense.ExpenseService;
import app.outlay.service.recurrence.Repeat;
import app.outlay.service.rules.RuleApplyService;
import app.outlay.service.rules.RuleService;
import app.outlay.service.tag.TagService;
import app.outlay.testing.SameThreadTasks;
import app.outlay.testing.TestDatabases;
import app.outlay.text.Texts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules window's tags field and the apply preview's words for added tags (issue 21), without JavaFX started. */
class RuleTagsViewModelTest {

    private final SameThreadTasks tasks = new SameThreadTasks();
    private RuleService rules;
    private CategoryService categories;
    private ExpenseService expenses;
    private TagService tags;
    private RuleApplyService applying;

    @BeforeEach
    void ledger() {
        DatabaseHolder holder = TestDatabases.emptyLedger(TestDatabases.h2());
        rules = new RuleService(holder);
        categories = new CategoryService(holder);
        expenses = new ExpenseService(holder);
        tags = new TagService(holder);
        applying = new RuleApplyService(holder);
    }

    @Test
    void theFormSavesTheTagsTypedWithCompletionAndShowsThemAgain() {
        expenses.add(new ExpenseDetails(LocalDate.of(2026, 5, 2), "Hotel", new BigDecimal("80.00"), null, null), Repeat.NEVER,
                LocalDate.of(2026, 5, 2), List.of("Rome 2026"));
        RulesViewModel model = new RulesViewModel(rules, categories, tags, tasks, Texts.of(Locale.ENGLISH));
        model.load();
        assertThat(model.tags().known()).containsExactly("Rome 2026");

        model.nameProperty().set("Hotels");
        model.matchTextProperty().set("hotel");
        model.tags().typedProperty().set("rom");
        assertThat(model.tags().suggestions()).containsExactly("Rome 2026");
        model.tags().add("rome 2026");
        model.tags().typedProperty().set("tax-deductible"); // typed and not yet committed: saving takes it
        model.save();

        assertThat(model.messageProperty().get()).isEqualTo("Rule Hotels saved.");
        assertThat(rules.list()).singleElement().extracting(Rule::tags).isEqualTo(List.of("Rome 2026", "tax-deductible"));
        assertThat(model.describe(model.rules().get(0))).isEqualTo("contains 'hotel' \u2192 tags + Rome 2026, tax-deductible");

        model.newRule();
        assertThat(model.tags().tags()).isEmpty();
        model.selectedProperty().set(model.rules().get(0));
        assertThat(model.tags().tags()).containsExactly("Rome 2026", "tax-deductible");

        model.tags().typedProperty().set("x".repeat(61));
        model.save();
        assertThat(model.messageProperty().get()).contains("x".repeat(61));
        assertThat(rules.list().get(0).tags()).containsExactly("Rome 2026", "tax-deductible");
        assertThat(tasks.failures()).isEmpty();
    }

    @Test
    void thePreviewSaysWhichTagsItWouldAdd() {
        expenses.add(new ExpenseDetails(LocalDate.of(2026, 5, 2), "Hotel", new BigDecimal("80.00"), null, null), Repeat.NEVER,
                LocalDate.of(2026, 5, 2), List.of("work"));
        rules.add(Rule.draft(null, MatchType.CONTAINS, "hotel", null, null, null, null, null, null, List.of("work", "Rome 2026")));
        ApplyRulesViewModel model = new ApplyRulesViewModel(rules, applying, tasks, Texts.of(Locale.ENGLISH));

        model.preview(ExpenseFilter.all());

        assertThat(model.changes()).singleElement().satisfies(change ->
                assertThat(model.describe(change)).isEqualTo("tags + Rome 2026"));
        ApplyRulesViewModel german = new ApplyRulesViewModel(rules, applying, tasks, Texts.of(Locale.GERMAN));
        german.preview(ExpenseFilter.all());
        assertThat(german.describe(german.changes().get(0))).isEqualTo("Schlagwörter + Rome 2026");
    }
}
