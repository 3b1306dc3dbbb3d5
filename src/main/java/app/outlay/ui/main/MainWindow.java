package app.outlay.ui.main;

import app.outlay.AppContext;
import app.outlay.data.Database;
import app.outlay.ui.common.ViewLoader;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.InputStream;

/** Builds and shows the main window, then opens the database in the background. */
public final class MainWindow {

    private static final Logger log = LoggerFactory.getLogger(MainWindow.class);
    public static final String STYLESHEET = "/app/outlay/ui/app.css";

    private MainWindow() {
    }

    /** Shows the window at once (the table says it is loading) and opens the configured database off the FX thread. */
    public static MainWindowController show(Stage stage, AppContext context) {
        MainWindowController controller = create(stage, context);
        stage.show();
        openDatabase(context);
        return controller;
    }

    /** The window without the database boot: tests open their own database and activate it. */
    public static MainWindowController create(Stage stage, AppContext context) {
        ViewLoader.View<MainWindowController> view = context.views().load(MainWindowController.class, "MainWindow.fxml");
        Scene scene = new Scene(view.root(), 1180, 720);
        scene.getStylesheets().add(MainWindow.class.getResource(STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(760);
        stage.setMinHeight(480);
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            Database database = context.activeDatabaseProperty().get();
            return database == null ? "Outlay" : "Outlay \u2014 " + database.displayName();
        }, context.activeDatabaseProperty()));
        addIcon(stage);
        context.setMainWindow(stage);
        // An exception in an event handler becomes a dialog, never a dead window.
        Thread.currentThread().setUncaughtExceptionHandler((thread, failure) ->
                Platform.runLater(() -> context.dialogs().showError("Something went wrong", failure)));
        return view.controller();
    }

    static void openDatabase(AppContext context) {
        context.tasks().run(context::openConfiguredDatabase, context::activate, failure -> {
            log.error("Could not open {}", context.configuredDatabase(), failure);
            ButtonType retry = new ButtonType("Retry", ButtonBar.ButtonData.OK_DONE);
            ButtonType quit = new ButtonType("Quit", ButtonBar.ButtonData.CANCEL_CLOSE);
            Alert alert = new Alert(Alert.AlertType.ERROR, app.outlay.ui.common.UserMessages.describe(failure), retry, quit);
            alert.setTitle("Outlay");
            alert.setHeaderText("Outlay could not open " + context.configuredDatabase().displayName());
            if (alert.showAndWait().filter(retry::equals).isPresent()) {
                openDatabase(context);
            } else {
                Platform.exit();
            }
        });
    }

    private static void addIcon(Stage stage) {
        try (InputStream icon = MainWindow.class.getResourceAsStream("/app/outlay/ui/icon-256.png")) {
            if (icon != null) {
                stage.getIcons().add(new Image(icon));
            }
        } catch (java.io.IOException e) {
            log.debug("No window icon", e);
        }
    }
}
