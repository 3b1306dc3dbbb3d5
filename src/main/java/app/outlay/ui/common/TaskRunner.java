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

    /** True while a task has not yet delivered its result. */
    boolean isBusy();
}
