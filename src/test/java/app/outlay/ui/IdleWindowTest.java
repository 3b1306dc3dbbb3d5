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
        // into is JavaFX's own animation, not Outlay's; so is one in another window.
        // Windows an earlier test left open (a dialog with a caret blinking in it) are not this window.
        interact(() -> javafx.stage.Window.getWindows().stream().filter(window -> window != stage).toList()
                .forEach(javafx.stage.Window::hide));
        interact(() -> lookup("#table").query().requestFocus());
        // What an earlier action started (a status message that fades, a page still loading) may run a few seconds;
        // an animation that never ends (a PauseTransition waiting for midnight) keeps every two seconds busy.
        int pulsesInTwoSeconds = Integer.MAX_VALUE;
        for (int attempt = 0; attempt < 6 && pulsesInTwoSeconds >= 5; attempt++) {
            AtomicInteger pulses = new AtomicInteger();
            Runnable count = pulses::incrementAndGet;
            interact(() -> scene.addPostLayoutPulseListener(count));
            Thread.sleep(2_000);
            interact(() -> scene.removePostLayoutPulseListener(count));
            pulsesInTwoSeconds = pulses.get();
        }

        // A frame or two may still come from what was pending; an animation makes about 120 in two seconds.
        assertThat(pulsesInTwoSeconds).as("pulses in the last 2 s of up to 12 s of an untouched window (focus on %s)",
                scene.getFocusOwner() + ", windows " + javafx.stage.Window.getWindows().stream()
                        .map(w -> w.getClass().getSimpleName() + (w.isShowing() ? "+" : "-") + (w.getScene() == null ? "" : w.getScene().getFocusOwner()))
                        .toList() + ", spinners " + lookup(".progress-indicator").queryAll().stream()
                        .filter(javafx.scene.Node::isVisible).map(n -> n.getId() + "/" + n.getParent()).toList()).isLessThan(5);
    }
}
