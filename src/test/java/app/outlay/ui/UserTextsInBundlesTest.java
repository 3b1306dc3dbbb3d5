package app.outlay.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a user reads is in the messages bundles (English and German), none in the code: FXML text attributes
 * are {@code %keys}, and Java sources whose strings can reach the window hold no literal that reads like words.
 * The command line ({@code app.outlay.cli}) is left out: it is a tool for scripts and stays English; so is
 * {@code app.outlay.build}, which writes the man page, completion and notices at build time, never to the window.
 */
class UserTextsInBundlesTest {

    private static final Path JAVA = Path.of("src/main/java/app/outlay");
    private static final Path FXML = Path.of("src/main/resources/app/outlay/ui");

    /** Files whose words are not for the window, and why. */
    private static final Map<String, String> NOT_FOR_THE_WINDOW = Map.ofEntries(
            Map.entry("csv/CsvDetector.java", "the words it looks for in a bank file's header"),
            Map.entry("data/JdbcTargets.java", "the targets of 'outlay db copy', a command-line tool"),
            Map.entry("bankfiles/Camt053Reader.java", "ISO 20022 element names, which its messages quote as the file has them"),
            Map.entry("data/SchemaStatus.java", "what 'outlay db status' prints"),
            Map.entry("settings/AppPaths.java", "folder names; its one message is printed by the launcher before any window"),
            Map.entry("settings/FolderMigration.java", "what it moved, written to the log at start, before any window"),
            Map.entry("totals/KeptTotals.java", "SQL pieces of the kept totals' upsert"),
            Map.entry("totals/SummaryReader.java", "SQL pieces of the kept totals' reads"),
            Map.entry("totals/SummarySql.java", "SQL that sums the kept totals from the rows"));

    /**
     * Literals that read like words but are no text for the window: the names of things, headers of files people
     * rarely open, labels the window replaces with its own, and programming errors (a user sees those only as the
     * technical detail of "Something unexpected went wrong").
     */
    private static final Set<String> ALLOWED = Set.of(
            // names: the app, its PostgreSQL connections, its settings and profile files' header comments
            "Outlay", "Outlay-live-", "Outlay-session-", "PostgreSQL \u00b7 ", "Outlay settings", "Outlay import profile",
            // stored in the change log as the computer's name when it has none
            "unknown computer",
            // the command line's labels; the window names the total line and expenses without a category itself
            "Total", "No category",
            // the detail of a copy that did not verify (counts per category id), which should never be seen
            "no category", "category ",
            // the fx:id suffix of table columns
            "Column",
            // programming errors
            "Cannot create controller ", "Unknown change ", "Not on the FX thread",
            "Expected ", "Missing view ", "Cannot load ", "Live updates need PostgreSQL; ", " has no other clients.",
            "No sequence ", "Could not list the migrations in ", "Interrupted while waiting for the next lines",
            "The producer has not finished", "No copy question is open: ", " is closed", "The ledger has no row ",
            // SQL fragments the scanner cannot tell from words
            ") from Expense e", "sum(case when kind = 'EXPENSE' then amount end), sum(case when kind = 'REFUND' then amount end), ",
            "(lower(description) like ? escape '!' or lower(notes) like ? escape '!')",
            "CSV is read by app.outlay.csv", "checkpoint sync", "shutdown compact", "set write_delay 500", "set write_delay 0",
            "SET WRITE_DELAY \\\\d{1,9}",
            // what the rules reader (only 'outlay rules import' so far) says a JSON file lacks at a place
            "end of file", "a text, a number, true, false or null", "four hex digits", "an escape",
            // the detail of a stopped match, written to the log
            "regular expression stopped after ",
            // a value's toString, for debugging
            "MoneyFormat[");

    @Test
    void fxmlTextsAreBundleKeys() throws IOException {
        List<UserTextScanner.Finding> findings = new ArrayList<>();
        for (Path file : files(FXML, ".fxml")) {
            findings.addAll(UserTextScanner.scanFxml(FXML.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8)));
        }
        assertThat(findings).as("FXML texts that are not %keys").isEmpty();
    }

    @Test
    void javaHoldsNoWordsForPeople() throws IOException {
        List<UserTextScanner.Finding> findings = new ArrayList<>();
        for (Path file : files(JAVA, ".java")) {
            if (file.startsWith(JAVA.resolve("cli")) || file.startsWith(JAVA.resolve("build")) || NOT_FOR_THE_WINDOW.containsKey(JAVA.relativize(file).toString())) {
                continue;
            }
            findings.addAll(UserTextScanner.scanJava(JAVA.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8), ALLOWED));
        }
        assertThat(findings).as("texts written in code instead of messages.properties / messages_de.properties").isEmpty();
    }

    /** The scanner itself: it must catch a word in a label, and let technical strings pass. */
    @Test
    void theScannerCatchesWordsAndPassesTechnicalStrings() {
        assertThat(scan("root.getChildren().add(new Label(\"Hello\"));")).extracting(UserTextScanner.Finding::text).containsExactly("Hello");
        assertThat(scan("status.setText(\"saved\");")).as("anything put on screen").hasSize(1);
        assertThat(scan("throw new IllegalStateException(\"The file could not be read\");")).hasSize(1);
        assertThat(scan("String s = \"Changed \" + name;")).hasSize(1);
        assertThat(scan("""
                cell.getStyleClass().add("amount-cell");
                view.load(Foo.class, "ExpensesView.fxml");
                resources.getString("menu.file.quit");
                log.warn("Could not save the window layout", e);
                session.createQuery("select count(e) from Expense e where e.id = :id");
                String key = "categories";
                bar.setStyle("-fx-bar-fill: " + colour + ";");
                char quote = '"'; // a "quoted" comment
                /* "Block comment words" */
                """)).isEmpty();
        assertThat(scan("label.setText(\"\\u2014\");")).as("symbols need no translation").isEmpty();

        assertThat(UserTextScanner.scanFxml("x.fxml", "<Button text=\"Save\"/><Label text=\"%editor.save\" promptText=\"0.00\"/>"))
                .extracting(UserTextScanner.Finding::text).containsExactly("Save");
    }

    private static List<UserTextScanner.Finding> scan(String source) {
        return UserTextScanner.scanJava("Sample.java", source, Set.of());
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
