package app.outlay.ui.rules;

import app.outlay.data.DatabaseHolder;
import app.outlay.domain.ExpenseDetails;
import app.outlay.rules.AutoFill;
import app.outlay.rules.MatchType;
import app.outlay.rules.Rule;
import app.outlay.service.category.CategoryRow;
import app.outlay.service.category.CategoryService;
import app.outlay.service.expense.ExpenseFilter;
import app.outlay.service.expense.ExpenseService;
import app.outlay.service.rules.RuleApplyService;
import app.outlay.service.rules.RuleService;
import app.outlay.testing.SameThreadTasks;
import app.outlay.testing.TestDatabases;
import app.outlay.text.Texts;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules window, the apply preview and the expense dialog's proposals, without JavaFX started, on real H2. */
class RulesViewModelTest {

    @TempDir
    Path folder;

    private final SameThreadTasks tasks = new SameThreadTasks();
    private final Texts texts = Texts.of(Locale.ENGLISH);
    private RuleService rules;
    private CategoryService categories;
    private ExpenseService expenses;
    private RuleApplyService applying;

    @BeforeEach
    void ledger() {
        DatabaseHolder holder = TestDatabases.emptyLedger(TestDatabases.h2());
        rules = new RuleService(holder);
        categories = new CategoryService(holder);
        expenses = new ExpenseService(holder);
        applying = new RuleApplyService(holder);
    }

