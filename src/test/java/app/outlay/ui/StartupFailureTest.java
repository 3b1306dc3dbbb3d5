package app.outlay.ui;

import app.outlay.ui.main.MainWindow;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/** Launching with a PostgreSQL server that is down: the reason and the user's choices, never a crash or silent fallback. */
class StartupFailureTest extends OutlayUiTest {

    private int deadPort;

    @Override
    protected void startContext() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            deadPort = socket.getLocalPort();
        }
        Files.writeString(home.resolve("settings.properties"),
                "db.kind=postgresql\ndb.pg.host=localhost\ndb.pg.port=" + deadPort + "\ndb.pg.database=ledger\ndb.pg.user=ann\n");
        context = new app.outlay.AppContext(app.outlay.settings.AppPaths.under(home), java.util.Locale.US);
        showWindow();
        interact(() -> MainWindow.openDatabase(context));
    }

    @Test
    void serverDownOffersChoicesAndCanUseTheEmbeddedDatabaseThisTime() throws Exception {
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).contains("could not open PostgreSQL").contains(":" + deadPort);
        assertThat(lookup("Retry").tryQuery()).isPresent();
        assertThat(lookup("Open settings\u2026").tryQuery()).isPresent();
        assertThat(lookup("Quit").tryQuery()).isPresent();
        assertThat(((javafx.scene.control.Label) dialog.getContent().lookup(".label")).getText()).contains("connection refused");

        clickOn("Use the embedded database this time");

        waitUntil(() -> databaseText().startsWith("H2") && !context.tasks().isBusy());
        assertThat(statusText()).isEqualTo("0 expenses in the ledger");
        // Only for this session: the settings still name the server.
        assertThat(Files.readString(home.resolve("settings.properties"))).contains("db.kind=postgresql");
    }
}
