package app.outlay.testing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A second process that writes {@code args[1]} numbered lines, tagged {@code args[0]}, to Outlay's log. */
public final class WriteLogLines {

    private WriteLogLines() {
    }

    public static void main(String[] args) {
        Logger log = LoggerFactory.getLogger(WriteLogLines.class);
        int lines = Integer.parseInt(args[1]);
        for (int i = 0; i < lines; i++) {
            log.info("{} line {} of {}", args[0], i, lines);
        }
        System.out.println("done");
    }
}
