package app.outlay.ui;

import app.outlay.AppContext;
import app.outlay.data.Database;
import app.outlay.service.category.CategorySummary;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.settings.AppPaths;
import app.outlay.testing.TestDatabases;
import app.outlay.ui.main.MainWindow;
import app.outlay.ui.main.MainWindowController;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * Base of the UI tests: the real main window, headless (Monocle), on a temporary OUTLAY_HOME. The database is
 * opened on the test thread, as the app does on its worker thread, never on the FX thread.
 */
abstract class OutlayUiTest extends FxRobot {

    protected Path home;
    protected AppContext context;
    protected Stage stage;
    /** The main window's controller, for tests that look at its state. */
    protected MainWindowController mainWindow;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void openApp() throws Exception {
        home = TestDatabases.tempDir("outlay-ui");
        beforeStart();
        startContext();
    }

    /** Hook for tests that prepare the data folder before the app starts. */
    protected void beforeStart() throws Exception {
    }

    @AfterEach
    void closeApp() throws Exception {
        FxToolkit.cleanupStages();
        context.close();
    }

    protected void startContext() throws Exception {
        context = new AppContext(AppPaths.under(home), locale());
        Database database = context.openConfiguredDatabase();
        showWindow();
        interact(() -> context.activate(database));
        waitUntil(() -> !context.tasks().isBusy() && !statusText().isEmpty());
    }

    /** The language the window is built in; English unless a test says otherwise. */
    protected Locale locale() {
        return Locale.US;
    }

    protected void showWindow() throws Exception {
        // The primary stage is shared by every test: a size or place an earlier test left (a window on a screen that
        // is gone, a narrow one) would put this test's dialogs where its clicks do not reach. Every test starts
        // with the size a new window has on first start (its scene's preferred size, measured under Xvfb).
        stage = FxToolkit.setupStage(s -> {
            s.setWidth(1180);
            s.setHeight(720);
            s.setX(0);
            s.setY(0);
        });
        interact(() -> {
            mainWindow = MainWindow.create(stage, context);
            stage.show();
        });
    }

    @SuppressWarnings("unchecked")
    protected List<ExpenseRow> rows() {
        return List.copyOf(lookup("#table").queryAs(TableView.class).getItems());
    }

    protected String totalText() {
        return lookup(".total-amount").queryAs(Label.class).getText();
    }

    protected String statusText() {
        return lookup(".status-count").queryAs(Label.class).getText();
    }

    protected String databaseText() {
        return lookup(".status-database").queryAs(Label.class).getText();
    }

    /** The showing window whose scene has a node with this id, or null. */
    protected Window windowWith(String id) {
        return Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().lookup(id) != null)
                .findFirst().orElse(null);
    }

    /** Waits for a window holding {@code id} and sends typing to it (TestFX types into its target window). */
    protected void awaitWindowWith(String id) {
        waitUntil(() -> windowWith(id) != null);
        targetWindow(windowWith(id));
    }

    /** Closes the window and the context as quitting does, then starts again on the same data folder. */
    protected void restart() throws Exception {
        interact(() -> stage.close());
        context.close();
        // The test stage is reused: make it forget, so what shows next comes from the settings alone.
        interact(() -> {
            stage.setWidth(780);
            stage.setHeight(500);
            stage.setX(0);
            stage.setY(0);
        });
        startContext();
    }

    /** A menu item of the main window's menu bar, at any depth, by its fx:id. */
    protected MenuItem menuItem(String id) {
        MenuBar menuBar = lookup("#menuBar").queryAs(MenuBar.class);
        return menuBar.getMenus().stream().flatMap(OutlayUiTest::items)
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    /** What clicking a radio item of the menus does: select it, then fire it. */
    protected void choose(String id) {
        RadioMenuItem item = (RadioMenuItem) menuItem(id);
        interact(() -> {
            item.setSelected(true);
            item.fire();
        });
    }

    private static Stream<MenuItem> items(MenuItem item) {
        return item instanceof Menu menu ? Stream.concat(Stream.of(item), menu.getItems().stream().flatMap(OutlayUiTest::items))
                : Stream.of(item);
    }

    /** Selects a category by name on the Categories screen. */
    protected void select(String name) {
        @SuppressWarnings("unchecked")
        TableView<CategorySummary> table = lookup(".categories-view .expense-table").queryAs(TableView.class);
        interact(() -> table.getSelectionModel().select(summary(name)));
    }

    /** A row of the Categories screen by name. */
    protected CategorySummary summary(String name) {
        return categories().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    /** The rows of the Categories screen, as shown. */
    @SuppressWarnings("unchecked")
    protected List<CategorySummary> categories() {
        return List.copyOf(lookup(".categories-view .expense-table").queryAs(TableView.class).getItems());
    }

    /**
     * Waits until {@code condition} holds, looking on the FX thread: a lookup from the test's thread walked a window's
     * children while the FX thread changed them and failed with "Index 6 out of bounds for length 0" (CI, once).
     */
    protected static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> onFxThread(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out waiting for the UI", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean onFxThread(BooleanSupplier condition) throws Exception {
        if (javafx.application.Platform.isFxApplicationThread()) {
            return condition.getAsBoolean();
        }
        try {
            return WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
