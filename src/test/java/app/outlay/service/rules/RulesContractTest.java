package app.outlay.service.rules;

import app.outlay.service.category.CategoryService;
import app.outlay.service.expense.ChangedElsewhereException;
import app.outlay.service.expense.ExpenseFilter;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.service.expense.ExpenseService;
import app.outlay.service.history.UndoService;
import app.outlay.service.importing.ImportReport;
import app.outlay.service.importing.ImportRequest;
import app.outlay.service.importing.ImportService;
import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.domain.ExpenseDetails;
import app.outlay.rules.MatchType;
import app.outlay.rules.Rule;
import app.outlay.testing.TestDatabases;
import app.outlay.text.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rules as ledger data, and applying them to existing expenses with one undo, on every database Outlay supports. */
abstract class RulesContractTest {

    protected Database database;
    protected RuleService rules;
    protected RuleApplyService applying;
    protected ExpenseService expenses;
    protected CategoryService categories;
    protected UndoService undo;

    protected abstract Database database();

    @BeforeEach
    void cleanLedger() {
        database = database();
        DatabaseHolder holder = TestDatabases.emptyLedger(database);
        rules = new RuleService(holder);
        applying = new RuleApplyService(holder);
        expenses = new ExpenseService(holder);
        categories = new CategoryService(holder);
        undo = new UndoService(holder);
    }

    long category(String name) {
        return categories.list().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }

    ExpenseRow expense(String description, String amount) {
        return expenses.add(new ExpenseDetails(LocalDate.of(2026, 1, 5), description, new BigDecimal(amount), null, null));
    }

    static Rule contains(String name, String text, Long categoryId) {
        return Rule.draft(name, MatchType.CONTAINS, text, null, null, null, categoryId, null, null);
    }

    @Test
    void rulesAreSavedInOrderAndCanBeMovedSwitchedOffAndDeleted() {
        long groceries = category("Groceries");
        Rule rewe = rules.add(contains("Rewe", "rewe", groceries));
        Rule edeka = rules.add(contains("Edeka", "edeka", groceries));
        Rule lidl = rules.add(Rule.draft("Lidl", MatchType.STARTS_WITH, "lidl", new BigDecimal("1.00"), new BigDecimal("99.99"),
                "EXPENSE", groceries, "Lidl", "weekly shop"));

        assertThat(rules.list()).extracting(Rule::name, Rule::position).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Rewe", 1), org.assertj.core.groups.Tuple.tuple("Edeka", 2),
                org.assertj.core.groups.Tuple.tuple("Lidl", 3));
        assertThat(rules.get(lidl.id())).isEqualTo(lidl);
        assertThat(lidl.categoryName()).isEqualTo("Groceries");
        assertThat(lidl.amountMax()).isEqualByComparingTo("99.99");

        rules.move(lidl.id(), 1);
        assertThat(rules.list()).extracting(Rule::name).containsExactly("Lidl", "Rewe", "Edeka");

        rules.setEnabled(rewe.id(), false);
        assertThat(rules.matcher().match("REWE Markt 12", BigDecimal.ONE, null)).isNull();

