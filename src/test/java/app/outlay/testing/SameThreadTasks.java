package app.outlay.testing;

import app.outlay.ui.common.TaskRunner;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs a view model's work at once on the test's own thread, so view models are tested without JavaFX started or
 * waiting. Tasks can be held back ({@link #hold}) to play answers out of order, as a slow database would.
 */
public final class SameThreadTasks implements TaskRunner {

    private final List<Runnable> held = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final List<Object> answers = new ArrayList<>();
    private boolean holding;

    @Override
    public <T> void run(String whatFailed, Callable<T> work, Consumer<T> onSuccess) {
        run(work, onSuccess, failure -> failures.add(whatFailed + ": " + failure.getMessage()));
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Runnable task = () -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            answers.add(result);
            onSuccess.accept(result);
        };
        if (holding) {
            held.add(task);
        } else {
            task.run();
        }
    }

    @Override
    public boolean isBusy() {
        return !held.isEmpty();
    }

    /** From now on tasks wait until {@link #finishHeldInReverse} runs them. */
    public void hold() {
        holding = true;
    }

    /** Runs the held tasks newest first: old answers arrive last, as from a slow query. */
    public void finishHeldInReverse() {
        holding = false;
        List<Runnable> tasks = new ArrayList<>(held);
        held.clear();
        for (int i = tasks.size() - 1; i >= 0; i--) {
            tasks.get(i).run();
        }
    }

    /** Runs the oldest held task, as the one worker thread would next; what it asks for is held in its turn. */
    public void finishOldestHeld() {
        held.remove(0).run();
    }

    /** Runs the held tasks oldest first, and those they ask for, until none is held. */
    public void finishHeldInOrder() {
        while (!held.isEmpty()) {
            finishOldestHeld();
        }
    }

    /** How many tasks wait to run. */
    public int heldCount() {
        return held.size();
    }

    /** How many tasks answered with a value of {@code type}, e.g. the pages a list read. */
    public long answered(Class<?> type) {
        return answers.stream().filter(type::isInstance).count();
    }

    /** The error messages the user would have seen. */
    public List<String> failures() {
        return failures;
    }
}
