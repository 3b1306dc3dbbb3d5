package app.outlay.ui;

import app.outlay.AppContext;
import app.outlay.data.Database;
import app.outlay.settings.AppPaths;
import app.outlay.testing.CsvSamples;
import app.outlay.ui.main.MainWindow;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Open with Outlay" and a second launch handing a file over: the window comes forward and opens the import wizard on
 * the file, and at start-up it waits for the ledger to be open first.
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
}
