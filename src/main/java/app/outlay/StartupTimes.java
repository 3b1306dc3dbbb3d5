package app.outlay;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;

/**
 * The milestones of one start — window on screen, database open, first page of expenses on screen — measured from
 * the moment the process started, and logged once each ("Start-up: first page on screen after 1,240 ms"). A slow
 * start on a user's machine can then be read from their log. With {@code -Doutlay.startup.report=true} each
 * milestone is also printed on standard output as {@code outlay-startup <name>}, the moment the start-up benchmark
 * ({@code src/bench}) takes its own clock reading.
 */
public final class StartupTimes {

    public static final String WINDOW_SHOWN = "window-shown";
    public static final String DATABASE_OPEN = "database-open";
    public static final String FIRST_PAGE_SHOWN = "first-page-shown";

    private static final Logger log = LoggerFactory.getLogger(StartupTimes.class);
    private static final boolean REPORT = Boolean.getBoolean("outlay.startup.report");
    private static final java.util.Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private StartupTimes() {
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
        ProcessHandle.current().info().startInstant().ifPresent(start ->
                log.info("Start-up: {} after {} ms", milestone, Duration.between(start, Instant.now()).toMillis()));
    }
}
