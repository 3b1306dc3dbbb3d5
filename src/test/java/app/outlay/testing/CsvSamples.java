package app.outlay.testing;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The sample bank files under src/test/resources/csv. */
public final class CsvSamples {

    private CsvSamples() {
    }

    public static Path file(String name) {
        try {
            return Path.of(CsvSamples.class.getResource("/csv/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("No sample file " + name, e);
        }
    }
}
