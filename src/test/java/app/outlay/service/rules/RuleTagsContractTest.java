package app.outlay.service.rules;

import app.outlay.service.expense.ExpenseFilter;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.service.expense.ExpenseService;
import app.outlay.service.history.UndoService;
import app.outlay.service.importing.ImportReport;
import app.outlay.service.importing.ImportRequest;
import app.outlay.service.importing.ImportService;
import app.outlay.service.recurrence.Repeat;
import app.outlay.service.tag.TagService;
import app.outlay.csv.ColumnMapping;
import app.outlay.csv.CsvFormat;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/** Rules that add tags (issue 21): saved with the rule, added on import and by "apply rules", on every database. */
abstract class RuleTagsContractTest {

    protected Database database;
    private RuleService rules;
    private RuleApplyService applying;
    private ExpenseService expenses;
    private TagService tags;
    private UndoService undo;

    protected abstract Database database();

    @BeforeEach
    void cleanLedger() {
        database = database();
        DatabaseHolder holder = TestDatabases.emptyLedger(database);
        rules = new RuleService(holder);
        applying = new RuleApplyService(holder);
        expenses = new ExpenseService(holder);
        tags = new TagService(holder);
        undo = new UndoService(holder);
    }

    private static Rule tagging(String text, String... tagNames) {
        return Rule.draft(null, MatchType.CONTAINS, text, null, null, null, null, null, null, List.of(tagNames));
    }

    private ExpenseRow expense(String description, String... tagNames) {
        return expenses.add(new ExpenseDetails(LocalDate.of(2026, 5, 2), description, new BigDecimal("10.00"), null, null),
                Repeat.NEVER, LocalDate.of(2026, 5, 2), List.of(tagNames));
    }

    private long tagId(String name) {
        return tags.all().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow().id();
    }

    @Test
    void aRuleKeepsItsTagsAndARuleWithOnlyTagsIsARule() {
        Rule saved = rules.add(tagging("hotel", "Rome 2026", "tax-deductible", "rome 2026"));

        assertThat(rules.get(saved.id()).tags()).containsExactly("Rome 2026", "tax-deductible");
        Rule edited = rules.update(saved.withTags(List.of("work")));
        assertThat(rules.list()).singleElement().extracting(Rule::tags).isEqualTo(List.of("work"));
        assertThat(edited.version()).isGreaterThan(saved.version());
    }

