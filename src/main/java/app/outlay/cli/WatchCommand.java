package app.outlay.cli;

import app.outlay.data.LiveChanges;
import app.outlay.data.DatabaseSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code outlay watch}: prints each change to a shared PostgreSQL ledger as one JSON line as it happens, for
 * scripts and dashboards, until interrupted.
 */
@Command(name = "watch", description = "Print each change to the PostgreSQL ledger as one JSON line, until interrupted.")
final class WatchCommand implements Runnable {

    private final CliEnvironment env;

    @Option(names = "--seconds", description = "Stop after this many seconds (default: run until interrupted).")
    long seconds;

    WatchCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public void run() {
        DatabaseSettings settings = env.databaseSettings();
        if (settings.kind() != DatabaseSettings.Kind.POSTGRESQL) {
            throw new IllegalStateException("watch needs a PostgreSQL database: " + settings.displayName()
                    + " is used by this computer only, so nothing else can change it.");
        }
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
        try (LiveChanges listener = LiveChanges.start(settings, new LiveChanges.Events() {
            @Override
            public void changed(List<LiveChanges.Change> changes) {
                for (LiveChanges.Change change : changes) {
                    print("{\"table\":\"" + change.table() + "\",\"id\":" + change.id() + ",\"kind\":\"" + change.kind()
                            + "\",\"at\":\"" + Instant.now() + "\"}");
                }
            }

            @Override
            public void reconnected() {
                print("{\"reconnected\":true,\"at\":\"" + Instant.now() + "\"}");
            }
        })) {
            if (seconds > 0) {
                stop.await(seconds, java.util.concurrent.TimeUnit.SECONDS);
            } else {
                stop.await();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void print(String line) {
        env.out().println(line);
        env.out().flush();
    }
}
