package app.outlay.testing;

import app.outlay.data.LiveChanges;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Collects what a live-changes listener reports, for the test thread to wait on. */
public final class HeardChanges implements LiveChanges.Events {

    public final BlockingQueue<LiveChanges.Change> changes = new LinkedBlockingQueue<>();
    public final BlockingQueue<Boolean> reconnects = new LinkedBlockingQueue<>();
    /** How many other clients the server counts; -1 until the listener has heard it once (it is listening then). */
    public final AtomicInteger others = new AtomicInteger(-1);

    @Override
    public void changed(List<LiveChanges.Change> batch) {
        changes.addAll(batch);
    }

    @Override
    public void reconnected() {
        reconnects.add(true);
    }

    @Override
    public void otherClients(int count) {
        others.set(count);
    }

    /** Waits (five seconds at most) until the listener listens, so that a change made next is one it hears. */
    public void awaitListening() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 5_000;
        while (others.get() < 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertThat(others.get()).as("listener connected").isGreaterThanOrEqualTo(0);
    }
}
