package app.outlay.ui;

import javafx.scene.Scene;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Idle is idle (issue #17): with the window open and nothing happening, JavaFX draws no frames. A running animation
 * (such as a PauseTransition waiting for midnight, or a caret blinking) keeps JavaFX's pulse going at 60 frames a
 * second, which costs CPU all day long for a window nobody looks at.
 */
class IdleWindowTest extends OutlayUiTest {

    @Test
    void anUntouchedWindowGetsNoPulses() throws Exception {
        Scene scene = stage.getScene();
        // Focus where the window puts it at start, the list: a caret blinking in a text field an earlier test typed
        // into is JavaFX's own animation, not Outlay's.
        interact(() -> lookup("#table").query().requestFocus());
        Thread.sleep(1_000); // the first page, totals and status settle
        AtomicInteger pulses = new AtomicInteger();
        Runnable count = pulses::incrementAndGet;
        interact(() -> scene.addPostLayoutPulseListener(count));
        Thread.sleep(2_000);
        interact(() -> scene.removePostLayoutPulseListener(count));

        // A frame or two may still come from what was pending; an animation makes about 120 in these two seconds.
        assertThat(pulses.get()).as("pulses in 2 s of an untouched window (focus on %s)", scene.getFocusOwner()).isLessThan(5);
    }
}
