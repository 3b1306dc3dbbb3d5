package app.outlay;

import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The milestones of one start — window on screen, database open, first page of expenses on screen — measured from
 * the moment the process started, and logged once each ("Start-up: first-page-shown after 1240 ms"). A slow start
 * on a user's machine can then be read from their log. With {@code -Doutlay.startup.report=true} each milestone is
 * also printed on standard output as {@code outlay-startup <name>}, the moment the start-up benchmark
 * ({@code src/bench}) takes its own clock reading.
 * <p>
 * Logging starts on a thread of its own ({@link #startLogging}): setting up Logback reads its configuration and
 * opens the log file, a few hundred milliseconds of a cold JVM that the window need not wait for.
 */
public final class StartupTimes {

    public static final String LAUNCH = "launch";
    public static final String CONTEXT_READY = "context-ready";
    public static final String FX_START = "fx-start";
    public static final String WINDOW_BUILT = "window-built";
    public static final String WINDOW_SHOWN = "window-shown";
    public static final String DATABASE_OPEN = "database-open";
    public static final String FIRST_PAGE_SHOWN = "first-page-shown";

    private static final boolean REPORT = Boolean.getBoolean("outlay.startup.report");
    private static final Set<String> seen = ConcurrentHashMap.newKeySet();
    private static final ExecutorService logging = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "outlay-startup-log");
        thread.setDaemon(true);
        return thread;
    });

    private StartupTimes() {
    }

    /** Sets Logback up in the background; call once the log folder is known (Launcher). */
    public static void startLogging() {
        logging.execute(LoggerFactory::getILoggerFactory);
    }

    /** Records {@code milestone} the first time it is reached in this process; later calls do nothing. */
    public static void reached(String milestone) {
        if (!seen.add(milestone)) {
            return;
        }
        if (REPORT) {
            System.out.println("outlay-startup " + milestone);
            System.out.flush();
        }
        Instant now = Instant.now();
        logging.execute(() -> ProcessHandle.current().info().startInstant().ifPresent(start -> {
            long millis = Duration.between(start, now).toMillis();
            LoggerFactory.getLogger(StartupTimes.class).info("Start-up: {} after {} ms", milestone, millis);
        }));
    }
}
