package app.outlay.cli;

import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.data.DatabaseSettings;
import app.outlay.domain.ExpenseDetails;
import app.outlay.service.expense.ExpenseFilter;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.service.expense.ExpenseService;
import app.outlay.service.history.UndoService;
import app.outlay.settings.AppPaths;
import app.outlay.testing.CliRun;
import app.outlay.testing.CliRun.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code outlay rules list|add|apply|import|export} on a home of its own. */
class RulesCommandTest {

    @TempDir
    Path home;

    private Result run(String... args) {
        return CliRun.in(home, args);
    }

    private void addExpenses(String... descriptions) {
        AppPaths paths = AppPaths.under(home).createFolders();
        try (Database database = Database.open(DatabaseSettings.h2(paths.defaultH2Base()))) {
            ExpenseService expenses = new ExpenseService(new DatabaseHolder(database));
            for (String description : descriptions) {
                expenses.add(new ExpenseDetails(LocalDate.of(2026, 1, 5), description, new BigDecimal("10.99"), null, null));
            }
        }
    }

    private List<ExpenseRow> expenses() {
        try (Database database = Database.open(DatabaseSettings.h2(AppPaths.under(home).defaultH2Base()))) {
            return new ExpenseService(new DatabaseHolder(database)).find(ExpenseFilter.all(), 100).rows();
        }
    }

    @Test
    void addListAndApplyWithADryRunFirst() {
        addExpenses("PAYPAL *SPOTIFY 4029357733", "Kiosk");

        Result added = run("rules", "add", "--name", "Spotify", "--regex", "spotify", "--max", "20", "--category", "Groceries",
                "--set-description", "Spotify", "--note", "music");
        assertThat(added.code()).as(added.err()).isZero();
        assertThat(run("rules", "list").out()).contains("1  on   Spotify: regex 'spotify', amount ..20.00 -> category 'Groceries', "
                + "description 'Spotify', note 'music'");

        Result dry = run("rules", "apply", "--dry-run");
        assertThat(dry.code()).isZero();
        assertThat(dry.out()).contains("2026-01-05 10.99 'PAYPAL *SPOTIFY 4029357733': description 'PAYPAL *SPOTIFY 4029357733' -> "
                + "'Spotify', category (none) -> 'Groceries', notes + 'music' (rule Spotify)")
                .contains("dry run, nothing written: would change 1 expense of 2");
        assertThat(expenses()).extracting(ExpenseRow::description).contains("PAYPAL *SPOTIFY 4029357733");

        Result applied = run("rules", "apply");
        assertThat(applied.out()).contains("changed 1 expense of 2 (one undo step)");
        assertThat(expenses()).extracting(ExpenseRow::description).containsExactlyInAnyOrder("Spotify", "Kiosk");
        try (Database database = Database.open(DatabaseSettings.h2(AppPaths.under(home).defaultH2Base()))) {
            UndoService undo = new UndoService(new DatabaseHolder(database));
            undo.undo(undo.next().orElseThrow().batchId());
        }
        assertThat(expenses()).extracting(ExpenseRow::description).contains("PAYPAL *SPOTIFY 4029357733");
    }

    @Test
    void aBadPatternIsRefusedNamingItAndNothingIsSaved() {
        Result refused = run("rules", "add", "--name", "Broken", "--regex", "(spotify", "--category", "Groceries");

        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("Rule Broken: the regular expression '(spotify' is not valid");
        assertThat(run("rules", "list").out()).contains("No rules yet");
    }

    @Test
    void anUnknownCategoryIsNamed() {
        Result refused = run("rules", "add", "--contains", "x", "--category", "Nope");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("--category: there is no category named 'Nope'");
    }

