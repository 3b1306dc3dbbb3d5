package app.outlay.ui.common;

import javafx.application.Platform;
import javafx.concurrent.Task;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The one place where the UI's database work runs: a single background thread, so calls are done in the order
 * they were asked for and never on the FX thread. Results and failures come back on the FX thread.
 */
public final class BackgroundTasks implements TaskRunner, AutoCloseable {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "outlay-worker");
        thread.setDaemon(true);
        return thread;
    });
    /**
     * Work nobody waits for ({@link #runAside}): at a million expenses the entry dialog's category suggestions read
     * seconds of history, and on the one worker a Save pressed meanwhile waited for them.
     */
    private final ExecutorService aside = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "outlay-aside");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });
    private final DialogService dialogs;
    private final AtomicInteger running = new AtomicInteger();

    public BackgroundTasks(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    /** Runs {@code work} in the background; a failure becomes an error dialog about {@code whatFailed}. */
    @Override
    public <T> void run(String whatFailed, Callable<T> work, Consumer<T> onSuccess) {
        run(work, onSuccess, failure -> dialogs.showError(whatFailed, failure));
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        executor.execute(task(work, onSuccess, onFailure));
    }

    @Override
    public <T> void runAside(String whatFailed, Callable<T> work, Consumer<T> onSuccess) {
        aside.execute(task(work, onSuccess, failure -> dialogs.showError(whatFailed, failure)));
    }

    private <T> Task<T> task(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        running.incrementAndGet();
        task.setOnSucceeded(event -> {
            running.decrementAndGet();
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(event -> {
            running.decrementAndGet();
            onFailure.accept(task.getException());
        });
        task.setOnCancelled(event -> running.decrementAndGet());
        return task;
    }

    /** Runs plain work in the background (no FX callback), e.g. closing a database that is no longer in use. */
    public void runQuietly(Runnable work) {
        executor.execute(work);
    }

    /** True while a task has not yet delivered its result; tests wait for this to turn false. */
    @Override
    public boolean isBusy() {
        return running.get() > 0;
    }

    @Override
    public void close() {
        aside.shutdownNow(); // nobody waits for its answers
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void requireFxThread() {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("Not on the FX thread");
        }
    }
}
