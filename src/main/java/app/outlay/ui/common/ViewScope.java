package app.outlay.ui.common;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

import java.util.ArrayList;
import java.util.List;

/**
 * The lifetime of the main window's current views: when the window is rebuilt (in another language), the listeners
 * and timers of the views it replaces are removed, so they stop reloading. FX thread only.
 */
public final class ViewScope {

    private final List<Runnable> cleanups = new ArrayList<>();

    /** Listens to {@code value} for as long as the current views live. */
    public <T> void whileViewsLive(ObservableValue<T> value, ChangeListener<? super T> listener) {
        value.addListener(listener);
        cleanups.add(() -> value.removeListener(listener));
    }

    /** Runs {@code cleanup} when the current views are replaced or the app closes. */
    public void whenViewsReplaced(Runnable cleanup) {
        cleanups.add(cleanup);
    }

    /** The views are about to be replaced: their listeners and timers stop. */
    public void releaseViews() {
        List<Runnable> now = List.copyOf(cleanups);
        cleanups.clear();
        now.forEach(Runnable::run);
    }
}
