package app.outlay.ui;

import app.outlay.data.DatabaseSettings;
import app.outlay.data.LedgerProtection;
import app.outlay.ui.main.MainWindow;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 24, item 1: a protected embedded ledger asks for its password at start; a wrong one changes nothing. */
class ProtectedLedgerStartTest extends OutlayUiTest {

    private static final String PASSWORD = "pass phrase 1";

    @Override
    protected void startContext() throws Exception {
        DatabaseSettings ledger = DatabaseSettings.h2(home.resolve("data/outlay"));
        app.outlay.data.Database.open(ledger, home.resolve("backups")).close();
        try (Connection connection = DriverManager.getConnection(ledger.jdbcUrl(), ledger.user(), "");
             Statement statement = connection.createStatement()) {
            statement.execute("insert into expense (id, spent_on, description, amount, category_id, created_at, updated_at) "
                    + "values (1, date '2026-03-01', 'Secret shop', 12.34, 1, current_timestamp, current_timestamp)");
            app.outlay.totals.KeptTotals.rebuild(connection); // a row written past the services: its kept totals (V28)
        }
        LedgerProtection.protect(ledger, PASSWORD, home.resolve("backups"));
        context = new app.outlay.AppContext(app.outlay.settings.AppPaths.under(home), java.util.Locale.US);
        showWindow();
        interact(() -> MainWindow.openDatabase(context));
    }

    @Test
    void theWindowAsksForTheLedgersPasswordAndOpensWithIt() throws Exception {
        waitUntil(() -> lookup("#startupPassword").tryQuery().isPresent());
        DialogPane dialog = lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(((Label) dialog.getContent().lookup(".label")).getText()).contains("is protected with a password")
                .doesNotContain("OUTLAY_LEDGER_PASSWORD");
        // A password prompt, not a failure (tester2 C2): "Password for …" and Open.
        assertThat(dialog.getHeaderText()).startsWith("Password for ").endsWith(java.nio.file.Path.of("data", "outlay.mv.db").toString());
        assertThat(lookup("Retry").tryQuery()).isEmpty();
        byte[] before = Files.readAllBytes(home.resolve("data/outlay.mv.db"));

        clickOn("#startupPassword").write("wrong");
        clickOn("Open");
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent()
                && lookup(".dialog-pane").queryAs(DialogPane.class).getContent().lookup(".label") instanceof Label label
                && label.getText().contains("That is not the password"));
        assertThat(Files.readAllBytes(home.resolve("data/outlay.mv.db"))).as("a wrong password changes nothing").isEqualTo(before);

        clickOn("#startupPassword").write(PASSWORD);
        clickOn("Retry");
        waitUntil(() -> databaseText().startsWith("H2") && !context.tasks().isBusy());
        assertThat(statusText()).isEqualTo("1 expense in the ledger");
    }
}
