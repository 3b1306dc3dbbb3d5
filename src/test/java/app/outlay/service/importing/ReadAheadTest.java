package app.outlay.service.importing;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The import's reading thread: everything arrives in order, failures cross over, and stopping early stops it. */
class ReadAheadTest {

    @Test
    void handsOverEveryItemInOrderInBatchesThenTheResult() throws SQLException {
        List<Integer> received = new ArrayList<>();
        List<Integer> batchSizes = new ArrayList<>();
        try (ReadAhead<Integer, String> numbers = ReadAhead.start("test-reader", 10, 2, sink -> {
            for (int i = 0; i < 95; i++) {
                sink.accept(i);
            }
            return "done";
        })) {
            for (List<Integer> batch = numbers.next(); batch != null; batch = numbers.next()) {
                batchSizes.add(batch.size());
                received.addAll(batch);
            }
            assertEquals("done", numbers.result());
            assertNull(numbers.next(), "the end stays the end");
        }
        assertEquals(95, received.size());
        for (int i = 0; i < 95; i++) {
            assertEquals(i, received.get(i));
        }
        assertEquals(List.of(10, 10, 10, 10, 10, 10, 10, 10, 10, 5), batchSizes);
    }

    @Test
    void aFailureOfTheProducerIsRethrownToTheConsumerAfterWhatCameBefore() {
        SQLException broken = new SQLException("disk gone");
        int[] received = {0};
        try (ReadAhead<Integer, String> numbers = ReadAhead.start("test-reader", 10, 2, sink -> {
            for (int i = 0; i < 25; i++) {
                sink.accept(i);
            }
            throw broken;
        })) {
            for (List<Integer> batch = numbers.next(); batch != null; batch = numbers.next()) {
                received[0] += batch.size();
            }
            assertSame(broken, assertThrows(SQLException.class, numbers::result));
        }
        assertEquals(20, received[0], "full batches before the failure arrive; the partial one is dropped");
    }

    @Test
    void theProducerRunsOnlyAFewBatchesAheadAndStopsWhenTheConsumerDoes() throws InterruptedException {
        AtomicInteger produced = new AtomicInteger();
        AtomicReference<Thread> producerThread = new AtomicReference<>();
        CountDownLatch blocked = new CountDownLatch(1);
        ReadAhead<Integer, String> numbers = ReadAhead.start("test-reader", 10, 2, sink -> {
            producerThread.set(Thread.currentThread());
            for (int i = 0; i < 1_000_000; i++) {
                if (i == 40) {
                    blocked.countDown(); // close to where the queue (2 + 1 batches) is full
                }
                sink.accept(i);
                produced.incrementAndGet();
            }
            return "never";
        });
        assertTrue(numbers.next() != null);
        assertTrue(blocked.await(5, TimeUnit.SECONDS));
        Thread.sleep(3 * ReadAhead.POLL_MILLIS);
        assertTrue(produced.get() <= 5 * 10, "memory stays a few batches: produced " + produced.get());

        numbers.close();
        assertFalse(producerThread.get().isAlive(), "close() waits until the producer has stopped");
        assertTrue(produced.get() < 1_000_000);
    }
}
