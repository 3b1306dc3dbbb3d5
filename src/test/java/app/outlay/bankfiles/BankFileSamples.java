package app.outlay.bankfiles;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The sample bank files under src/test/resources/bankfiles. */
public final class BankFileSamples {

    private BankFileSamples() {
    }

    public static Path sample(String name) {
        try {
            return Path.of(BankFileSamples.class.getResource("/bankfiles/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no sample bank file " + name, e);
        }
    }
}
