package app.outlay.bench;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import javafx.stage.Window;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * Drives JavaFX windows in this JVM as a user would (issue #17, target 4): key presses and clicks through JavaFX's
 * own {@link Robot} (on X11: XTest, so each event goes through the X server, GTK and Glass like a real one), and
 * times each from just before the event is injected to the first pulse (frame) whose layout shows the answer: a
 * post-layout pulse listener on the scene checks what the nodes show, and the frame it belongs to is then drawn.
 */
final class FxDriver {

    private static boolean started;
    private Robot robot;

    /** Starts JavaFX once per JVM: on the X display of DISPLAY, or without one on headless Monocle. */
    static synchronized String startToolkit() {
        String display = System.getenv("DISPLAY");
        String where = display != null && !display.isBlank() ? "X display " + display
                : "headless Monocle (no DISPLAY: software rendering, no X server in the path)";
        if (!started) {
            if (display == null || display.isBlank()) {
                System.setProperty("glass.platform", "Monocle");
                System.setProperty("monocle.platform", "Headless");
                System.setProperty("prism.order", "sw");
            }
            CompletableFuture<Void> up = new CompletableFuture<>();
            Platform.startup(() -> up.complete(null));
            Platform.setImplicitExit(false);
            up.join();
            started = true;
        }
        return where;
    }

    FxDriver() {
        robot = onFx(Robot::new);
    }

    /** Runs {@code work} on the JavaFX thread and waits for its result. */
    static <T> T onFx(Callable<T> work) {
        if (Platform.isFxApplicationThread()) {
            try {
                return work.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        try {
            return task.get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("On the JavaFX thread: " + e, e);
        }
    }

    static void onFx(Runnable work) {
        onFx(() -> {
            work.run();
            return null;
        });
    }

    /** Polls (on the JavaFX thread) until {@code condition} holds; fails after {@code timeoutSeconds}. */
    static void await(String what, long timeoutSeconds, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (!onFx(condition::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Not within " + timeoutSeconds + " s: " + what);
            }
            ProcessProbe.sleep(20);
        }
    }

    /**
     * Injects {@code input} (robot calls, run on the JavaFX thread) and returns the nanoseconds from just before it to
     * the first post-layout pulse of {@code scene} in which {@code shown} holds. {@code shown} must not hold before.
     */
    long timeToFrame(String what, Scene scene, Runnable input, BooleanSupplier shown, long timeoutSeconds) {
        CompletableFuture<Long> frame = new CompletableFuture<>();
        onFx(() -> {
            if (shown.getAsBoolean()) {
                throw new IllegalStateException("Already shown before the input, nothing to time: " + what);
            }
            long[] start = new long[1];
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                if (!frame.isDone() && shown.getAsBoolean()) {
                    long now = System.nanoTime();
                    scene.removePostLayoutPulseListener(listener[0]);
                    frame.complete(now - start[0]);
                }
            };
            scene.addPostLayoutPulseListener(listener[0]);
            start[0] = System.nanoTime();
            input.run();
        });
        try {
            return frame.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("No frame showing the answer within " + timeoutSeconds + " s: " + what, e);
        }
    }

    // ---- input, on the JavaFX thread -------------------------------------------------------------------------------

    /**
     * Puts the pointer over {@code window}: with no window manager (Xvfb) the X server's keyboard focus follows the
     * pointer, so this is how a window gets the keys, as a click on it would.
     */
    void pointAt(Window window) {
        robot.mouseMove(window.getX() + window.getWidth() / 2, window.getY() + Math.min(60, window.getHeight() / 2));
    }

    void pointAt(Node node) {
        Bounds bounds = node.localToScreen(node.getBoundsInLocal());
        robot.mouseMove(bounds.getCenterX(), bounds.getCenterY());
    }

    void type(KeyCode... keys) {
        for (KeyCode key : keys) {
            robot.keyPress(key);
            robot.keyRelease(key);
        }
    }

    void chord(KeyCode modifier, KeyCode key) {
        robot.keyPress(modifier);
        robot.keyPress(key);
        robot.keyRelease(key);
        robot.keyRelease(modifier);
    }

    void click() {
        robot.mouseClick(MouseButton.PRIMARY);
    }
}
