package app.outlay.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A second Java process on the tests' class path: a second Outlay holding a file, a copy to kill mid-way, the real
 * launcher with its real exit code and stderr. Its output lines are collected as they come.
 */
public final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final BlockingQueue<String> out = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();
    private final StringBuilder err = new StringBuilder();
    private final Thread outReader;
    private final Thread errReader;

    private ChildJvm(Process process) {
        this.process = process;
        this.outReader = pump(process.getInputStream(), line -> out.add(line));
        this.errReader = pump(process.getErrorStream(), line -> {
            synchronized (err) {
                err.append(line).append('\n');
            }
        });
    }

    /** Starts {@code mainClass} with {@code args}; {@code jvmOptions} such as {@code -Doutlay.home=…} go first. */
    public static ChildJvm start(List<String> jvmOptions, String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // A small heap and the quick compiler: these children live for seconds.
        command.addAll(List.of("-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
                "-cp", classPath()));
        command.addAll(jvmOptions);
        command.add(mainClass);
        command.addAll(List.of(args));
        try {
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().remove("OUTLAY_HOME");
            return new ChildJvm(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Surefire runs the tests from a manifest-only jar; it names the real class path in this property. */
    private static String classPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    /** Waits for a line of output starting with {@code prefix}; fails with everything seen when it does not come. */
    public String awaitLine(String prefix, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (true) {
            long left = deadline - System.currentTimeMillis();
            String line = left <= 0 ? null : out.poll(left, TimeUnit.MILLISECONDS);
            if (line == null) {
                throw new AssertionError("The child did not print '" + prefix + "' within " + timeoutMillis + " ms; out: "
                        + seen + ", alive: " + process.isAlive() + ", err: " + err());
            }
            seen.add(line);
            if (line.startsWith(prefix)) {
                return line;
            }
        }
    }

    /** Sends a line to the child's standard input. */
    public void send(String line) throws IOException {
        process.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().flush();
    }

    /** Waits for the child to end; returns its exit code. */
    public int waitFor(long timeoutMillis) throws InterruptedException {
        if (!process.waitFor(timeoutMillis, TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The child did not end within " + timeoutMillis + " ms; err: " + err());
        }
        outReader.join(5_000);
        errReader.join(5_000);
        return process.exitValue();
    }

    /** SIGTERM, as the system ends a program when the user logs out: shutdown hooks run. Returns the exit code. */
    public int terminate(long timeoutMillis) throws InterruptedException {
        process.destroy();
        return waitFor(timeoutMillis);
    }

    /** SIGKILL: no shutdown hooks, no closing of files, as when the power goes. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Every output line so far, including those not yet awaited. */
    public List<String> outLines() {
        List<String> all = new ArrayList<>(seen);
        out.drainTo(all);
        seen.clear();
        seen.addAll(all);
        return all;
    }

    public String err() {
        synchronized (err) {
            return err.toString();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private static Thread pump(InputStream stream, java.util.function.Consumer<String> sink) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    sink.accept(line);
                }
            } catch (IOException ignored) {
                // the child is gone
            }
        }, "child-jvm-output");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
