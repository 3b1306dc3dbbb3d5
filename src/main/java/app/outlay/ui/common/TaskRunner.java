package app.outlay.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs database work off the FX thread and hands results back on it. View models depend on this, not on
 * {@link BackgroundTasks}, so their tests can run the work on the test's own thread, without JavaFX started.
 */
public interface TaskRunner {

    /** Runs {@code work}; a failure becomes an error message about {@code whatFailed}. */
    <T> void run(String whatFailed, Callable<T> work, Consumer<T> onSuccess);

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Runs {@code work} that nobody waits for (suggestions, hints) beside the queue of {@link #run}, so that a slow one
     * never holds back what the user asked for. Where there is one thread, it is {@link #run}.
     */
    default <T> void runAside(String whatFailed, Callable<T> work, Consumer<T> onSuccess) {
        run(whatFailed, work, onSuccess);
    }

    /** True while a task has not yet delivered its result. */
    boolean isBusy();
}
