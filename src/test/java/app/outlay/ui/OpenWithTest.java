package app.outlay.ui;

import app.outlay.AppContext;
import app.outlay.data.Database;
import app.outlay.settings.AppPaths;
import app.outlay.testing.CsvSamples;
import app.outlay.ui.main.MainWindow;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Open with Outlay" and a second launch handing a file over: the window comes forward and opens the import wizard on
 * the file, and at start-up it waits for the ledger to be open first. A file handed over while a wizard is open waits
 * its turn: one wizard at a time, which says what comes next.
 */
class OpenWithTest extends OutlayUiTest {

    private Database database;

    /** The window before its database, as at start-up. */
    @Override
    protected void startContext() throws Exception {
        context = new AppContext(AppPaths.under(home), locale());
        database = context.openConfiguredDatabase();
        showWindow();
    }

    @Test
    void aFileHandedOverBeforeTheLedgerIsOpenWaitsForIt() {
        Path statement = CsvSamples.file("us-bank.csv");
        interact(() -> MainWindow.importFile(stage, context, statement));
        assertThat(windowWith("#previewTable")).as("no wizard before the ledger is open").isNull();

        interact(() -> context.activate(database));
        awaitWindowWith("#previewTable");
    }

    @Test
    void aSecondLaunchBringsTheWindowForwardWithItsFile() {
        interact(() -> context.activate(database));
        interact(() -> stage.setIconified(true));
        interact(() -> MainWindow.bringForward(stage, context, Optional.of(CsvSamples.file("us-bank.csv"))));
        assertThat(stage.isIconified()).isFalse();
        awaitWindowWith("#previewTable");
    }

    @Test
    void aFileHandedOverWhileAWizardIsOpenWaitsForItAndTheWizardSaysSo() {
        interact(() -> context.activate(database));
        interact(() -> MainWindow.importFile(stage, context, CsvSamples.file("us-bank.csv")));
        awaitWindowWith("#previewTable");
        Window first = windowWith("#previewTable");

        interact(() -> MainWindow.bringForward(stage, context, Optional.of(CsvSamples.file("statement-march.csv"))));
        assertThat(wizards()).as("the open wizard, no second one").containsExactly(first);
        assertThat(first.isFocused()).as("the open wizard comes forward").isTrue();
        assertThat(text(first, "#waitingLabel")).isEqualTo(
                "Next: statement-march.csv. It opens when this import is finished or cancelled.");

        // The file already waiting, or the one open, is not queued again.
        interact(() -> MainWindow.importFile(stage, context, CsvSamples.file("statement-march.csv")));
        interact(() -> MainWindow.importFile(stage, context, CsvSamples.file("us-bank.csv")));
        assertThat(wizards()).containsExactly(first);
        assertThat(text(first, "#waitingLabel")).isEqualTo(
                "Next: statement-march.csv. It opens when this import is finished or cancelled.");

        interact(() -> ((Button) first.getScene().lookup("#cancelButton")).fire());
        waitUntil(() -> wizards().size() == 1 && wizards().get(0) != first);
        Window second = wizards().get(0);
        assertThat(text(second, "#fileLabel")).isEqualTo("statement-march.csv");
        assertThat(text(second, "#waitingLabel")).isEmpty();

        interact(() -> ((Button) second.getScene().lookup("#cancelButton")).fire());
        waitUntil(() -> wizards().isEmpty());
    }

    @Test
    void filesHandedOverOneAfterAnotherOpenInTheirOrder() {
        interact(() -> context.activate(database));
        interact(() -> {
            MainWindow.importFile(stage, context, CsvSamples.file("us-bank.csv"));
            MainWindow.importFile(stage, context, CsvSamples.file("statement-march.csv"));
            MainWindow.importFile(stage, context, CsvSamples.file("canonical.csv"));
        });
        awaitWindowWith("#previewTable");
        assertThat(wizards()).hasSize(1);
        assertThat(text(wizards().get(0), "#waitingLabel")).isEqualTo(
                "Next: statement-march.csv, canonical.csv. Each opens when the import before it is finished or cancelled.");

        for (String expected : List.of("us-bank.csv", "statement-march.csv", "canonical.csv")) {
            waitUntil(() -> wizards().size() == 1);
            Window wizard = wizards().get(0);
            assertThat(text(wizard, "#fileLabel")).isEqualTo(expected);
            interact(() -> ((Button) wizard.getScene().lookup("#cancelButton")).fire());
            waitUntil(() -> !wizard.isShowing());
        }
        waitUntil(() -> wizards().isEmpty());
    }

    /** The import wizards showing now. */
    private static List<Window> wizards() {
        return Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().lookup("#previewTable") != null)
                .toList();
    }

    /** A label's text, or "" when it is hidden. */
    private static String text(Window window, String id) {
        Label label = (Label) window.getScene().lookup(id);
        assertThat(label).as(id).isNotNull();
        return label.isVisible() ? label.getText() : "";
    }
}
