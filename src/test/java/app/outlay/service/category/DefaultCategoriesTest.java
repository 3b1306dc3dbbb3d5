package app.outlay.service.category;

import app.outlay.cli.CommandLineApp;
import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.data.DatabaseSettings;
import app.outlay.settings.AppPaths;
import app.outlay.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A new ledger's default categories are named in the language of whoever creates it; an existing ledger keeps its names. */
class DefaultCategoriesTest {

    private static final List<String> GERMAN = List.of("Einkaufen", "Erhaltene Geschenke", "Essen gehen", "Freizeit",
            "Gehalt", "Gesundheit", "Lebensmittel", "Nebenkosten", "Reisen", "Sonstiges", "Verkehr", "Wohnen", "Zinsen");

    @Test
    void aLedgerCreatedInGermanStartsWithGermanCategories() {
        DatabaseSettings fresh = DatabaseSettings.h2(TestDatabases.tempDir("outlay-de").resolve("outlay"));
        try (Database database = DefaultCategories.nameInLanguage(Database.open(fresh), Locale.GERMANY)) {
            assertThat(names(database)).containsExactlyElementsOf(GERMAN);
            // Names and their keys agree: a category is found by its German name.
            assertThat(new CategoryService(new DatabaseHolder(database)).summaries())
                    .extracting(CategorySummary::name).contains("Lebensmittel");
        }
    }

    @Test
    void anExistingEnglishLedgerIsNotRenamedWhenOpenedInGerman() {
        DatabaseSettings ledger = DatabaseSettings.h2(TestDatabases.tempDir("outlay-en").resolve("outlay"));
        try (Database database = DefaultCategories.nameInLanguage(Database.open(ledger), Locale.US)) {
            assertThat(names(database)).contains("Groceries", "Eating out");
        }
        try (Database database = DefaultCategories.nameInLanguage(Database.open(ledger), Locale.GERMANY)) {
            assertThat(names(database)).contains("Groceries", "Eating out").doesNotContain("Lebensmittel");
        }
    }

    @Test
    void theCommandLineCreatesALedgerInTheSettingsLanguage() throws Exception {
        Path home = TestDatabases.tempDir("outlay-cli-de");
        Files.writeString(home.resolve("settings.properties"), "ui.language=de\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineApp.run(AppPaths.under(home).createFolders(), new String[] {"db", "migrate"},
                new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        try (Database database = Database.open(DatabaseSettings.h2(home.resolve("data").resolve("outlay")))) {
            assertThat(names(database)).containsExactlyElementsOf(GERMAN);
        }
    }

    private static List<String> names(Database database) {
        return new CategoryService(new DatabaseHolder(database)).summaries().stream().map(CategorySummary::name).toList();
    }
}
