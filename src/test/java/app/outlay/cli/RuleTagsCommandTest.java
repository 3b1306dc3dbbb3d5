package app.outlay.cli;

import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.data.DatabaseSettings;
import app.outlay.domain.ExpenseDetails;
import app.outlay.service.expense.ExpenseService;
import app.outlay.service.tag.TagService;
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

/** {@code outlay rules add --tag}, and rules files that carry tags (issue 21), on a home of its own. */
class RuleTagsCommandTest {

    @TempDir
    Path home;

    private Result run(String... args) {
        return CliRun.in(home, args);
    }

    private Database open() {
        return Database.open(DatabaseSettings.h2(AppPaths.under(home).createFolders().defaultH2Base()));
    }

    @Test
    void aRuleAddsTagsWhenApplied() {
        long id;
        try (Database database = open()) {
            id = new ExpenseService(new DatabaseHolder(database)).add(new ExpenseDetails(LocalDate.of(2026, 5, 2), "HOTEL ROMA",
                    new BigDecimal("412.80"), null, null)).id();
        }
        Result added = run("rules", "add", "--contains", "hotel", "--tag", "Rome 2026", "--tag", "tax-deductible");
        assertThat(added.code()).as(added.err()).isZero();
        assertThat(run("rules", "list").out()).contains("1  on   contains 'hotel' -> tags 'Rome 2026;tax-deductible'");

        Result dry = run("rules", "apply", "--dry-run");
        assertThat(dry.out()).contains("2026-05-02 412.80 'HOTEL ROMA': tags + 'Rome 2026;tax-deductible' (rule #1)")
                .contains("would change 1 expense of 1");
        assertThat(run("rules", "apply").out()).contains("changed 1 expense of 1 (one undo step)");
        try (Database database = open()) {
            assertThat(new TagService(new DatabaseHolder(database)).tagsOf(id)).containsExactly("Rome 2026", "tax-deductible");
        }
        assertThat(run("rules", "apply", "--dry-run").out()).contains("would change 0 expenses of 1");
    }

    @Test
    void aBadTagIsNamedAndNothingIsSaved() {
        Result refused = run("rules", "add", "--name", "Hotels", "--contains", "hotel", "--tag", "a;b");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("Rule Hotels").contains("a;b");
        assertThat(run("rules", "list").out()).contains("No rules yet");
    }

    @Test
    void rulesFilesCarryTagsAndOlderFilesStillImport() throws IOException {
        run("rules", "add", "--name", "Hotels", "--contains", "hotel", "--tag", "Rome 2026", "--tag", "work");
        Path csv = home.resolve("rules.csv");
        Path json = home.resolve("rules.json");
        run("rules", "export", csv.toString());
        run("rules", "export", json.toString());
        assertThat(Files.readString(csv)).startsWith("name,enabled,match,text,amount_min,amount_max,kind,category,description,note,tags")
                .contains("Rome 2026;work");
        assertThat(Files.readString(json)).contains("\"tags\": \"Rome 2026;work\"");

        Path older = home.resolve("older.json");
        Files.writeString(older, "[{\"name\": \"Rewe\", \"match\": \"contains\", \"text\": \"rewe\", \"category\": \"Groceries\"}]",
                StandardCharsets.UTF_8);
        Path olderCsv = home.resolve("older.csv");
        Files.writeString(olderCsv, "name,enabled,match,text,amount_min,amount_max,kind,category,description,note\n"
                + "Edeka,true,contains,edeka,,,,Groceries,,\n", StandardCharsets.UTF_8);
        assertThat(run("rules", "import", csv.toString()).out()).contains("added 1 rule");
        assertThat(run("rules", "import", json.toString()).out()).contains("added 1 rule");
        assertThat(run("rules", "import", older.toString()).out()).contains("added 1 rule");
        assertThat(run("rules", "import", olderCsv.toString()).out()).contains("added 1 rule");

        List<String> lines = run("rules", "list").out().lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.subList(1, 3)).allSatisfy(line -> assertThat(line).endsWith("Hotels: contains 'hotel' -> tags 'Rome 2026;work'"));
        assertThat(lines.get(3)).endsWith("Rewe: contains 'rewe' -> category 'Groceries'");
        assertThat(lines.get(4)).endsWith("Edeka: contains 'edeka' -> category 'Groceries'");

        Path bad = home.resolve("bad.json");
        Files.writeString(bad, "[{\"match\": \"contains\", \"text\": \"x\", \"tags\": \"" + "y".repeat(61) + "\"}]", StandardCharsets.UTF_8);
        Result refused = run("rules", "import", bad.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("Line 1").contains("y".repeat(61));
    }
}