    @Test
    void aBadTagNamesTheRuleAndTheTag() {
        assertThatThrownBy(() -> Rule.draft("Hotels", MatchType.CONTAINS, "hotel", null, null, null, null, null, null,
                List.of("x".repeat(61)))).isInstanceOf(InvalidInputException.class).hasMessageContaining("Hotels")
                .hasMessageContaining("x".repeat(61));
        assertThatThrownBy(() -> Rule.draft("Hotels", MatchType.CONTAINS, "hotel", null, null, null, null, null, null,
                java.util.stream.IntStream.range(0, Rule.TAGS_MAX + 1).mapToObj(i -> "t" + i).toList()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("16");
        assertThat(rules.list()).isEmpty();
    }

    @Test
    void renamingOrMergingATagRewritesTheRulesThatAddIt() {
        expense("Hotel Roma", "rome");
        expense("Trattoria", "Italy");
        Rule rule = rules.add(tagging("hotel", "rome", "work"));

        tags.rename(tagId("rome"), "Rome 2026");
        assertThat(rules.get(rule.id()).tags()).containsExactly("Rome 2026", "work");

        tags.merge(tagId("Rome 2026"), tagId("Italy"));
        assertThat(rules.get(rule.id()).tags()).containsExactly("Italy", "work");

        tags.delete(tagId("Italy"));
        assertThat(rules.get(rule.id()).tags()).as("a deleted tag stays in the rule").containsExactly("Italy", "work");
    }

    @Test
    void applyingAddsTheTagsAnExpenseLacksNeverRemovesOnesAndIsUndoneInOneStep() {
        ExpenseRow both = expense("hotel 3", "Rome 2026", "tax-deductible");
        ExpenseRow plain = expense("HOTEL ROMA 1");
        ExpenseRow tagged = expense("Hotel Roma 2", "Work", "rome 2026");
        ExpenseRow other = expense("Kiosk", "snacks");
        rules.add(tagging("hotel", "Rome 2026", "tax-deductible"));

        RulePreview preview = applying.preview(ExpenseFilter.all(), rules.list());

        assertThat(preview.changes()).extracting(RuleChange::expenseId, RuleChange::addedTags).containsExactlyInAnyOrder(
                tuple(plain.id(), List.of("Rome 2026", "tax-deductible")),
                tuple(tagged.id(), List.of("tax-deductible")));
        assertThat(preview.changes()).allSatisfy(change -> {
            assertThat(change.changesTags()).isTrue();
            assertThat(change.changesDescription() || change.changesCategory() || change.changesNotes()).isFalse();
        });
        assertThat(applying.apply(preview.changes())).isEqualTo(2);

        assertThat(tags.tagsOf(plain.id())).containsExactly("Rome 2026", "tax-deductible");
        assertThat(tags.tagsOf(tagged.id())).as("Work kept").containsExactly("Rome 2026", "tax-deductible", "Work");
        assertThat(tags.tagsOf(both.id())).containsExactly("Rome 2026", "tax-deductible");
        assertThat(tags.tagsOf(other.id())).containsExactly("snacks");
        assertThat(applying.preview(ExpenseFilter.all(), rules.list()).changes()).as("applying again changes nothing").isEmpty();

        UndoService.UndoStep step = undo.next().orElseThrow();
        assertThat(step.label()).contains("2");
        undo.undo(step.batchId());

        assertThat(tags.tagsOf(plain.id())).isEmpty();
        assertThat(tags.tagsOf(tagged.id())).containsExactly("Rome 2026", "Work");
        assertThat(tags.tagsOf(both.id())).containsExactly("Rome 2026", "tax-deductible");
    }

    @Test
    void tagsAddedWithOtherChangesAreUndoneWithThem() {
        ExpenseRow hotel = expense("HOTEL ROMA 1");
        rules.add(Rule.draft("Hotel", MatchType.CONTAINS, "hotel", null, null, null, null, "Hotel Roma", "trip",
                List.of("Rome 2026")));

        RulePreview preview = applying.preview(ExpenseFilter.all(), rules.list());
        assertThat(preview.changes()).singleElement().satisfies(change -> {
            assertThat(change.newDescription()).isEqualTo("Hotel Roma");
            assertThat(change.addedTags()).containsExactly("Rome 2026");
        });
        applying.apply(preview.changes());
        assertThat(expenses.get(hotel.id()).description()).isEqualTo("Hotel Roma");
        assertThat(tags.tagsOf(hotel.id())).containsExactly("Rome 2026");

        undo.undo(undo.next().orElseThrow().batchId());
        assertThat(expenses.get(hotel.id()).description()).isEqualTo("HOTEL ROMA 1");
        assertThat(expenses.get(hotel.id()).notes()).isNull();
        assertThat(tags.tagsOf(hotel.id())).isEmpty();
    }

    @Test
    void tagsGivenSinceThePreviewAreKept() {
        ExpenseRow hotel = expense("HOTEL ROMA 1");
        rules.add(tagging("hotel", "Rome 2026"));
        RulePreview preview = applying.preview(ExpenseFilter.all(), rules.list());
        tags.setTags(hotel.id(), List.of("work", "ROME 2026"));

        applying.apply(preview.changes());

        assertThat(tags.tagsOf(hotel.id())).containsExactly("ROME 2026", "work");
    }

    @Test
    void anImportAddsTheRulesTagsToTheLinesOwn() throws Exception {
        rules.add(Rule.draft("Hotel", MatchType.CONTAINS, "hotel", null, null, null, null, null, null, List.of("Rome 2026", "travel")));
        Path file = Files.createTempFile("outlay-tagged", ".csv");
        Files.writeString(file, "date,description,amount,category,notes,kind,tags\n"
                + "2026-05-02,Hotel Roma,412.80,,,expense,tax-deductible;TRAVEL\n"
                + "2026-05-03,Kiosk,2.00,,,expense,\n");
        ImportReport report = new ImportService(new DatabaseHolder(database)).importFile(
                ImportRequest.of(file, CsvFormat.CANONICAL, ColumnMapping.CANONICAL_ALL), rules.autoFill(), rejected -> { });

        assertThat(report.committed()).isTrue();
        List<ExpenseRow> rows = expenses.find(ExpenseFilter.all(), 10).rows();
        assertThat(rows).extracting(ExpenseRow::description, row -> tags.tagsOf(row.id())).containsExactlyInAnyOrder(
                tuple("Hotel Roma", List.of("Rome 2026", "tax-deductible", "TRAVEL")),
                tuple("Kiosk", List.of()));
    }

    @Test
    void applyingFollowsTheListsTagFilter() {
        ExpenseRow work = expense("Hotel A", "work");
        expense("Hotel B", "private");
        rules.add(tagging("hotel", "travel"));

        RulePreview preview = applying.preview(ExpenseFilter.all().withTags(java.util.Set.of(tagId("work")),
                ExpenseFilter.TagMatch.ANY), rules.list());

        assertThat(preview.examined()).isEqualTo(1);
        assertThat(preview.changes()).extracting(RuleChange::expenseId).containsExactly(work.id());
    }

    @Test
    void aSplitPaymentGetsNoTagsOfItsOwnFromARule() {
        ExpenseRow split = expenses.add(new ExpenseDetails(LocalDate.of(2026, 5, 2), "Hotel and minibar", new BigDecimal("100.00"),
                null, null), Repeat.NEVER, LocalDate.of(2026, 5, 2), List.of(), List.of(
                new app.outlay.domain.SplitPart(null, new BigDecimal("80.00"), "room", List.of("work")),
                new app.outlay.domain.SplitPart(null, new BigDecimal("20.00"), "minibar", List.of())));
        ExpenseRow plain = expense("Hotel Roma");
        rules.add(tagging("hotel", "travel"));

        RulePreview preview = applying.preview(ExpenseFilter.all(), rules.list());

        assertThat(preview.changes()).extracting(RuleChange::expenseId).containsExactly(plain.id());
        applying.apply(preview.changes());
        assertThat(tags.tagsOf(split.id())).isEmpty();
    }
}