    @Test
    void rulesGoOutAndComeBackAsCsvAndJson() throws IOException {
        run("rules", "add", "--name", "Rewe, \"Markt\"", "--contains", "rewe", "--min", "1.50", "--max", "99", "--kind", "expense",
                "--category", "Groceries");
        run("rules", "add", "--starts-with", "paypal", "--note", "line one\nline two", "--disabled");
        String listed = run("rules", "list").out();
        Path csv = home.resolve("rules.csv");
        Path json = home.resolve("rules.json");

        assertThat(run("rules", "export", csv.toString()).out()).contains("exported 2 rules");
        assertThat(run("rules", "export", json.toString()).code()).isZero();
        assertThat(Files.readString(json)).startsWith("[\n  {\"name\": \"Rewe, \\\"Markt\\\"\", \"enabled\": true, \"match\": \"contains\"");

        assertThat(run("rules", "import", csv.toString()).out()).contains("added 2 rules");
        assertThat(run("rules", "import", json.toString()).out()).contains("added 2 rules");

        String all = run("rules", "list").out();
        List<String> lines = all.lines().map(line -> line.substring(3)).toList();
        List<String> first = listed.lines().map(line -> line.substring(3)).toList();
        assertThat(lines).containsExactlyElementsOf(java.util.stream.Stream.of(first, first, first).flatMap(List::stream).toList());
    }

    @Test
    void aBadRulesFileNamesTheLineAndAddsNothing() throws IOException {
        Path csv = home.resolve("bad.csv");
        Files.writeString(csv, "match,text,category\ncontains,rewe,Groceries\nregex,(oops,Groceries\n", StandardCharsets.UTF_8);
        Path json = home.resolve("bad.json");
        Files.writeString(json, "[{\"match\": \"contains\", \"text\": \"x\", \"category\": \"Nope\"}]", StandardCharsets.UTF_8);
        Path broken = home.resolve("broken.json");
        Files.writeString(broken, "[{\"match\": \"contains\", ", StandardCharsets.UTF_8);

        Result badCsv = run("rules", "import", csv.toString());
        assertThat(badCsv.code()).isEqualTo(1);
        assertThat(badCsv.err()).contains("Line 3: Rule (new): the regular expression '(oops' is not valid");
        assertThat(run("rules", "import", json.toString()).err()).contains("Line 1: there is no category 'Nope'");
        assertThat(run("rules", "import", broken.toString()).err()).contains("broken.json cannot be read: line 1: expected");
        assertThat(run("rules", "list").out()).contains("No rules yet");
    }

    @Test
    void importAppliesRulesAndLearningUnlessTurnedOff() throws IOException {
        addExpenses("Starbucks", "Starbucks", "Starbucks");
        try (Database database = Database.open(DatabaseSettings.h2(AppPaths.under(home).defaultH2Base()))) {
            DatabaseHolder holder = new DatabaseHolder(database);
            long eatingOut = new app.outlay.service.category.CategoryService(holder).list().stream()
                    .filter(c -> c.name().equals("Eating out")).findFirst().orElseThrow().id();
            ExpenseService expenses = new ExpenseService(holder);
            for (ExpenseRow row : expenses.find(ExpenseFilter.all(), 10).rows()) {
                expenses.update(row.id(), row.version(), new ExpenseDetails(row.date(), row.description(), row.amount(), eatingOut, null));
            }
        }
        run("rules", "add", "--name", "Spotify", "--contains", "spotify", "--category", "Groceries", "--set-description", "Spotify");
        Path statement = home.resolve("statement.csv");
        Files.writeString(statement, "date,description,amount\n2026-02-01,PAYPAL *SPOTIFY 4029357733,10.99\n"
                + "2026-02-02,STARBUCKS ****1234,4.20\n", StandardCharsets.UTF_8);
        Path again = home.resolve("again.csv");
        Files.writeString(again, "date,description,amount\n2026-03-01,PAYPAL *SPOTIFY 4029357733,10.99\n", StandardCharsets.UTF_8);

        Result imported = run("import", statement.toString());
        Result plain = run("import", again.toString(), "--no-rules");

        assertThat(imported.out()).contains("imported 2").contains("filled in by rules: 1, categories suggested by your history: 1");
        assertThat(plain.out()).contains("imported 1").doesNotContain("filled in");
        assertThat(expenses()).extracting(ExpenseRow::date, ExpenseRow::description, ExpenseRow::categoryName).contains(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 2, 1), "Spotify", "Groceries"),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 2, 2), "STARBUCKS ****1234", "Eating out"),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 3, 1), "PAYPAL *SPOTIFY 4029357733", null));
    }
}
