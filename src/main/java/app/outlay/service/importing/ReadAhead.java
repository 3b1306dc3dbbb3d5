package app.outlay.service.importing;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;

/**
 * Runs a producer on a thread of its own while the calling thread consumes what it produces, in batches through a
 * small bounded queue: the import reads and checks its file on one core while the other inserts. Memory stays a few
 * batches whatever the file's size.
 * <p>
 * The producer is never interrupted: an interrupt during file I/O makes an embedded H2 database close its file. It is
 * told to stop instead ({@link #close()}), and notices at its next item or within {@link #POLL_MILLIS}.
 *
 * @param <T> what the producer hands over
 * @param <R> what it returns once it has produced everything
 */
final class ReadAhead<T, R> implements AutoCloseable {

    /** Produces items into {@code sink} and returns a result; runs on the read-ahead thread. */
    interface Producer<T, R> {
        R produce(Sink<T> sink) throws SQLException;
    }

    /** Where the producer puts items; throws {@link CancellationException} once the consumer has stopped. */
    interface Sink<T> {
        void accept(T item);
    }

    static final long POLL_MILLIS = 50;

    /** Marks the end of what the producer hands over (compared by identity). */
    private final List<T> end = new ArrayList<>(0);
    private final BlockingQueue<List<T>> queue;
    private final int batchSize;
    private final Thread thread;
    private List<T> filling;
    private volatile boolean cancelled;
    private volatile R result;
    private volatile Throwable failure;
    private boolean ended;

    private ReadAhead(String name, int batchSize, int batchesAhead, Producer<T, R> producer) {
        this.batchSize = batchSize;
        this.queue = new ArrayBlockingQueue<>(batchesAhead + 1);
        this.filling = new ArrayList<>(batchSize);
        this.thread = new Thread(() -> run(producer), name);
        this.thread.setDaemon(true);
    }

    /** Starts {@code producer} on a new thread; at most {@code batchesAhead} full batches wait for the consumer. */
    static <T, R> ReadAhead<T, R> start(String name, int batchSize, int batchesAhead, Producer<T, R> producer) {
        ReadAhead<T, R> readAhead = new ReadAhead<>(name, batchSize, batchesAhead, producer);
        readAhead.thread.start();
        return readAhead;
    }

    /** The next batch, waiting for it; null once the producer has finished or failed (then see {@link #result()}). */
    List<T> next() {
        if (ended) {
            return null;
        }
        try {
            List<T> batch = queue.take();
            if (batch == end) {
                ended = true;
                return null;
            }
            return batch;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the next lines", e);
        }
    }

    /** What the producer returned, or its failure rethrown; only after {@link #next()} has returned null. */
    R result() throws SQLException {
        if (!ended) {
            throw new IllegalStateException("The producer has not finished");
        }
        Throwable thrown = failure;
        if (thrown instanceof SQLException sql) {
            throw sql;
        }
        if (thrown instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
        return result;
    }

    /** Tells the producer to stop, if it still runs, and waits until it has. */
    @Override
    public void close() {
        cancelled = true;
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void run(Producer<T, R> producer) {
        try {
            R value = producer.produce(this::accept);
            if (!filling.isEmpty()) {
                hand(filling);
            }
            result = value;
        } catch (CancellationException e) {
            return; // the consumer has stopped and waits for nothing more
        } catch (SQLException | RuntimeException | Error e) {
            failure = e;
        }
        try {
            hand(end);
        } catch (CancellationException e) {
            // the consumer stopped meanwhile
        }
    }

    private void accept(T item) {
        if (cancelled) {
            throw new CancellationException();
        }
        filling.add(item);
        if (filling.size() == batchSize) {
            hand(filling);
            filling = new ArrayList<>(batchSize);
        }
    }

    private void hand(List<T> batch) {
        try {
            while (!queue.offer(batch, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (cancelled) {
                    throw new CancellationException();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException();
        }
    }
}
