package app.outlay.ui;

import app.outlay.data.DatabaseSettings;
import app.outlay.domain.ExpenseDetails;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.testing.TestPostgres;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The settings dialog driven through a real switch from the embedded database to a real PostgreSQL server. */
class SettingsDialogTest extends OutlayUiTest {

    @Test
    void switchToPostgresCopiesTheLedger() throws Exception {
        context.expenses().add(new ExpenseDetails(LocalDate.of(2026, 3, 1), "Rent", new BigDecimal("950.00"), 3L, null));
        context.expenses().add(new ExpenseDetails(LocalDate.of(2026, 3, 2), "Bread", new BigDecimal("0.10"), 1L, "sourdough"));
        DatabaseSettings target = TestPostgres.freshDatabaseWithPassword();
        // The seeded categories are counted, not assumed: their number grows with the features that seed them.
        String copyLabel = "Copy my 2 expenses and " + context.ledger().counts().categories() + " categories";

        press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        awaitWindowWith("#pgChoice");
        clickOn("#pgChoice");
        replaceText("#hostField", target.host());
        replaceText("#portField", Integer.toString(target.port()));
        replaceText("#databaseField", target.database());
        replaceText("#userField", target.user());
        replaceText("#passwordField", "wrong-password");
        clickOn("#testButton");
        waitUntil(() -> statusLine().contains("refused the password"));

        replaceText("#passwordField", target.password());
        clickOn("#testButton");
        waitUntil(() -> statusLine().startsWith("Connected: PostgreSQL"));

        clickOn("#saveButton");
        waitUntil(() -> lookup(".dialog-pane").match(pane -> pane.lookup(".header-panel") != null).tryQuery().isPresent()
                && lookup(copyLabel).tryQuery().isPresent());
        // A readable dialog, its buttons each as wide as their label (not all stretched to the widest), on screen.
        Button copyButton = lookup(copyLabel).queryAs(Button.class);
        Button emptyButton = lookup("Start empty").queryAs(Button.class);
        javafx.stage.Window copyDialog = copyButton.getScene().getWindow();
        assertThat(copyDialog.getWidth()).as("copy dialog width").isLessThanOrEqualTo(620);
        assertThat(emptyButton.getWidth()).isLessThan(copyButton.getWidth() * 0.7);
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        assertThat(copyDialog.getX()).isGreaterThanOrEqualTo(screen.getMinX());
        assertThat(copyDialog.getX() + copyDialog.getWidth()).isLessThanOrEqualTo(screen.getMaxX());
        clickOn(copyLabel);

        waitUntil(() -> databaseText().startsWith("PostgreSQL") && rows().size() == 2 && !context.tasks().isBusy());
        assertThat(rows()).extracting(ExpenseRow::description).containsExactly("Bread", "Rent");
        assertThat(totalText()).isEqualTo("$950.10");
        assertThat(stage.getTitle()).contains("PostgreSQL").contains(target.database());
        assertThat(windowWith("#pgChoice")).isNull();
        String settings = Files.readString(home.resolve("settings.properties"));
        assertThat(settings).contains("db.kind=postgresql", "db.pg.database=" + target.database())
                .doesNotContain(target.password());
        // The embedded file is still there, untouched, for going back.
        assertThat(home.resolve("data/outlay.mv.db")).exists();
    }

    @Test
    void refusedServerKeepsTheEmbeddedDatabase() {
        press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        awaitWindowWith("#pgChoice");
        clickOn("#pgChoice");
        replaceText("#portField", "1");
        clickOn("#saveButton");

        waitUntil(() -> statusLine().contains("connection refused"));
        assertThat(statusLine()).contains("Outlay is still using H2");
        assertThat(lookup("#saveButton").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(databaseText()).startsWith("H2");
        assertThat(home.resolve("settings.properties")).doesNotExist();
    }

    private String statusLine() {
        return lookup("#statusLabel").queryAs(Label.class).getText();
    }

    private void replaceText(String id, String text) {
        clickOn(id);
        push(KeyCode.CONTROL, KeyCode.A);
        push(KeyCode.BACK_SPACE);
        write(text);
    }
}
