package app.outlay.rules;

import app.outlay.csv.ColumnMapping;
import app.outlay.csv.CsvFormat;
import app.outlay.csv.CsvWriter;
import app.outlay.data.DatabaseHolder;
import app.outlay.service.category.CategoryRow;
import app.outlay.service.category.CategoryService;
import app.outlay.service.importing.ImportReport;
import app.outlay.service.importing.ImportRequest;
import app.outlay.service.importing.ImportService;
import app.outlay.service.rules.RuleService;
import app.outlay.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "done when": after importing a year of categorised history, an uncategorised statement from the same
 * household gets at least 90% of its lines right from rules plus learning alone. The data ({@link Household}) is
 * built like real statements; the history goes in through the real import, the learning reads it back with SQL.
 */
class RulesAndLearningAccuracyTest {

    @Test
    void aYearOfHistoryCategorisesNinetyPercentOfTheNextStatement() throws IOException {
        DatabaseHolder holder = TestDatabases.emptyLedger(TestDatabases.h2());
        Household household = new Household();
        List<Household.Line> history = household.history();
        ImportReport imported = new ImportService(holder).importFile(
                ImportRequest.of(write(history), CsvFormat.CANONICAL, ColumnMapping.CANONICAL).keepingDuplicates(true), rejected -> { });
        assertThat(imported.committed()).isTrue();
        assertThat(imported.imported()).isEqualTo(history.size());

        // The two rules a user would have written: the bank's PayPal lines, and the electricity with a note.
        Map<String, Long> ids = new CategoryService(holder).list().stream().collect(Collectors.toMap(CategoryRow::name, CategoryRow::id));
        RuleService rules = new RuleService(holder);
        rules.add(Rule.draft("Spotify", MatchType.REGEX, "^(paypal \\*|pp\\*)spotify", null, null, null,
                ids.get("Subscriptions"), "Spotify", null));
        rules.add(Rule.draft("Electricity", MatchType.CONTAINS, "vattenfall", null, null, "EXPENSE", ids.get("Utilities"), null, "electricity"));

        RuleMatcher matcher = rules.matcher();
        Suggester suggester = rules.suggester();
        List<Household.Line> statement = household.statement();
        int right = 0;
        int byRule = 0;
        int bySuggestion = 0;
        StringBuilder wrong = new StringBuilder();
        for (Household.Line line : statement) {
            Rule rule = matcher.match(line.description(), line.amount(), null);
            Suggestion suggestion = rule == null ? suggester.suggest(line.description()) : null;
            String category = rule != null ? rule.categoryName() : suggestion == null ? null : suggestion.categoryName();
            if (line.category().equals(category)) {
                right++;
                if (rule != null) {
                    byRule++;
                } else {
                    bySuggestion++;
                }
            } else {
                wrong.append("\n  ").append(line.description()).append(": ").append(category).append(", not ").append(line.category());
            }
        }
        double share = 100.0 * right / statement.size();
        System.out.printf("Rules and learning: %d of %d statement lines right (%.1f%%; %d by rules, %d by suggestions) "
                + "after %d lines of history. Wrong or unknown:%s%n", right, statement.size(), share, byRule, bySuggestion,
                history.size(), wrong);
        assertThat(share).isGreaterThanOrEqualTo(90.0);
        assertThat(byRule).isPositive();
        assertThat(bySuggestion).isPositive();
    }

    private static Path write(List<Household.Line> lines) throws IOException {
        Path file = Files.createTempFile("outlay-history", ".csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            CsvWriter csv = new CsvWriter(out, ',');
            csv.write(List.of("date", "description", "amount", "category", "notes", "kind"));
            for (Household.Line line : lines) {
                csv.write(List.of(line.date().toString(), line.description(), line.amount().toPlainString(), line.category(), "", "expense"));
            }
            csv.flush();
        }
        return file;
    }
}
