package app.outlay;

import java.nio.file.Path;
import java.util.Optional;

/** A child JVM's main for {@link SingleWindowTest}: asks for the hand-off the launcher asks for before the window starts. */
public final class HandOffProbe {

    private HandOffProbe() {
    }

    public static void main(String[] args) {
        boolean handedOff = SingleWindow.handOff(SingleWindow.socketIn(Path.of(args[0])), Optional.empty());
        System.out.println("hand-off-asked " + handedOff);
    }
}
