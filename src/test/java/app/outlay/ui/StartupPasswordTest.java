package app.outlay.ui;

import app.outlay.AppContext;
import app.outlay.data.DatabaseSettings;
import app.outlay.settings.AppPaths;
import app.outlay.testing.TestPostgres;
import app.outlay.ui.main.MainWindow;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PostgreSQL ledger whose password is known nowhere: the launch asks for it with the keyboard already in the
 * password field, in a dialog of a readable width that fits on the screen.
 */
class StartupPasswordTest extends OutlayUiTest {

    @Override
    protected void startContext() throws Exception {
        DatabaseSettings target = TestPostgres.freshDatabaseWithPassword();
        Files.writeString(home.resolve("settings.properties"), "db.kind=postgresql\ndb.pg.host=" + target.host()
                + "\ndb.pg.port=" + target.port() + "\ndb.pg.database=" + target.database() + "\ndb.pg.user=" + target.user()
                + "\ndb.pg.sslmode=disable\n");
        context = new AppContext(AppPaths.under(home), Locale.US);
        showWindow();
        interact(() -> MainWindow.openDatabase(context));
    }

    /**
     * A test that fails while the dialog is open would close it through the window, which quits the app (the
     * toolkit too): answer it the harmless way first.
     */
    @AfterEach
    void answerAnOpenDialog() {
        Window dialog = windowWith("#startupPassword");
        if (dialog != null) {
            interact(() -> ((Button) dialog.getScene().lookup(".button-bar").lookupAll(".button").stream()
                    .filter(b -> ((Button) b).getText().startsWith("Use the embedded")).findFirst().orElseThrow()).fire());
            waitUntil(() -> !context.tasks().isBusy() && databaseText().startsWith("H2"));
        }
    }

    @Test
    void thePasswordIsTypedStraightIntoTheFieldAndEnterRetries() {
        awaitWindowWith("#startupPassword");
        waitUntil(() -> DialogFocusTest.focused() instanceof PasswordField field && "startupPassword".equals(field.getId()));

        Window dialog = windowWith("#startupPassword");
        // Its text wrapped at a readable width, its four buttons each as wide as their label (once 1,184 px).
        assertThat(dialog.getWidth()).as("dialog width").isBetween(380.0, 700.0);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertThat(dialog.getX()).isGreaterThanOrEqualTo(screen.getMinX());
        assertThat(dialog.getX() + dialog.getWidth()).isLessThanOrEqualTo(screen.getMaxX());

        write("right-password");
        type(KeyCode.ENTER);

        waitUntil(() -> windowWith("#startupPassword") == null && !context.tasks().isBusy()
                && databaseText().startsWith("PostgreSQL"));
        // The count is read after the ledger is in use, a moment later (machine PostgreSQL in CI: not yet there).
        waitUntil(() -> "0 expenses in the ledger".equals(statusText()));
    }
}