        rules.delete(edeka.id());
        assertThat(rules.list()).extracting(Rule::name, Rule::position, Rule::enabled).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Lidl", 1, true), org.assertj.core.groups.Tuple.tuple("Rewe", 2, false));
    }

    @Test
    void anEditOverSomeoneElsesIsRefused() {
        Rule saved = rules.add(contains("Rewe", "rewe", category("Groceries")));
        rules.update(new Rule(saved.id(), saved.position(), true, "Rewe Markt", MatchType.CONTAINS, "rewe markt", null, null, null,
                saved.categoryId(), null, null, null, saved.version()));

        assertThatThrownBy(() -> rules.update(saved)).isInstanceOf(ChangedElsewhereException.class)
                .hasMessageContaining("Rule Rewe");
        assertThat(rules.list()).extracting(Rule::name).containsExactly("Rewe Markt");
    }

    @Test
    void aRuleWithABadPatternIsNeverSaved() {
        assertThatThrownBy(() -> rules.add(Rule.draft("Broken", MatchType.REGEX, "spotify(", null, null, null,
                category("Groceries"), null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Broken").hasMessageContaining("'spotify('");
        assertThat(rules.list()).isEmpty();
    }

    @Test
    void aRuleIsTestedAgainstTheLedger() {
        expense("REWE Markt 12.03.", "12.00");
        expense("Rewe sagt danke", "3.10");
        expense("Edeka", "5.00");

        assertThat(rules.countMatches(contains(null, "REWE", category("Groceries")))).isEqualTo(2);
        assertThat(rules.countMatches(Rule.draft(null, MatchType.REGEX, "^rewe\\b", new BigDecimal("10"), null, null,
                null, "Rewe", null))).isEqualTo(1);
    }

    @Test
    void applyingRulesShowsEveryChangeAndIsUndoneInOneStep() {
        long subscriptions = category("Groceries");
        ExpenseRow spotify = expense("PAYPAL *SPOTIFY 4029357733", "10.99");
        ExpenseRow rewe = expense("REWE 4711", "20.00");
        ExpenseRow other = expense("Kiosk", "2.00");
        rules.add(Rule.draft("Spotify", MatchType.REGEX, "spotify", null, null, null, subscriptions, "Spotify", "music"));
        rules.add(contains("Rewe", "rewe", subscriptions));

        RulePreview preview = applying.preview(ExpenseFilter.all(), rules.list());

        assertThat(preview.examined()).isEqualTo(3);
        assertThat(preview.changes()).extracting(RuleChange::expenseId, RuleChange::rule, RuleChange::newDescription,
                RuleChange::newCategory, RuleChange::newNotes).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(spotify.id(), "Spotify", "Spotify", "Groceries", "music"),
                org.assertj.core.groups.Tuple.tuple(rewe.id(), "Rewe", "REWE 4711", "Groceries", null));
        assertThat(applying.apply(preview.changes())).isEqualTo(2);
        assertThat(expenses.get(spotify.id()).description()).isEqualTo("Spotify");
        assertThat(expenses.get(rewe.id()).categoryId()).isEqualTo(subscriptions);
        // Applying again changes nothing: the note is not added twice.
        assertThat(applying.preview(ExpenseFilter.all(), rules.list()).changes()).isEmpty();

        UndoService.UndoStep step = undo.next().orElseThrow();
        assertThat(step.label()).contains("2");
        undo.undo(step.batchId());

        assertThat(expenses.get(spotify.id()).description()).isEqualTo("PAYPAL *SPOTIFY 4029357733");
        assertThat(expenses.get(spotify.id()).notes()).isNull();
        assertThat(expenses.get(rewe.id()).categoryId()).isNull();
        assertThat(expenses.get(other.id()).description()).isEqualTo("Kiosk");
    }

    @Test
    void theFilterLimitsWhatRulesAreAppliedTo() {
        expense("REWE 1", "20.00");
        expenses.add(new ExpenseDetails(LocalDate.of(2025, 6, 1), "REWE 2", new BigDecimal("5.00"), null, null));
        rules.add(contains("Rewe", "rewe", category("Groceries")));

        RulePreview preview = applying.preview(new ExpenseFilter(null, LocalDate.of(2026, 1, 1), null, null), rules.list());

        assertThat(preview.changes()).extracting(RuleChange::oldDescription).containsExactly("REWE 1");
    }

    @Test
    void aChangeMadeSinceThePreviewStopsTheWholeApply() {
        ExpenseRow first = expense("REWE 1", "20.00");
        ExpenseRow second = expense("REWE 2", "21.00");
        rules.add(contains("Rewe", "rewe", category("Groceries")));
        RulePreview preview = applying.preview(ExpenseFilter.all(), rules.list());
        expenses.update(second.id(), second.version(), new ExpenseDetails(second.date(), "REWE 2 edited", second.amount(), null, null));

        assertThatThrownBy(() -> applying.apply(preview.changes())).isInstanceOf(ChangedElsewhereException.class);
        assertThat(expenses.get(first.id()).categoryId()).isNull();
    }

    @Test
    void aDeletedCategoryLeavesTheRuleItsOtherActions() {
        long id = categories.create("Streaming", "#123456").id();
        Rule rule = rules.add(Rule.draft("Netflix", MatchType.CONTAINS, "netflix", null, null, null, id, "Netflix", null));
        categories.delete(id, null);

        Rule after = rules.get(rule.id());
        assertThat(after.categoryId()).isNull();
        assertThat(after.description()).isEqualTo("Netflix");
    }

    @Test
    void learningCountsComeFromTheLedger() {
        long groceries = category("Groceries");
        long eatingOut = category("Eating out");
        for (int i = 0; i < 7; i++) {
            expenses.add(new ExpenseDetails(LocalDate.of(2026, 1, 1 + i), "PAYPAL *SPOTIFY 40293577" + i, new BigDecimal("10.99"), groceries, null));
        }
        expenses.add(new ExpenseDetails(LocalDate.of(2025, 12, 1), "Spotify AB", new BigDecimal("10.99"), eatingOut, null));

        assertThat(rules.suggester().suggest("SPOTIFY 03.01.2026").reason().english())
                .isEqualTo("7 of 8 earlier 'Spotify' expenses were Groceries");
    }

    @Test
    void anImportFillsLinesWithRulesThenSuggestionsAndFindsItsLinesAgain() throws java.io.IOException {
        long groceries = category("Groceries");
        long eatingOut = category("Eating out");
        for (int day = 1; day <= 3; day++) {
            expenses.add(new ExpenseDetails(LocalDate.of(2025, 12, day), "Starbucks Coffee " + day + "0" + day, new BigDecimal("4.10"), eatingOut, null));
        }
        rules.add(Rule.draft("Rewe", MatchType.CONTAINS, "rewe", null, null, null, groceries, "Rewe", "weekly"));
        java.nio.file.Path file = java.nio.file.Files.createTempFile("outlay-statement", ".csv");
        java.nio.file.Files.writeString(file, "date,description,amount,category,notes\n"
                + "2026-01-02,REWE Markt 4711,20.00,,\n2026-01-03,STARBUCKS ****1234 03.01.,4.50,,\n2026-01-04,Kiosk,2.00,,\n");
        ImportService imports = new ImportService(new DatabaseHolder(database));
        ImportRequest request = ImportRequest.of(file, app.outlay.csv.CsvFormat.CANONICAL, app.outlay.csv.ColumnMapping.CANONICAL_FIVE);
        app.outlay.rules.AutoFill autoFill = rules.autoFill();

        ImportReport report = imports.importFile(request, autoFill, rejected -> { });

        assertThat(report.imported()).isEqualTo(3);
        assertThat(autoFill.byRule()).isEqualTo(1);
        assertThat(autoFill.bySuggestion()).isEqualTo(1);
        List<ExpenseRow> imported = expenses.find(new ExpenseFilter(null, LocalDate.of(2026, 1, 1), null, null), 10).rows();
        assertThat(imported).extracting(ExpenseRow::description, ExpenseRow::categoryName, ExpenseRow::notes).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Rewe", "Groceries", "weekly"),
                org.assertj.core.groups.Tuple.tuple("STARBUCKS ****1234 03.01.", "Eating out", null),
                org.assertj.core.groups.Tuple.tuple("Kiosk", null, null));

        // The same file again: the line a rule renamed is still found as a duplicate.
        assertThat(imports.importFile(request, rules.autoFill(), rejected -> { }).duplicates()).isEqualTo(3);
    }

    @Test
    void anImportProfilesRuleAndTheFilesCategoryComeBeforeLearning() throws java.io.IOException {
        long eatingOut = category("Eating out");
        for (int day = 1; day <= 3; day++) {
            expenses.add(new ExpenseDetails(LocalDate.of(2025, 12, day), "Starbucks", new BigDecimal("4.10"), eatingOut, null));
        }
        java.nio.file.Path file = java.nio.file.Files.createTempFile("outlay-statement", ".csv");
        java.nio.file.Files.writeString(file, "date,description,amount,category,notes\n"
                + "2026-01-03,STARBUCKS 1,4.50,,\n2026-01-04,Starbucks 2,2.00,Transport,\n");
        ImportRequest request = ImportRequest.of(file, app.outlay.csv.CsvFormat.CANONICAL, app.outlay.csv.ColumnMapping.CANONICAL_FIVE)
                .withRules(List.of(new app.outlay.csv.CategoryRule("starbucks 1", "Groceries")));

        new ImportService(new DatabaseHolder(database)).importFile(request, rules.autoFill(), rejected -> { });

        assertThat(expenses.find(new ExpenseFilter(null, LocalDate.of(2026, 1, 1), null, null), 10).rows())
                .extracting(ExpenseRow::description, ExpenseRow::categoryName).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("STARBUCKS 1", "Groceries"),
                        org.assertj.core.groups.Tuple.tuple("Starbucks 2", "Transport"));
    }

    @Test
    void applyingRulesKeepsARefundARefundAndAKindRuleMatchesOnlyItsKind() {
        long shopping = category("Shopping");
        ExpenseRow jacket = expenses.add(new ExpenseDetails(LocalDate.of(2026, 1, 5), "AMAZON MKTPLACE 1", new BigDecimal("45.50"),
                shopping, null));
        ExpenseRow refund = expenses.add(new ExpenseDetails(LocalDate.of(2026, 1, 9), "AMAZON MKTPLACE 2", new BigDecimal("45.50"),
                shopping, null, app.outlay.domain.EntryKind.REFUND, jacket.id()));
        rules.add(Rule.draft("Returns", MatchType.CONTAINS, "amazon", null, null, "REFUND", null, "Amazon return", null));

        RulePreview preview = applying.preview(ExpenseFilter.all(), rules.list());
        assertThat(preview.changes()).extracting(RuleChange::expenseId).containsExactly(refund.id());
        assertThat(applying.preview(ExpenseFilter.all().withKind(app.outlay.domain.EntryKind.EXPENSE), rules.list()).changes()).isEmpty();
        applying.apply(preview.changes());

        ExpenseRow after = expenses.get(refund.id());
        assertThat(after.description()).isEqualTo("Amazon return");
        assertThat(after.kind()).isEqualTo(app.outlay.domain.EntryKind.REFUND);
        assertThat(after.refundOf()).isEqualTo(jacket.id());
    }
}
