package app.outlay;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/** JavaFX's class-path warning is kept off the console; its other warnings are not. */
class JavaFxLoggingTest {

    @Test
    void onlyTheClassPathWarningIsHidden() {
        List<String> printed = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                printed.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            JavaFxLogging.hideClassPathWarning();
            // The way JavaFX's PlatformImpl logs it: through the platform logger named "javafx".
            System.Logger javafx = System.getLogger("javafx");
            javafx.log(System.Logger.Level.WARNING, "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @1b2c3d'");
            javafx.log(System.Logger.Level.WARNING, "Loading FXML document with JavaFX API of version 99 by JavaFX runtime of version 21");
        } finally {
            root.removeHandler(capture);
        }
        assertThat(printed).containsExactly("Loading FXML document with JavaFX API of version 99 by JavaFX runtime of version 21");
    }
}
