package app.outlay.ui.common;

import app.outlay.settings.SettingsStore;
import app.outlay.settings.ThemeChoice;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.TimeUnit;

/**
 * Puts the chosen theme on every window: app.css always, dark.css after it when the theme is dark. It watches the
 * list of windows, so dialogs, alerts and wizards opened later get the theme without each of them asking, and a
 * change of theme restyles every open window at once.
 */
public final class Themes {

    public static final String BASE_SHEET = stylesheet("app.css");
    public static final String DARK_SHEET = stylesheet("dark.css");

    private final SettingsStore settings;
    private final ObjectProperty<ThemeChoice> choice;
    private final ListChangeListener<Window> newWindows = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(this::apply);
        }
    };
    private CompletableFuture<Boolean> systemDark = CompletableFuture.completedFuture(false);
    private Boolean systemDarkAnswer;
    private boolean following;

    public Themes(SettingsStore settings) {
        this.settings = settings;
        this.choice = new SimpleObjectProperty<>(settings.theme());
    }

    /** Asks the desktop for its mode in the background, once; {@link #isDark()} waits for it at most 200 ms. */
    public void detectSystemTheme() {
        systemDark = CompletableFuture.supplyAsync(SystemTheme::isDark);
        systemDarkAnswer = null;
    }

    public ObjectProperty<ThemeChoice> choiceProperty() {
        return choice;
    }

    /** Switches every open window now and remembers the choice for the next start. */
    public void choose(ThemeChoice next) {
        choice.set(next);
        settings.saveTheme(next);
        Window.getWindows().forEach(this::apply);
    }

    public boolean isDark() {
        return switch (choice.get()) {
            case DARK -> true;
            case LIGHT -> false;
            case SYSTEM -> systemIsDark();
        };
    }

    /** Waits for the desktop's answer once, at most 200 ms (this runs on the FX thread); no answer by then is light. */
    private boolean systemIsDark() {
        if (systemDarkAnswer == null) {
            try {
                systemDarkAnswer = systemDark.get(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                systemDarkAnswer = false;
            } catch (ExecutionException | TimeoutException e) {
                systemDarkAnswer = false;
            }
        }
        return systemDarkAnswer;
    }

    /** Call on the FX thread once the main window exists: from then on every window that opens is themed. */
    public void followWindows() {
        if (!following) {
            following = true;
            Window.getWindows().addListener(newWindows);
        }
        Window.getWindows().forEach(this::apply);
    }

    /** Stops watching windows (the context is closing; tests build several contexts in one JVM). */
    public void stopFollowing() {
        ObservableList<Window> windows = Window.getWindows();
        Runnable remove = () -> windows.removeListener(newWindows);
        if (Platform.isFxApplicationThread()) {
            remove.run();
        } else {
            Platform.runLater(remove);
        }
        following = false;
    }

    private void apply(Window window) {
        // Popups (menus, combo lists, tooltips) take their styles from the control that owns them.
        if (!(window instanceof PopupWindow) && window.getScene() != null) {
            apply(window.getScene());
        }
    }

    /** Gives {@code scene} the base sheet and, in the dark theme, the dark one after it. */
    public void apply(Scene scene) {
        ObservableList<String> sheets = scene.getStylesheets();
        if (!sheets.contains(BASE_SHEET)) {
            sheets.add(0, BASE_SHEET);
        }
        // Dialogs copy their owner's sheets onto their DialogPane; the scene's copy is the one kept in step.
        if (scene.getRoot() != null) {
            scene.getRoot().getStylesheets().remove(DARK_SHEET);
        }
        sheets.remove(DARK_SHEET);
        if (isDark()) {
            sheets.add(DARK_SHEET);
        }
    }

    private static String stylesheet(String name) {
        return Themes.class.getResource("/app/outlay/ui/" + name).toExternalForm();
    }
}
