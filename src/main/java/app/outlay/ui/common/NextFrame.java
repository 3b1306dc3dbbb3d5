package app.outlay.ui.common;

import javafx.scene.Scene;

/** Runs something once, in the next pulse that lays out {@code scene}: when what was just changed is on screen. */
public final class NextFrame {

    private NextFrame() {
    }

    public static void then(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
