package app.outlay.ui;

import app.outlay.data.LedgerFiles;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 24, item 1: File ▸ Protect with a password… encrypts the open ledger, warns first, and keeps it open. */
class ProtectLedgerUiTest extends OutlayUiTest {

    private static final String DESCRIPTION = "Qwertz Apothecary 0815";

    @Test
    void protectingTheOpenLedgerLeavesNoDescriptionInClearAndKeepsTheWindowWorking() throws Exception {
        try (Connection connection = context.database().get().dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("insert into expense (id, spent_on, description, amount, category_id, created_at, updated_at) "
                    + "values (1, date '2026-03-01', '" + DESCRIPTION + "', 12.34, 1, current_timestamp, current_timestamp)");
            app.outlay.totals.KeptTotals.rebuild(connection); // a row written past the services: its kept totals (V28)
        }
        MenuItem protect = menuItem("protectItem");
        Platform.runLater(protect::fire);
        awaitWindowWith("#protectPassword");
        Label problem = lookup("#protectProblem").queryAs(Label.class);
        assertThat(lookup(".dialog-pane .label").queryAllAs(Label.class)).anyMatch(label -> label.getText().contains("cannot be recovered"));
        assertThat(problem.getText()).isEqualTo("Enter a password.");

        clickOn("#protectPassword").write("open sesame");
        clickOn("#protectRepeated").write("open sesam");
        assertThat(problem.getText()).isEqualTo("The two passwords differ.");
        assertThat(lookup("Protect").queryAs(Button.class).isDisabled()).isTrue();
        clickOn("#protectRepeated").write("e");
        assertThat(problem.getText()).isNull();
        clickOn("Protect");

        waitUntil(() -> lookup("OK").tryQuery().isPresent() && !context.tasks().isBusy());
        clickOn("OK");
        assertThat(LedgerFiles.isEncrypted(home.resolve("data/outlay.mv.db"))).isTrue();
        assertThat(context.database().get().settings().isProtected()).isTrue();
        assertThat(filesContaining(DESCRIPTION)).isEmpty();
        waitUntil(() -> "1 expense in the ledger".equals(statusText()));

        // Protected now: the same item offers to change the password or remove the protection (tester2 D5: it kept
        // its name, and took no current password).
        assertThat(protect.getText()).isEqualTo("Change the _password\u2026");
        Platform.runLater(protect::fire);
        awaitWindowWith("#protectCurrent");
        assertThat(lookup("Remove protection").queryAs(Button.class).isDisabled()).as("not without the current password").isTrue();
        clickOn("#protectCurrent").write("open sesam");
        clickOn("Remove protection");
        waitUntil(() -> lookup("OK").tryQuery().isPresent() && !context.tasks().isBusy());
        assertThat(lookup(".dialog-pane .label").queryAllAs(Label.class))
                .anyMatch(label -> label.getText().startsWith("Current password: that is not the password of the ledger"));
        clickOn("OK");
        assertThat(LedgerFiles.isEncrypted(home.resolve("data/outlay.mv.db"))).as("a wrong one changes nothing").isTrue();

        Platform.runLater(protect::fire);
        awaitWindowWith("#protectCurrent");
        clickOn("#protectCurrent").write("open sesame");
        clickOn("Remove protection");
        waitUntil(() -> lookup("OK").tryQuery().isPresent() && !context.tasks().isBusy());
        clickOn("OK");
        assertThat(LedgerFiles.isEncrypted(home.resolve("data/outlay.mv.db"))).isFalse();
        assertThat(context.database().get().settings().isProtected()).isFalse();
        waitUntil(() -> "1 expense in the ledger".equals(statusText()));
        assertThat(protect.getText()).isEqualTo("_Protect with a password\u2026");
    }

    private List<Path> filesContaining(String text) throws Exception {
        String needle = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        try (Stream<Path> files = Files.walk(home)) {
            return files.filter(Files::isRegularFile).filter(file -> {
                try {
                    return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(needle);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