    private CategoryRow category(String name) {
        return categories.list().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void writesTestsMovesAndSwitchesRules() {
        expenses.add(new ExpenseDetails(LocalDate.of(2026, 1, 3), "REWE Markt 4711", new BigDecimal("12.00"), null, null));
        expenses.add(new ExpenseDetails(LocalDate.of(2026, 1, 4), "rewe sagt danke", new BigDecimal("3.00"), null, null));
        RulesViewModel model = new RulesViewModel(rules, categories, tasks, texts);
        model.load();

        model.nameProperty().set("Rewe");
        model.matchTypeProperty().set(MatchType.CONTAINS);
        model.matchTextProperty().set("rewe");
        model.categoryProperty().set(category("Groceries"));
        model.test();
        assertThat(model.testResultProperty().get()).isEqualTo("matches 2 expenses");
        model.save();
        assertThat(model.messageProperty().get()).isEqualTo("Rule Rewe saved.");

        model.newRule();
        model.nameProperty().set("Big");
        model.matchTypeProperty().set(null);
        model.amountMinProperty().set("abc");
        model.noteProperty().set("large");
        model.save();
        assertThat(model.messageProperty().get()).isEqualTo("from: 'abc' is not an amount, e.g. 12.50");
        model.amountMinProperty().set("100");
        model.save();

        assertThat(model.rules()).extracting(Rule::name).containsExactly("Rewe", "Big");
        assertThat(model.describe(model.rules().get(0))).isEqualTo("contains 'rewe' \u2192 Groceries");
        model.move(-1);
        assertThat(model.rules()).extracting(Rule::name).containsExactly("Big", "Rewe");
        model.setEnabled(model.rules().get(1), false);
        assertThat(rules.list()).extracting(Rule::enabled).containsExactly(true, false);

        model.selectedProperty().set(model.rules().get(0));
        model.delete();
        assertThat(rules.list()).extracting(Rule::name).containsExactly("Rewe");
        assertThat(tasks.failures()).isEmpty();
    }

    @Test
    void ruleAmountsAreReadAsEveryAmountFieldReadsThemInBothLanguages() {
        RulesViewModel german = new RulesViewModel(rules, categories, tasks, Texts.of(Locale.GERMAN));
        german.load();
        german.nameProperty().set("Groß");
        german.matchTypeProperty().set(null);
        german.amountMinProperty().set("1.000");
        german.amountMaxProperty().set("2.500,50");
        german.noteProperty().set("groß");
        german.save();
        RulesViewModel english = new RulesViewModel(rules, categories, tasks, texts);
        english.load();
        english.nameProperty().set("Big");
        english.matchTypeProperty().set(null);
        english.amountMinProperty().set("0");
        english.amountMaxProperty().set("2,500");
        english.noteProperty().set("big");
        english.save();

        assertThat(rules.list()).extracting(Rule::name, r -> r.amountMin().toPlainString(), r -> r.amountMax().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Groß", "1000.00", "2500.50"),
                        org.assertj.core.groups.Tuple.tuple("Big", "0.00", "2500.00"));
        assertThat(tasks.failures()).isEmpty();
    }

    @Test
    void ruleAmountsAreShownAsTheUserTypesThemAndSaveUnchanged() {
        RulesViewModel german = new RulesViewModel(rules, categories, tasks, Texts.of(Locale.GERMAN));
        german.load();
        german.nameProperty().set("Groß");
        german.matchTypeProperty().set(null);
        german.amountMinProperty().set("12,5");
        german.amountMaxProperty().set("2.500,50");
        german.noteProperty().set("groß");
        german.save();
        Rule saved = rules.list().get(0);
        german.selectedProperty().set(saved);
        // Before, "12.50" and "2500.50": English decimals in a German form and in the German list.
        assertThat(german.amountMinProperty().get()).isEqualTo("12,50");
        assertThat(german.amountMaxProperty().get()).isEqualTo("2.500,50");
        assertThat(german.describe(saved)).contains("Betrag 12,50–2.500,50");
        german.save();
        assertThat(rules.list()).extracting(r -> r.amountMin().toPlainString(), r -> r.amountMax().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("12.50", "2500.50"));
        assertThat(tasks.failures()).isEmpty();
    }

    @Test
    void aBadPatternIsShownAndNotSaved() {
        RulesViewModel model = new RulesViewModel(rules, categories, tasks, texts);
        model.load();
        model.nameProperty().set("Broken");
        model.matchTypeProperty().set(MatchType.REGEX);
        model.matchTextProperty().set("(spotify");
        model.categoryProperty().set(category("Groceries"));
        model.save();

        assertThat(model.messageProperty().get()).startsWith("Rule Broken: the regular expression '(spotify' is not valid");
        assertThat(rules.list()).isEmpty();
    }

    @Test
    void rulesGoToAFileAndComeBack() {
        rules.add(Rule.draft("Rewe", MatchType.CONTAINS, "rewe", null, null, null, category("Groceries").id(), null, null));
        RulesViewModel model = new RulesViewModel(rules, categories, tasks, texts);
        model.load();
        Path file = folder.resolve("rules.json");

        model.exportTo(file);
        assertThat(model.messageProperty().get()).isEqualTo("Wrote 1 rules to rules.json.");
        model.importFrom(file);

        assertThat(model.rules()).extracting(Rule::name).containsExactly("Rewe", "Rewe");
    }

    @Test
    void theApplyPreviewShowsEveryChangeThenAppliesThemAsOneStep() {
        expenses.add(new ExpenseDetails(LocalDate.of(2026, 1, 3), "PAYPAL *SPOTIFY 4029357733", new BigDecimal("10.99"), null, null));
        expenses.add(new ExpenseDetails(LocalDate.of(2026, 1, 4), "Kiosk", new BigDecimal("2.00"), null, null));
        rules.add(Rule.draft("Spotify", MatchType.REGEX, "spotify", null, null, null, category("Groceries").id(), "Spotify", null));
        ApplyRulesViewModel model = new ApplyRulesViewModel(rules, applying, tasks, texts);

        model.preview(ExpenseFilter.all());
        assertThat(model.closeTextProperty().get()).isEqualTo("Cancel");
        assertThat(model.summaryProperty().get()).startsWith("1 of the 2 expenses in the list would change.");
        assertThat(model.describe(model.changes().get(0))).isEqualTo("category (none) \u2192 Groceries, description \u2192 'Spotify'");
        boolean[] done = {false};
        model.apply(() -> done[0] = true);

        assertThat(done[0]).isTrue();
        assertThat(model.summaryProperty().get()).isEqualTo("Changed 1 expense. Edit \u25b8 Undo reverses this in one step.");
        assertThat(model.closeTextProperty().get()).as("nothing left to cancel").isEqualTo("Close");
        assertThat(expenses.find(ExpenseFilter.all(), 10).rows()).extracting(r -> r.description()).contains("Spotify", "Kiosk");
    }

    @Test
    void theExpenseDialogProposesACategoryButNeverOverAChoice() {
        CategoryRow none = new CategoryRow(0, "none", "#000000");
        CategoryRow groceries = category("Groceries");
        CategoryRow eatingOut = category("Eating out");
        for (int day = 1; day <= 3; day++) {
            expenses.add(new ExpenseDetails(LocalDate.of(2026, 1, day), "Starbucks", new BigDecimal("4.00"), eatingOut.id(), null));
        }
        rules.add(Rule.draft("Rewe", MatchType.CONTAINS, "rewe", null, null, null, groceries.id(), null, null));
        SimpleStringProperty description = new SimpleStringProperty("");
        SimpleObjectProperty<CategoryRow> category = new SimpleObjectProperty<>(none);
        CategoryProposer proposer = new CategoryProposer(description, category, none, categories::list, texts);
        AutoFill autoFill = rules.autoFill();
        proposer.use(autoFill);

        description.set("STARBUCKS 12");
        assertThat(category.get()).isEqualTo(eatingOut);
        assertThat(proposer.hintProperty().get()).isEqualTo("Suggested: 3 of 3 earlier 'Starbucks' expenses were Eating out");
        assertThat(proposer.ruleFromSuggestion().matchText()).isEqualTo("starbucks");
        description.set("Rewe Markt");
        assertThat(category.get()).isEqualTo(groceries);
        assertThat(proposer.hintProperty().get()).isEqualTo("Rule Rewe");
        description.set("Kiosk");
        assertThat(category.get()).isEqualTo(none);

        category.set(eatingOut); // the user's choice
        description.set("Rewe Markt");
        assertThat(category.get()).isEqualTo(eatingOut);
        assertThat(proposer.hintProperty().get()).isEmpty();
    }
}
