package app.outlay;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A child JVM's main for {@link SingleWindowTest}: asks for the hand-off the launcher asks for before the window starts,
 * or (with {@code listen}) listens as the window does until the process is ended.
 */
public final class HandOffProbe {

    private HandOffProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 1 && args[1].equals("listen")) {
            SingleWindow.listen(SingleWindow.socketIn(Path.of(args[0])), request -> { }).orElseThrow();
            System.out.println("listening");
            Thread.sleep(Long.MAX_VALUE);
        }
        boolean handedOff = SingleWindow.handOff(SingleWindow.socketIn(Path.of(args[0])), Optional.empty());
        System.out.println("hand-off-asked " + handedOff);
    }
}
