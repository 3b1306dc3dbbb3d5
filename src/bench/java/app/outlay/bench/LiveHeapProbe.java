package app.outlay.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The largest live heap while some work runs: a sampler thread forces a full collection every few hundred
 * milliseconds and reads what is still in use, so garbage waiting to be collected does not count, only what the
 * work (and, for H2, the embedded database in the same JVM) holds on to. Slows the work: never time it.
 * Also reports the bytes the working thread allocated, per row.
 */
final class LiveHeapProbe {

    record Result(long peakLiveBytes, long allocatedBytes) {
    }

    private static final long SAMPLE_EVERY_MILLIS = 300;

    private LiveHeapProbe() {
    }

    static Result measure(Runnable work) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long[] peak = {liveBytes(memory)};
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(SAMPLE_EVERY_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
                long live = liveBytes(memory);
                synchronized (peak) {
                    peak[0] = Math.max(peak[0], live);
                }
            }
        }, "live-heap-sampler");
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        sampler.start();
        try {
            work.run();
        } finally {
            sampler.interrupt();
            try {
                sampler.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        synchronized (peak) {
            return new Result(peak[0], allocated);
        }
    }

    private static long liveBytes(MemoryMXBean memory) {
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
