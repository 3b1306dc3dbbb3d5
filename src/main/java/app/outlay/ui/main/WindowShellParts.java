package app.outlay.ui.main;

import app.outlay.service.ledger.DatabaseService;
import app.outlay.service.ledger.OpenLedger;
import app.outlay.settings.SettingsStore;
import app.outlay.text.Texts;
import app.outlay.ui.common.BackgroundTasks;
import app.outlay.ui.common.DialogService;
import app.outlay.ui.common.Languages;
import app.outlay.ui.common.Themes;
import app.outlay.ui.common.ViewLoader;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.stage.Window;

import java.util.Locale;

/**
 * What {@link MainWindow} needs to build the window's shell, open the ledger at start-up and rebuild the window in
 * another language: exactly these, and nothing else of the composition root, which implements it (so the arrow
 * points from the root to the window, not back; ArchitectureTest).
 */
public interface WindowShellParts {

    /** Loads the screens' FXML with their controllers. */
    ViewLoader views();

    Themes themes();

    SettingsStore settings();

    Languages languages();

    /** The window's texts in the language in use now. */
    Texts texts();

    /** The locale of the window's texts, numbers and dates. */
    Locale locale();

    /** The ledger in use; null until the first one is open. */
    ReadOnlyObjectProperty<OpenLedger> activeDatabaseProperty();

    /** Opening the configured ledger, and Hibernate at the first input. */
    DatabaseService databases();

    BackgroundTasks tasks();

    DialogService dialogs();

    /** The main window, for owning dialogs; null before it exists. */
    Window mainWindow();

    void setMainWindow(Window window);

    /** What saves the window's layout, once, when it hides or the app quits. */
    void onClose(Runnable saveLayout);

    /** Saves the window's layout unless already saved. */
    void saveLayoutOnce();

    /** The window is about to be rebuilt: its views' listeners and timers stop. */
    void releaseViews();
}
