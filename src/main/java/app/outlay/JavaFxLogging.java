package app.outlay;

import java.util.logging.Filter;
import java.util.logging.Logger;

/**
 * Keeps one JavaFX warning off the console. JavaFX warns "Unsupported JavaFX configuration: classes were loaded from
 * 'unnamed module …'" whenever it runs from the class path, which Outlay does on purpose (see {@link Launcher}); the
 * warning only alarms users of {@code java -jar}. It is logged by {@code PlatformImpl} through the platform logger
 * {@code "javafx"}, which is java.util.logging's logger of that name. Every other JavaFX message still shows.
 */
final class JavaFxLogging {

    /** java.util.logging keeps loggers only weakly: this reference keeps the filter in place. */
    private static final Logger JAVAFX = Logger.getLogger("javafx");

    private JavaFxLogging() {
    }

    /** Call before the JavaFX toolkit starts. */
    static void hideClassPathWarning() {
        Filter others = JAVAFX.getFilter();
        JAVAFX.setFilter(record -> {
            String message = record.getMessage();
            if (message != null && message.startsWith("Unsupported JavaFX configuration")) {
                return false;
            }
            return others == null || others.isLoggable(record);
        });
    }
}
